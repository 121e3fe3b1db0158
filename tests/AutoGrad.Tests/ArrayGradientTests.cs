using System;
using System.Diagnostics;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Gradients of functions of a double[]: the extended Rosenbrock function against its analytic
/// gradient from 2 to a million variables, accumulation and seeding, allocation, and the length
/// checks on the partner arrays.
/// </summary>
public sealed class ArrayGradientTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(1000)]
    public void Rosenbrock_gradient_matches_the_analytic_one(int n)
    {
        double[] x = Point(n);
        double[] expected = RosenbrockGradient(x);

        var adjoint = new double[n];
        double value = ArraysRosenbrock.RosenbrockAdjoint(x, adjoint);
        Approx.Equal(ArraysRosenbrock.Rosenbrock(x), value, "value returned by Adjoint");
        AssertGradient(x, adjoint, $"Adjoint gradient, n = {n}");
        AssertGradient(x, Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, x), "Derivatives.Gradient");

        // Forward mode, one direction per call: every axis for small n, a mixed direction always.
        for (int i = 0; i < Math.Min(n, 10); i++)
        {
            var axis = new double[n];
            axis[i] = 1.0;
            (double tangentValue, double tangent) = ArraysRosenbrock.RosenbrockTangent(x, axis);
            Approx.Equal(value, tangentValue, "value returned by Tangent");
            Approx.Equal(expected[i], tangent, $"Tangent along x[{i}]", Approx.Tight, 1e-13 * RosenbrockTermScale(x)[i]);
        }
        double[] v = Matrices.Random(n, seed: n);
        Approx.Equal(Vectors.Dot(expected, v), Derivatives.Directional(ArraysRosenbrock.RosenbrockTangent, x, v),
            "Tangent along a mixed direction vs ⟨∇f, v⟩", Approx.Tight, 1e-12 * AbsDot(expected, v));
    }

    [Fact]
    public void Rosenbrock_gradient_of_a_million_variables_takes_one_reverse_sweep()
    {
        const int n = 1_000_000;
        double[] x = Point(n);
        var gradient = new double[n];
        Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, Point(100), new double[100]); // JIT

        var clock = Stopwatch.StartNew();
        double value = Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, x, gradient);
        clock.Stop();

        Approx.Equal(ArraysRosenbrock.Rosenbrock(x), value, "value");
        AssertGradient(x, gradient, "gradient, n = 10⁶");
        // A plain loop's reverse sweep is a few times the loop's own cost: tens of milliseconds here.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"the gradient of 10⁶ variables took {clock.Elapsed}");
    }

    [Fact]
    public void Rosenbrock_adjoint_allocates_nothing_after_warm_up()
    {
        double[] x = Point(1000);
        var adjoint = new double[1000];
        double sink = 0;
        for (int i = 0; i < 100; i++)
        {
            sink += ArraysRosenbrock.RosenbrockAdjoint(x, adjoint) + Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, x, adjoint);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            sink += ArraysRosenbrock.RosenbrockAdjoint(x, adjoint, 0.5);
            // The buffer overload, with the method group converted (and cached) by the compiler.
            sink += Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, x, adjoint);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0L, allocated);
        Assert.True(double.IsFinite(sink + adjoint[0]));
    }

    [Fact]
    public void Adjoint_adds_seed_times_the_gradient_into_a_pre_filled_adjoint()
    {
        double[] x = Point(7);
        double[] gradient = RosenbrockGradient(x);
        double[] adjoint = Matrices.Random(7, seed: 3);
        var before = (double[])adjoint.Clone();

        ArraysRosenbrock.RosenbrockAdjoint(x, adjoint, seed: -2.5);

        for (int i = 0; i < x.Length; i++)
        {
            Approx.Equal(before[i] - (2.5 * gradient[i]), adjoint[i], $"adjoint[{i}]", Approx.Tight, 1e-13 * RosenbrockTermScale(x)[i]);
        }
    }

    [Fact]
    public void Adjoint_rejects_an_adjoint_of_the_wrong_length_naming_both_lengths()
    {
        var e = Assert.Throws<ArgumentException>(() => ArraysRosenbrock.RosenbrockAdjoint(new double[3], new double[2]));
        Assert.Equal("xAdjoint", e.ParamName);
        Assert.Contains("'xAdjoint' has length 2, but 'x' has length 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tangent_rejects_a_tangent_of_the_wrong_length_naming_both_lengths()
    {
        var e = Assert.Throws<ArgumentException>(() => ArraysRosenbrock.RosenbrockTangent(new double[3], new double[4]));
        Assert.Equal("xTangent", e.ParamName);
        Assert.Contains("'xTangent' has length 4, but 'x' has length 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vector_adjoint_rejects_a_seed_of_the_wrong_length_before_touching_the_adjoint()
    {
        double[] adjoint = { 1.0, 2.0 };
        var e = Assert.Throws<ArgumentException>(() => ArraysMaps.PolarToCartesianAdjoint(new[] { 1.0, 0.5 }, adjoint, new double[3]));
        Assert.Equal("seed", e.ParamName);
        Assert.Contains("'seed' has length 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("has length 2", e.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { 1.0, 2.0 }, adjoint);
    }

    /// <summary>Near but not at the minimum (1, …, 1), with every component different.</summary>
    internal static double[] Point(int n)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = 0.8 + (0.4 * Math.Sin(0.7 * i));
        }
        return x;
    }

    internal static double[] RosenbrockGradient(double[] x)
    {
        int n = x.Length;
        var g = new double[n];
        for (int i = 0; i < n - 1; i++)
        {
            double a = x[i + 1] - (x[i] * x[i]);
            g[i] += (-400 * x[i] * a) - (2 * (1 - x[i]));
            g[i + 1] += 200 * a;
        }
        return g;
    }

    /// <summary>
    /// The gradient's components are sums of terms of order 100 that nearly cancel, so the rounding
    /// of any evaluation order is relative to the terms, not to the sum.
    /// </summary>
    internal static void AssertGradient(double[] x, double[] actual, string what)
    {
        double[] expected = RosenbrockGradient(x);
        double[] scale = RosenbrockTermScale(x);
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Approx.Equal(expected[i], actual[i], $"{what} [{i}]", Approx.Tight, 1e-13 * scale[i]);
        }
    }

    /// <summary>Σ of the magnitudes of the terms that make up each gradient component.</summary>
    internal static double[] RosenbrockTermScale(double[] x)
    {
        int n = x.Length;
        var s = new double[n];
        for (int i = 0; i < n - 1; i++)
        {
            double a = x[i + 1] - (x[i] * x[i]);
            s[i] += Math.Abs(400 * x[i] * a) + Math.Abs(400 * x[i] * x[i + 1]) + Math.Abs(400 * x[i] * x[i] * x[i]) + Math.Abs(2 * (1 - x[i])) + 2;
            s[i + 1] += Math.Abs(200 * x[i + 1]) + Math.Abs(200 * x[i] * x[i]);
        }
        return s;
    }

    private static double AbsDot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += Math.Abs(a[i] * b[i]);
        }
        return s;
    }
}
