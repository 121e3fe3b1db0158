using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// <see cref="ParallelSum"/>: the sum and gradient of a range loss computed by blocks on several threads
/// agree with one serial call of the companion, and do not depend on the threads.
/// </summary>
public sealed class ParallelSumTests
{
    private const int Rows = 1003;
    private static readonly Random Random = new(7);
    private static readonly double[,] X = Data(Rows, 5);
    private static readonly double[] Y = Labels(Rows);
    private static readonly double[] W = { 0.3, -0.2, 0.5, 0.1, -0.4 };
    private static readonly double[,] Scale = { { 0.7, 0.2 } };

    [Fact]
    public void Value_matches_the_serial_sum()
    {
        double parallel = ParallelSum.Value(Rows, (s, e) => RangeSums.Logistic(W, Scale, X, Y, s, e));
        Approx.Equal(RangeSums.Logistic(W, Scale, X, Y, 0, Rows), parallel, "Σ over all rows");
    }

    [Fact]
    public void Gradient_matches_the_serial_adjoint_and_central_differences()
    {
        var (wGradient, scaleGradient, value) = Parallel(maxThreads: -1);

        var wSerial = new double[W.Length];
        var scaleSerial = new double[1, 2];
        double serial = RangeSums.LogisticAdjoint(W, wSerial, Scale, scaleSerial, X, Y, 0, Rows);
        Approx.Equal(serial, value, "value");
        Matrices.Equal(wSerial, wGradient, "∂/∂w");
        Matrices.Equal(scaleSerial, scaleGradient, "∂/∂scale");

        GradientCheck.Gradient(w => RangeSums.Logistic(w, Scale, X, Y, 0, Rows), _ => wGradient, W).EnsurePassed();
    }

    [Fact]
    public void Result_is_the_same_bits_on_one_thread_and_on_many()
    {
        var serial = Parallel(maxThreads: 1);
        for (int run = 0; run < 5; run++)
        {
            var parallel = Parallel(maxThreads: -1);
            Assert.Equal(serial.Value, parallel.Value);
            Assert.Equal(serial.W, parallel.W);
            Assert.Equal(serial.Scale, parallel.Scale);
        }
    }

    [Fact]
    public void Gradient_adds_into_jagged_adjoints_as_a_companion_does()
    {
        double[][] c = { new[] { 0.1, 0.2 }, new[] { -0.3, 0.4 }, new[] { 0.5, -0.6 } };
        double[][] p = new double[50][];
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = new[] { Random.NextDouble(), Random.NextDouble() };
        }
        double[][] expected = { new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }, new[] { 5.0, 6.0 } };
        double[][] actual = { new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }, new[] { 5.0, 6.0 } };
        double serial = RangeSums.SquaresAdjoint(c, expected, p, 0, p.Length);
        double parallel = ParallelSum.Gradient(p.Length, (s, e, a) => RangeSums.SquaresAdjoint(c, (double[][])a[0], p, s, e), [actual], blocks: 7);
        Approx.Equal(serial, parallel, "value");
        for (int k = 0; k < c.Length; k++)
        {
            Matrices.Equal(expected[k], actual[k], $"row {k}");
        }
    }

    [Fact]
    public void More_blocks_than_indices_and_an_empty_range_are_fine()
    {
        Approx.Equal(RangeSums.Logistic(W, Scale, X, Y, 0, 3), ParallelSum.Value(3, (s, e) => RangeSums.Logistic(W, Scale, X, Y, s, e), blocks: 64), "3 rows, 64 blocks");
        var g = new double[W.Length];
        Assert.Equal(0.0, ParallelSum.Gradient(0, (s, e, a) => throw new InvalidOperationException("no block to run"), [g]));
        Assert.All(g, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Bad_arguments_throw_naming_the_problem()
    {
        var e = Assert.Throws<ArgumentException>(() => ParallelSum.Gradient(4, (s, e, a) => 0, [new float[3]]));
        Assert.Contains("adjoints[0]", e.Message);
        Assert.Throws<ArgumentNullException>(() => ParallelSum.Gradient(4, (s, e, a) => 0, [new double[2], null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelSum.Value(-1, (s, e) => 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelSum.Value(4, (s, e) => 0, blocks: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelSum.Value(4, (s, e) => 0, maxThreads: 0));
    }

    private static (double[] W, double[,] Scale, double Value) Parallel(int maxThreads)
    {
        var w = new double[W.Length];
        var scale = new double[1, 2];
        double value = ParallelSum.Gradient(
            Rows, (s, e, a) => RangeSums.LogisticAdjoint(W, (double[])a[0], Scale, (double[,])a[1], X, Y, s, e), [w, scale], maxThreads: maxThreads);
        return (w, scale, value);
    }

    private static double[,] Data(int rows, int columns)
    {
        var x = new double[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                x[i, j] = 2 * Random.NextDouble() - 1;
            }
        }
        return x;
    }

    private static double[] Labels(int rows)
    {
        var y = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            y[i] = i % 3 == 0 ? -1 : 1;
        }
        return y;
    }
}
