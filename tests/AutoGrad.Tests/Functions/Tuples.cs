using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Tuples of doubles as people write them: deconstruction, swaps, recurrences and tuple locals.</summary>
public static partial class Tuples
{
    /// <summary><c>var (s, c) = Math.SinCos(θ)</c>: r·cos²θ + r²·sinθ, of p = (r, θ).</summary>
    [Differentiable(Order = 2)]
    public static double Polar(double[] p)
    {
        var (s, c) = Math.SinCos(p[1]);
        return (p[0] * c * c) + (p[0] * p[0] * s);
    }

    /// <summary>
    /// (x, y) rotated n times by φ/2, deconstructed from a tuple literal each step, then x + 2y; of p = (x, y, φ).
    /// The angle of <c>double.SinCos</c> is an expression, taken once.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double Rotated(double[] p, int n)
    {
        var (s, c) = double.SinCos(p[2] * 0.5);
        double x = p[0];
        double y = p[1];
        for (int k = 0; k < n; k++)
        {
            (x, y) = ((c * x) - (s * y), (s * x) + (c * y));
        }
        return x + (2 * y);
    }

    /// <summary>Chebyshev's recurrence as a tuple swap, <c>(prev, cur) = (cur, 2x·cur − prev)</c>: T_{n+1}(x).</summary>
    [Differentiable(Order = 2)]
    public static double Chebyshev(double x, int n)
    {
        double prev = 1.0, cur = x;
        for (int k = 0; k < n; k++)
        {
            (prev, cur) = (cur, (2 * x * cur) - prev);
        }
        return cur;
    }

    /// <summary>The variance of v, summed in a named tuple local (read by name and by Item2, written by element), plus a swap of two values.</summary>
    [Differentiable(Order = 2)]
    public static double Variance(double[] v)
    {
        (double Sum, double Squares) acc = (0, 0.0);
        for (int i = 0; i < v.Length; i++)
        {
            acc = (acc.Sum + v[i], acc.Squares + (v[i] * v[i]));
        }
        acc.Item2 += 0.0;
        double mean = acc.Sum / v.Length;
        (double a, double b) = (acc.Item2 / v.Length, mean * mean);
        (a, b) = (b, a);
        return b - a;
    }

    /// <summary>Bubble sort by tuple swaps of elements, then Σ (k + 1)·a[k]²: the derivative follows the elements where they go.</summary>
    [Differentiable(Order = 2)]
    public static double SortedWeights(double[] x)
    {
        double[] a = (double[])x.Clone();
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j + 1 < a.Length - i; j++)
            {
                if (a[j] > a[j + 1])
                {
                    (a[j], a[j + 1]) = (a[j + 1], a[j]);
                }
            }
        }
        double s = 0;
        for (int k = 0; k < a.Length; k++)
        {
            s += (k + 1) * a[k] * a[k];
        }
        return s;
    }

    /// <summary>Elements of tuple values read in place, <c>Math.SinCos(x).Cos</c> and <c>(x, y).Item2</c>, and a discard.</summary>
    [Differentiable(Order = 2)]
    public static double Elements(double[] p)
    {
        var (_, cos) = Math.SinCos(p[0] * p[1]);
        return (Math.SinCos(p[0]).Cos * (p[0], p[1]).Item2) + cos;
    }
}
