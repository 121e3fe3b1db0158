using System;

namespace AutoGrad.Benchmarks.Problems.Mlp;

/// <summary>
/// Backpropagation for <see cref="Classifier.Loss"/>, written by hand. Samples are independent, so
/// each one is run forward and straight back while its activations are still in a few stack buffers:
/// nothing is allocated and nothing is stored across samples.
/// </summary>
public static class ClassifierByHand
{
    /// <summary>The loss; its gradient with respect to θ is written into <paramref name="gradient"/>.</summary>
    public static double Gradient(double[] theta, double[] inputs, int[] labels, double[] gradient)
    {
        const int Features = Classifier.Features, Hidden = Classifier.Hidden, Classes = Classifier.Classes;
        Array.Clear(gradient);
        Span<double> hidden = stackalloc double[Hidden];
        Span<double> hiddenBar = stackalloc double[Hidden];
        Span<double> probabilities = stackalloc double[Classes];
        double scale = 1.0 / labels.Length;
        double total = 0;
        for (int s = 0; s < labels.Length; s++)
        {
            ReadOnlySpan<double> input = inputs.AsSpan(Features * s, Features);
            for (int j = 0; j < Hidden; j++)
            {
                ReadOnlySpan<double> weights = theta.AsSpan(Classifier.W1 + Features * j, Features);
                double preActivation = theta[Classifier.B1 + j];
                for (int k = 0; k < Features; k++)
                {
                    preActivation += weights[k] * input[k];
                }
                hidden[j] = Math.Tanh(preActivation);
            }
            double largest = double.NegativeInfinity;
            for (int c = 0; c < Classes; c++)
            {
                ReadOnlySpan<double> weights = theta.AsSpan(Classifier.W2 + Hidden * c, Hidden);
                double logit = theta[Classifier.B2 + c];
                for (int j = 0; j < Hidden; j++)
                {
                    logit += weights[j] * hidden[j];
                }
                probabilities[c] = logit;
                largest = Math.Max(largest, logit);
            }
            int label = labels[s];
            total += largest - probabilities[label];
            double sum = 0;
            for (int c = 0; c < Classes; c++)
            {
                probabilities[c] = Math.Exp(probabilities[c] - largest);
                sum += probabilities[c];
            }
            total += Math.Log(sum);

            // ∂loss/∂logit_c = (softmax_c − [c = label]) / batch.
            hiddenBar.Clear();
            for (int c = 0; c < Classes; c++)
            {
                double logitBar = scale * (probabilities[c] / sum - (c == label ? 1 : 0));
                Span<double> weightsBar = gradient.AsSpan(Classifier.W2 + Hidden * c, Hidden);
                ReadOnlySpan<double> weights = theta.AsSpan(Classifier.W2 + Hidden * c, Hidden);
                for (int j = 0; j < Hidden; j++)
                {
                    weightsBar[j] += logitBar * hidden[j];
                    hiddenBar[j] += logitBar * weights[j];
                }
                gradient[Classifier.B2 + c] += logitBar;
            }
            for (int j = 0; j < Hidden; j++)
            {
                double preActivationBar = hiddenBar[j] * (1 - hidden[j] * hidden[j]);
                Span<double> weightsBar = gradient.AsSpan(Classifier.W1 + Features * j, Features);
                for (int k = 0; k < Features; k++)
                {
                    weightsBar[k] += preActivationBar * input[k];
                }
                gradient[Classifier.B1 + j] += preActivationBar;
            }
        }
        return total * scale;
    }
}
