using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// A two-layer perceptron with its weights flattened into one parameter vector (double[,] is not
/// supported yet), so training code can hand the whole vector to an optimizer.
/// </summary>
public static partial class ArraysNetwork
{
    /// <summary>Parameters of a network with the given layer sizes: W1 (h×d), b1 (h), W2 (o×h), b2 (o).</summary>
    public static int ParameterCount(int inputs, int hidden, int outputs) =>
        (hidden * inputs) + hidden + (outputs * hidden) + outputs;

    /// <summary>
    /// Mean squared error of y = W2·tanh(W1·x + b1) + b2 over the samples, which are stored row by
    /// row in <paramref name="inputs"/> (d per sample) and <paramref name="targets"/> (o per sample).
    /// </summary>
    [Differentiable]
    public static double Loss(double[] w, [NoDerivative] double[] inputs, [NoDerivative] double[] targets, int d, int h, int o)
    {
        int samples = targets.Length / o;
        int b1 = h * d;
        int w2 = b1 + h;
        int b2 = w2 + (o * h);
        var hidden = new double[h];
        double loss = 0.0;
        for (int s = 0; s < samples; s++)
        {
            for (int j = 0; j < h; j++)
            {
                double z = w[b1 + j];
                for (int k = 0; k < d; k++)
                {
                    z += w[(j * d) + k] * inputs[(s * d) + k];
                }
                hidden[j] = Math.Tanh(z);
            }
            for (int i = 0; i < o; i++)
            {
                double y = w[b2 + i];
                for (int j = 0; j < h; j++)
                {
                    y += w[w2 + (i * h) + j] * hidden[j];
                }
                double e = y - targets[(s * o) + i];
                loss += e * e;
            }
        }
        return loss / samples;
    }
}
