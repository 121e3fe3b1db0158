using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Loops the reverse sweep runs backwards from their bounds, keeping no trip count (see the generator's
/// <c>CountedLoop</c>), and near misses that must keep one. Each state is overwritten nonlinearly, so
/// every loop goes through the ordinary two sweeps and really is reversed.
/// </summary>
public static partial class CountedLoops
{
    /// <summary>A triangular nest: the inner loop starts at the outer index.</summary>
    [Differentiable]
    public static double Triangular(double[] x)
    {
        double acc = 0.3;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = i + 1; j < x.Length; j++)
            {
                acc = Math.Sin(acc + (x[i] * x[j]));
            }
        }
        return acc;
    }

    /// <summary>Counting down to 0 inclusive, then up to m inclusive (m ≤ 0: no trip).</summary>
    [Differentiable]
    public static double DownThenInclusive(double[] x, int m)
    {
        double y = 0.5;
        for (int i = x.Length - 1; i >= 0; i--)
        {
            y = (y * x[i]) + Math.Cos(y);
        }
        for (int k = 1; k <= m; k++)
        {
            y = Math.Sin(y) * k;
        }
        return y;
    }

    /// <summary>Bounds that may be empty or reversed (lo &gt; hi), counting up and down, with long and int indices.</summary>
    [Differentiable]
    public static double Ranges(double[] x, int lo, int hi)
    {
        double y = x[0];
        for (int i = lo; i < hi; i++)
        {
            y = Math.Tanh(y + x[i - lo]);
        }
        for (int i = hi; i > lo; i--)
        {
            y = y * Math.Exp(-x[hi - i]);
        }
        for (long k = 0; k < 3L; k++)
        {
            y = Math.Sqrt(1 + (y * y));
        }
        return y;
    }

    /// <summary>An inner bound set by the outer loop: the reverse sweep needs each iteration's width back.</summary>
    [Differentiable]
    public static double Ragged(double[] x)
    {
        double y = 1.0;
        for (int r = 0; r < x.Length; r++)
        {
            int width = (r % 3) + 1;
            for (int c = 0; c < width; c++)
            {
                y = Math.Sin(y * x[(r + c) % x.Length]) + y;
            }
        }
        return y;
    }

    /// <summary>A bound variable overwritten between two loops, and an index read after its loop (that loop keeps a trip count).</summary>
    [Differentiable]
    public static double BoundReassigned(double[] x)
    {
        int n = x.Length;
        double y = 0.2;
        for (int i = 0; i < n; i++)
        {
            y = Math.Cos(y) * x[i];
        }
        n = 2;
        for (int i = 0; i < n; i++)
        {
            y = y * y * x[i];
        }
        int k;
        for (k = 0; k < x.Length - 1; k++)
        {
            y = Math.Atan(y + x[k + 1]);
        }
        return y * k;
    }

    /// <summary>Element stores inside counted loops, into a local array, then read back in a loop counting down.</summary>
    [Differentiable]
    public static double Smoothed(double[] x)
    {
        var work = new double[x.Length];
        for (int pass = 0; pass < 3; pass++)
        {
            for (int i = 1; i < x.Length - 1; i++)
            {
                work[i] = Math.Sin(x[i - 1] + work[i] - x[i + 1]);
            }
        }
        double y = 0;
        for (int i = work.Length - 1; i > 0; i--)
        {
            y = (y * 0.5) + (work[i] * work[i - 1]);
        }
        return y;
    }
}
