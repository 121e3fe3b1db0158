using System;

namespace AutoGrad.Samples.NeuralNetwork;

/// <summary>
/// A 2-16-16-1 perceptron with tanh hidden layers, for binary classification. Every weight and
/// bias lives in one flat <c>double[]</c> (θ), laid out layer by layer, rows of each weight matrix
/// one after another: generated derivatives handle <c>double[]</c>, not yet <c>double[,]</c>.
/// </summary>
public static partial class Mlp
{
    public const int Inputs = 2;
    public const int Hidden = 16;

    // Offsets of each block in θ.
    public const int W1 = 0;                          // Hidden × Inputs
    public const int B1 = W1 + Hidden * Inputs;       // Hidden
    public const int W2 = B1 + Hidden;                // Hidden × Hidden
    public const int B2 = W2 + Hidden * Hidden;       // Hidden
    public const int W3 = B2 + Hidden;                // 1 × Hidden
    public const int B3 = W3 + Hidden;                // 1
    public const int ParameterCount = B3 + 1;

    /// <summary>The network's output before the sigmoid (the logit) for the point (x, y).</summary>
    [Differentiable]
    public static double Logit(double[] theta, [NoDerivative] double x, [NoDerivative] double y)
    {
        var h1 = new double[Hidden];
        for (int i = 0; i < Hidden; i++)
        {
            h1[i] = Math.Tanh(theta[W1 + Inputs * i] * x + theta[W1 + Inputs * i + 1] * y + theta[B1 + i]);
        }
        var h2 = new double[Hidden];
        for (int i = 0; i < Hidden; i++)
        {
            double sum = theta[B2 + i];
            for (int j = 0; j < Hidden; j++)
            {
                sum += theta[W2 + Hidden * i + j] * h1[j];
            }
            h2[i] = Math.Tanh(sum);
        }
        double logit = theta[B3];
        for (int j = 0; j < Hidden; j++)
        {
            logit += theta[W3 + j] * h2[j];
        }
        return logit;
    }

    /// <summary>
    /// The mean binary cross-entropy over the whole batch: points (xs[k], ys[k]) with labels 0 or 1.
    /// With z the logit, −[l·log σ(z) + (1 − l)·log(1 − σ(z))] = softplus(z) − l·z, and
    /// softplus(z) = max(z, 0) + log(1 + e^(−|z|)) never overflows.
    /// </summary>
    [Differentiable]
    public static double Loss(double[] theta, [NoDerivative] double[] xs, [NoDerivative] double[] ys, [NoDerivative] double[] labels)
    {
        double total = 0;
        for (int k = 0; k < xs.Length; k++)
        {
            double z = Logit(theta, xs[k], ys[k]);
            total += Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))) - labels[k] * z;
        }
        return total / xs.Length;
    }
}
