using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>The loss of a small two-layer network, all weights in one parameter vector.</summary>
public sealed class ArrayNetworkTests
{
    private const int D = 3;
    private const int H = 4;
    private const int O = 2;
    private const int Samples = 5;

    [Fact]
    public void MLP_loss_gradient_matches_central_differences_and_the_tangent()
    {
        int count = ArraysNetwork.ParameterCount(D, H, O);
        Assert.Equal(26, count);
        double[] w = Matrices.Random(count, seed: 1);
        double[] inputs = Matrices.Random(Samples * D, seed: 2);
        double[] targets = Matrices.Random(Samples * O, seed: 3);
        Func<double[], double> loss = p => ArraysNetwork.Loss(p, inputs, targets, D, H, O);
        ScalarAdjoint adjoint = (p, a, s) => ArraysNetwork.LossAdjoint(p, a, inputs, targets, D, H, O, s);

        var gradient = new double[count];
        double value = Derivatives.Gradient(adjoint, w, gradient);
        Approx.Equal(loss(w), value, "loss returned by Adjoint");
        Matrices.Equal(FiniteDifferences.Gradient(loss, w), gradient, "∇loss vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(value));
        GradientCheck.Gradient(loss, p => Derivatives.Gradient(adjoint, p), w).EnsurePassed();

        double[] v = Matrices.Random(count, seed: 4);
        double directional = Derivatives.Directional((p, t) => ArraysNetwork.LossTangent(p, t, inputs, targets, D, H, O), w, v);
        Approx.Equal(Vectors.Dot(gradient, v), directional, "Tangent along v vs ⟨∇loss, v⟩", Approx.Tight, 1e-14);

        // The output bias enters every squared error with weight 1: ∂loss/∂b2ᵢ = 2·mean error of output i.
        int b2 = count - O;
        for (int i = 0; i < O; i++)
        {
            double meanError = 0;
            for (int s = 0; s < Samples; s++)
            {
                meanError += Predict(w, inputs, s)[i] - targets[(s * O) + i];
            }
            Approx.Equal(2 * meanError / Samples, gradient[b2 + i], $"∂loss/∂b2[{i}]");
        }
        Assert.Equal(Matrices.Random(Samples * D, seed: 2), inputs);
    }

    [Fact]
    public void Gradient_descent_on_the_MLP_loss_decreases_it()
    {
        double[] w = Matrices.Random(ArraysNetwork.ParameterCount(D, H, O), seed: 5);
        double[] inputs = Matrices.Random(Samples * D, seed: 6);
        double[] targets = Matrices.Random(Samples * O, seed: 7);
        ScalarAdjoint adjoint = (p, a, s) => ArraysNetwork.LossAdjoint(p, a, inputs, targets, D, H, O, s);
        var gradient = new double[w.Length];

        double first = Derivatives.Gradient(adjoint, w, gradient);
        double previous = first;
        for (int step = 0; step < 200; step++)
        {
            Vectors.Axpy(-0.05, gradient, w);
            double current = Derivatives.Gradient(adjoint, w, gradient);
            // Small steps along −∇ cannot increase a smooth loss.
            Assert.True(current <= previous, $"step {step}: loss went from {previous} to {current}");
            previous = current;
        }
        Assert.True(previous < 0.5 * first, $"the loss fell only from {first} to {previous}");
    }

    private static double[] Predict(double[] w, double[] inputs, int s)
    {
        int b1 = H * D;
        int w2 = b1 + H;
        int b2 = w2 + (O * H);
        var hidden = new double[H];
        for (int j = 0; j < H; j++)
        {
            double z = w[b1 + j];
            for (int k = 0; k < D; k++)
            {
                z += w[(j * D) + k] * inputs[(s * D) + k];
            }
            hidden[j] = Math.Tanh(z);
        }
        var y = new double[O];
        for (int i = 0; i < O; i++)
        {
            y[i] = w[b2 + i];
            for (int j = 0; j < H; j++)
            {
                y[i] += w[w2 + (i * H) + j] * hidden[j];
            }
        }
        return y;
    }
}
