using System;

namespace AutoGrad.Benchmarks.Problems.Mlp;

/// <summary>
/// A two-layer perceptron classifier: 100 features, 128 tanh hidden units, 10 classes, softmax
/// cross-entropy averaged over the batch. Every weight and bias lives in one flat θ, layer by
/// layer, each weight matrix row by row (one row per output unit).
/// </summary>
public static partial class Classifier
{
    public const int Features = 100;
    public const int Hidden = 128;
    public const int Classes = 10;

    // Offsets of each block in θ.
    public const int W1 = 0;                          // Hidden × Features
    public const int B1 = W1 + Hidden * Features;     // Hidden
    public const int W2 = B1 + Hidden;                // Classes × Hidden
    public const int B2 = W2 + Classes * Hidden;      // Classes
    public const int ParameterCount = B2 + Classes;

    /// <summary>
    /// The mean over the batch of −log softmax(z)[label] = log Σ e^(z_c) − z_label, with the largest
    /// logit subtracted first so the exponentials never overflow. Sample s is inputs[100s … 100s + 99].
    /// </summary>
    [Differentiable]
    public static double Loss(double[] theta, [NoDerivative] double[] inputs, int[] labels)
    {
        var hidden = new double[Hidden];
        var logits = new double[Classes];
        double total = 0;
        for (int s = 0; s < labels.Length; s++)
        {
            for (int j = 0; j < Hidden; j++)
            {
                double preActivation = theta[B1 + j];
                for (int k = 0; k < Features; k++)
                {
                    preActivation += theta[W1 + Features * j + k] * inputs[Features * s + k];
                }
                hidden[j] = Math.Tanh(preActivation);
            }
            for (int c = 0; c < Classes; c++)
            {
                double logit = theta[B2 + c];
                for (int j = 0; j < Hidden; j++)
                {
                    logit += theta[W2 + Hidden * c + j] * hidden[j];
                }
                logits[c] = logit;
            }
            double largest = logits[0];
            for (int c = 1; c < Classes; c++)
            {
                largest = Math.Max(largest, logits[c]);
            }
            double sum = 0;
            for (int c = 0; c < Classes; c++)
            {
                sum += Math.Exp(logits[c] - largest);
            }
            total += largest + Math.Log(sum) - logits[labels[s]];
        }
        return total / labels.Length;
    }
}
