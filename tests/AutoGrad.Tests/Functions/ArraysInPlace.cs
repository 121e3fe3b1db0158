using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Local arrays updated in place, element by element, many times over.</summary>
public static partial class ArraysInPlace
{
    /// <summary>
    /// Replaces a copy of x by its running (prefix) sums, then by a three-point smoothing, k times
    /// over: each element is overwritten 2k times, always reading neighbours that were just
    /// overwritten themselves. Returns Σ w[i]·sin(y[i]).
    /// </summary>
    /// <summary>
    /// Quotients stored into the array they read, at run-time indices that may coincide: with
    /// i = (j + shift) mod n and shift 0 an element is divided in place (y[i] = y[i] / …), and with
    /// n = 1 the divisor is the element too.
    /// </summary>
    [Differentiable]
    public static double QuotientsInPlace(double[] x, int shift)
    {
        double[] y = (double[])x.Clone();
        int n = y.Length;
        for (int j = 0; j < n; j++)
        {
            int i = (j + shift) % n;
            y[i] = y[j] / (1.5 + y[(j + 1) % n] * y[(j + 1) % n]);
        }
        double s = 0.0;
        for (int j = 0; j < n; j++)
        {
            s += (1.0 + 0.1 * j) * y[j];
        }
        return s;
    }

    [Differentiable]
    public static double PrefixSmooth(double[] x, int k)
    {
        double[] y = (double[])x.Clone();
        int n = y.Length;
        for (int pass = 0; pass < k; pass++)
        {
            for (int i = 1; i < n; i++)
            {
                y[i] += y[i - 1];
            }
            for (int i = 0; i < n; i++)
            {
                y[i] *= 1.0 / n;
            }
            for (int i = 1; i < n - 1; i++)
            {
                y[i] = 0.25 * y[i - 1] + 0.5 * y[i] + 0.25 * y[i + 1];
            }
        }
        double s = 0.0;
        for (int i = 0; i < n; i++)
        {
            s += (1.0 + 0.1 * i) * Math.Sin(y[i]);
        }
        return s;
    }

    /// <summary>
    /// Heat-equation steps on a fresh local array, each step writing into the same array it reads:
    /// u ← u + r·(u[i−1] − 2u[i] + u[i+1]) in a Gauss–Seidel sweep. Returns the final field.
    /// </summary>
    [Differentiable]
    public static double[] GaussSeidelHeat(double[] u0, double r, int steps)
    {
        int n = u0.Length;
        var u = new double[n];
        for (int i = 0; i < n; i++)
        {
            u[i] = u0[i];
        }
        for (int step = 0; step < steps; step++)
        {
            for (int i = 1; i < n - 1; i++)
            {
                u[i] = u[i] + r * (u[i - 1] - 2.0 * u[i] + u[i + 1]) + 0.01 * u[i] * u[i];
            }
        }
        return u;
    }

    /// <summary>Σ x[i]² · x[j] over a foreach nested in a foreach.</summary>
    [Differentiable]
    public static double ForeachProducts(double[] x)
    {
        double total = 0.0;
        foreach (double a in x)
        {
            foreach (var b in x)
            {
                total += a * a * b;
            }
        }
        return total;
    }
}
