using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Array-returning methods of less common shapes: identity, permuted indices, branches per element, early exit.</summary>
public static partial class ArraysShapes
{
    /// <summary>Returns its input array itself.</summary>
    [Differentiable]
    public static double[] Identity(double[] x) => x;

    /// <summary>y[n − 1 − i] = x[i]²·x[(i + 1) mod n]: outputs in reverse order, inputs through index arithmetic.</summary>
    [Differentiable]
    public static double[] ReversedProducts(double[] x)
    {
        int n = x.Length;
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            y[n - 1 - i] = x[i] * x[i] * x[(i + 1) % n];
        }
        return y;
    }

    /// <summary>A different formula per element by sign, then ++ and *= on the element written.</summary>
    [Differentiable]
    public static double[] Ramp(double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > 0)
            {
                y[i] = x[i] * x[i];
            }
            else
            {
                y[i] = 0.5 * x[i];
            }
            y[i]++;
            y[i] *= 2.0 + x[i];
        }
        return y;
    }

    /// <summary>Running sums in a local array; returns as soon as one passes the limit.</summary>
    [Differentiable]
    public static double FirstAbove(double[] x, double limit)
    {
        var sums = new double[x.Length];
        double acc = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            acc += x[i] * x[i];
            sums[i] = acc;
            if (sums[i] > limit)
            {
                return sums[i] * x[i];
            }
        }
        return -acc;
    }
}
