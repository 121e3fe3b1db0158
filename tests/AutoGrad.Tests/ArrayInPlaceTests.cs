using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Local arrays whose elements are overwritten in place, many times over, so the reverse sweep must
/// restore each overwritten value in the right order; foreach over arrays; Clone.
/// </summary>
public sealed class ArrayInPlaceTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(3, 8)]
    [InlineData(10, 6)]
    [InlineData(4, 2)]
    [InlineData(2, 1)]
    public void Prefix_sums_and_smoothing_repeated_in_place_match_central_differences(int k, int n)
    {
        double[] x = Matrices.Random(n, seed: (10 * k) + n);
        Func<double[], double> f = p => ArraysInPlace.PrefixSmooth(p, k);

        double[] gradient = Derivatives.Gradient((p, a, s) => ArraysInPlace.PrefixSmoothAdjoint(p, a, k, s), x);
        Matrices.Equal(FiniteDifferences.Gradient(f, x), gradient, $"PrefixSmooth(k = {k}) gradient vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(f(x)));
        AssertForwardMatchesReverse(x, gradient, (p, v) => ArraysInPlace.PrefixSmoothTangent(p, v, k), f);
        Assert.Equal(Matrices.Random(n, seed: (10 * k) + n), x);
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(4, 1)]
    [InlineData(5, 3)]
    [InlineData(1, 0)]
    public void Quotients_stored_into_the_array_they_read_match_central_differences(int n, int shift)
    {
        double[] x = Matrices.Random(n, seed: 7 * n + shift);
        Func<double[], double> f = p => ArraysInPlace.QuotientsInPlace(p, shift);

        double[] gradient = Derivatives.Gradient((p, a, s) => ArraysInPlace.QuotientsInPlaceAdjoint(p, a, shift, s), x);
        Matrices.Equal(FiniteDifferences.Gradient(f, x), gradient, $"QuotientsInPlace(n = {n}, shift = {shift}) gradient vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(f(x)));
        AssertForwardMatchesReverse(x, gradient, (p, v) => ArraysInPlace.QuotientsInPlaceTangent(p, v, shift), f);
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(7, 10)]
    [InlineData(4, 0)]
    public void Gauss_Seidel_sweeps_over_one_array_match_central_differences_in_every_output(int n, int steps)
    {
        const double r = 0.3;
        double[] u0 = Matrices.Random(n, seed: n + steps);
        // The inputs are u0 and r, packed into one vector so the Jacobian covers both.
        double[] packed = new double[n + 1];
        u0.CopyTo(packed, 0);
        packed[n] = r;
        Func<double[], double[]> f = p => ArraysInPlace.GaussSeidelHeat(p[..n], p[n], steps);
        double[,] numeric = FiniteDifferences.Jacobian(f, packed);

        // Reverse: row i from the seed eᵢ; forward: column j from the direction eⱼ.
        var reverse = new double[n, n + 1];
        var forward = new double[n, n + 1];
        double[] expectedValue = ArraysInPlace.GaussSeidelHeat(u0, r, steps);
        for (int i = 0; i < n; i++)
        {
            var seed = new double[n];
            seed[i] = 1.0;
            var u0Adjoint = new double[n];
            double rAdjoint = 0;
            ArraysInPlace.GaussSeidelHeatAdjoint(u0, u0Adjoint, r, ref rAdjoint, steps, seed);
            for (int j = 0; j < n; j++)
            {
                reverse[i, j] = u0Adjoint[j];
            }
            reverse[i, n] = rAdjoint;
        }
        for (int j = 0; j <= n; j++)
        {
            var direction = new double[n];
            if (j < n)
            {
                direction[j] = 1.0;
            }
            (double[] value, double[] tangent) = ArraysInPlace.GaussSeidelHeatTangent(u0, direction, r, j == n ? 1.0 : 0.0, steps);
            Matrices.Equal(expectedValue, value, "value returned by Tangent");
            for (int i = 0; i < n; i++)
            {
                forward[i, j] = tangent[i];
            }
        }

        Matrices.Equal(numeric, reverse, "reverse vs central differences", FiniteDifferences.Relative, 1e-7);
        Matrices.Equal(forward, reverse, "forward vs reverse", Approx.Tight, 1e-14);
        if (steps == 0)
        {
            Matrices.Equal(Identity(n, n + 1), forward, "no step: the field is its initial value");
        }
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, -0.5 })]
    [InlineData(new[] { 0.3 })]
    [InlineData(new double[0])]
    public void Foreach_over_an_input_array_has_the_closed_form_gradient(double[] x)
    {
        // f = (Σ xᵢ²)(Σ xⱼ) so ∂f/∂xₖ = 2xₖ·Σ xⱼ + Σ xᵢ².
        double squares = 0;
        double sum = 0;
        foreach (double v in x)
        {
            squares += v * v;
            sum += v;
        }
        Approx.Equal(squares * sum, ArraysInPlace.ForeachProducts(x), "value");
        double[] gradient = Derivatives.Gradient(ArraysInPlace.ForeachProductsAdjoint, x);
        for (int k = 0; k < x.Length; k++)
        {
            Approx.Equal((2 * x[k] * sum) + squares, gradient[k], $"∂f/∂x[{k}]");
        }
        if (x.Length > 0)
        {
            AssertForwardMatchesReverse(x, gradient, ArraysInPlace.ForeachProductsTangent, ArraysInPlace.ForeachProducts);
        }
    }

    [Fact]
    public void Clone_then_overwrite_leaves_the_input_alone_and_differentiates_through_the_copy()
    {
        double[] x = { -3.0, -0.1, 0.0, 0.2, 2.5 };
        double[] y = ArraysMaps.Softplus(x);
        Assert.Equal(new[] { -3.0, -0.1, 0.0, 0.2, 2.5 }, x);
        var adjoint = new double[x.Length];
        double[] seed = { 1.0, -2.0, 0.5, 3.0, 0.25 };
        double[] value = ArraysMaps.SoftplusAdjoint(x, adjoint, seed);
        Matrices.Equal(y, value, "value returned by Adjoint");
        for (int i = 0; i < x.Length; i++)
        {
            Approx.Equal(Math.Log(1 + Math.Exp(x[i])), y[i], $"softplus({x[i]})");
            Approx.Equal(seed[i] / (1 + Math.Exp(-x[i])), adjoint[i], $"seed·logistic at x[{i}]");
        }
        Assert.Equal(new[] { -3.0, -0.1, 0.0, 0.2, 2.5 }, x);
    }

    private static void AssertForwardMatchesReverse(double[] x, double[] gradient, ScalarTangent tangent, Func<double[], double> f)
    {
        double[] v = Matrices.Random(x.Length, seed: 99);
        (double value, double directional) = tangent(x, v);
        Approx.Equal(f(x), value, "value returned by Tangent");
        double magnitude = 0;
        for (int i = 0; i < x.Length; i++)
        {
            magnitude += Math.Abs(gradient[i] * v[i]);
        }
        Approx.Equal(Vectors.Dot(gradient, v), directional, "Tangent along v vs ⟨Adjoint gradient, v⟩", Approx.Tight, (1e-12 * magnitude) + Approx.Ulps);
    }

    private static double[,] Identity(int rows, int columns)
    {
        var identity = new double[rows, columns];
        for (int i = 0; i < Math.Min(rows, columns); i++)
        {
            identity[i, i] = 1.0;
        }
        return identity;
    }
}
