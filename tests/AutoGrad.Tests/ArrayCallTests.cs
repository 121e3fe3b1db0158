using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Calls between [Differentiable] methods that pass and return arrays, also inside loops.</summary>
public sealed class ArrayCallTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Array_calls_in_a_loop_feeding_back_their_result_match_central_differences(int layers)
    {
        double[] x = Matrices.Random(6, seed: layers);
        const double scale = 1.3;
        // The inputs are x and scale, packed into one vector.
        double[] packed = new double[7];
        x.CopyTo(packed, 0);
        packed[6] = scale;
        Func<double[], double> f = p => ArraysCalls.Iterated(p[..6], p[6], layers);

        var xAdjoint = new double[6];
        double scaleAdjoint = 0;
        double value = ArraysCalls.IteratedAdjoint(x, xAdjoint, scale, ref scaleAdjoint, layers);
        Approx.Equal(f(packed), value, "value returned by Adjoint");
        double[] reverse = [.. xAdjoint, scaleAdjoint];
        Matrices.Equal(FiniteDifferences.Gradient(f, packed), reverse, $"Iterated(layers = {layers}) gradient vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(value));

        double[] v = Matrices.Random(7, seed: 40 + layers);
        (double tangentValue, double tangent) = ArraysCalls.IteratedTangent(x, v[..6], scale, v[6], layers);
        Approx.Equal(value, tangentValue, "value returned by Tangent");
        Approx.Equal(Vectors.Dot(reverse, v), tangent, "Tangent along v vs ⟨Adjoint gradient, v⟩", Approx.Tight, 1e-14);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void An_array_returned_by_a_call_in_each_pass_of_a_loop_has_the_closed_form_gradient(int layers)
    {
        double[] x = Matrices.Random(5, seed: 20 + layers);
        const double scale = 0.7;
        var xAdjoint = new double[5];
        double scaleAdjoint = 0;
        double value = ArraysCalls.SumOfLayersAdjoint(x, xAdjoint, scale, ref scaleAdjoint, layers);

        // f = Σₗ Σᵢ tanh(l·c·xᵢ + 0.1)·xᵢ: ∂f/∂xᵢ = Σₗ (1 − yₗᵢ²)·l·c·xᵢ + yₗᵢ, ∂f/∂c = Σₗ Σᵢ (1 − yₗᵢ²)·l·xᵢ².
        double expectedValue = 0;
        var expectedX = new double[5];
        double expectedScale = 0;
        for (int l = 1; l <= layers; l++)
        {
            for (int i = 0; i < 5; i++)
            {
                double y = Math.Tanh((l * scale * x[i]) + 0.1);
                double dy = 1 - (y * y);
                expectedValue += y * x[i];
                expectedX[i] += (dy * l * scale * x[i]) + y;
                expectedScale += dy * l * x[i] * x[i];
            }
        }
        Approx.Equal(expectedValue, value, "value");
        Matrices.Equal(expectedX, xAdjoint, "∂f/∂x");
        Approx.Equal(expectedScale, scaleAdjoint, "∂f/∂scale");

        double[] v = Matrices.Random(5, seed: 60 + layers);
        (_, double tangent) = ArraysCalls.SumOfLayersTangent(x, v, scale, -0.5, layers);
        Approx.Equal(Vectors.Dot(expectedX, v) - (0.5 * expectedScale), tangent, "Tangent along (v, -0.5)");
    }

    [Fact]
    public void An_array_returning_callee_has_the_closed_form_Jacobian_in_both_modes()
    {
        double[] x = { -0.4, 0.1, 0.9 };
        const double a = 0.8;
        const double b = -0.2;
        double[] seed = { 2.0, -1.0, 0.5 };
        double[] v = { 0.3, 1.0, -2.0 };
        var xAdjoint = new double[3];
        double aAdjoint = 0;
        double bAdjoint = 0;
        ArraysCalls.TanhAffineAdjoint(x, xAdjoint, a, ref aAdjoint, b, ref bAdjoint, seed);
        (double[] tangentValue, double[] tangent) = ArraysCalls.TanhAffineTangent(x, v, a, 0.5, b, -1.0);

        double expectedA = 0;
        double expectedB = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double y = Math.Tanh((a * x[i]) + b);
            double dy = 1 - (y * y);
            Approx.Equal(y, tangentValue[i], $"value[{i}] from Tangent");
            Approx.Equal(seed[i] * dy * a, xAdjoint[i], $"∂/∂x[{i}] seeded");
            Approx.Equal(dy * ((a * v[i]) + (0.5 * x[i]) - 1.0), tangent[i], $"tangent[{i}]");
            expectedA += seed[i] * dy * x[i];
            expectedB += seed[i] * dy;
        }
        Approx.Equal(expectedA, aAdjoint, "∂/∂a seeded");
        Approx.Equal(expectedB, bAdjoint, "∂/∂b seeded");
    }

    [Fact]
    public void A_callee_receiving_the_same_array_twice_gets_both_contributions()
    {
        // Dot(h, h) = ‖h‖²: the adjoint of each argument lands in the one array.
        double[] a = { 0.5, -1.5, 2.0 };
        var aAdjoint = new double[3];
        double value = ArraysCalls.DotAdjoint(a, aAdjoint, a, aAdjoint);
        Approx.Equal(6.5, value, "‖a‖²");
        Matrices.Equal(new[] { 1.0, -3.0, 4.0 }, aAdjoint, "∇‖a‖² = 2a");
    }
}
