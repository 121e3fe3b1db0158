using System;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>The vector helpers against plain loops and exact small cases.</summary>
public sealed class VectorsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Dot_and_norms_match_plain_loops(int n)
    {
        double[] a = Matrices.Random(n, seed: n);
        double[] b = Matrices.Random(n, seed: n + 1);
        double dot = 0;
        double squares = 0;
        double max = 0;
        double magnitude = 0;
        for (int i = 0; i < n; i++)
        {
            dot += a[i] * b[i];
            magnitude += Math.Abs(a[i] * b[i]);
            squares += a[i] * a[i];
            max = Math.Max(max, Math.Abs(a[i]));
        }
        // A vectorized sum adds in another order: the rounding scales with the terms.
        Approx.Equal(dot, Vectors.Dot(a, b), "Dot", Approx.Tight, (1e-15 * magnitude) + Approx.Ulps);
        Approx.Equal(Math.Sqrt(squares), Vectors.Norm2(a), "Norm2");
        Assert.Equal(max, Vectors.NormInf(a));
    }

    [Fact]
    public void Norms_of_small_exact_cases()
    {
        Assert.Equal(5.0, Vectors.Norm2(new[] { 3.0, -4.0 }));
        Assert.Equal(7.0, Vectors.NormInf(new[] { 2.0, -7.0, 5.0 }));
        Assert.Equal(0.0, Vectors.NormInf(Array.Empty<double>()));
        Assert.True(double.IsNaN(Vectors.NormInf(new[] { 1.0, double.NaN })));
    }

    [Fact]
    public void Axpy_and_Scale_update_in_place()
    {
        double[] x = { 1.0, -2.0, 0.5 };
        double[] y = { 10.0, 20.0, 30.0 };
        Vectors.Axpy(-2.0, x, y);
        Assert.Equal(new[] { 8.0, 24.0, 29.0 }, y);
        Assert.Equal(new[] { 1.0, -2.0, 0.5 }, x);
        Vectors.Scale(0.5, y);
        Assert.Equal(new[] { 4.0, 12.0, 14.5 }, y);
    }

    [Fact]
    public void Linspace_includes_both_end_points_evenly_spaced()
    {
        Assert.Equal(new[] { 0.0, 0.25, 0.5, 0.75, 1.0 }, Vectors.Linspace(0, 1, 5));
        Assert.Equal(new[] { 2.0, 1.0, 0.0, -1.0 }, Vectors.Linspace(2, -1, 4));
        Assert.Equal(new[] { 3.0 }, Vectors.Linspace(3, 9, 1));
        Assert.Empty(Vectors.Linspace(3, 9, 0));
        double[] fine = Vectors.Linspace(0, 1, 101);
        Assert.Equal(1.0, fine[100]);
        for (int i = 1; i < fine.Length; i++)
        {
            Approx.Equal(0.01, fine[i] - fine[i - 1], $"spacing at {i}", 1e-12, 1e-15);
        }
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_their_sizes()
    {
        var dot = Assert.Throws<ArgumentException>(() => Vectors.Dot(new double[2], new double[3]));
        Assert.Contains("'b' has length 3, but 'a' has length 2", dot.Message, StringComparison.Ordinal);
        var axpy = Assert.Throws<ArgumentException>(() => Vectors.Axpy(1.0, new double[2], new double[1]));
        Assert.Contains("'y' has length 1, but 'x' has length 2", axpy.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Vectors.Norm2(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vectors.Linspace(0, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vectors.Linspace(0, double.PositiveInfinity, 3));
    }
}
