using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Losses that divide a sum by counts kept in int locals, set before, inside and after the loop. The
/// one-pass reverse of a sum runs the tail's adjoint before the loop, so it must not read a count before it is set.
/// </summary>
public static partial class CountedLosses
{
    /// <summary>The everyday mean squared error.</summary>
    [Differentiable(Order = 2)]
    public static double MeanSquaredError(double[] predictions, [NoDerivative] double[] targets)
    {
        int n = predictions.Length;
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            double r = predictions[i] - targets[i];
            total += r * r;
        }
        return total / n;
    }

    /// <summary>A divisor made of two counts, one set between the sum's start and the loop.</summary>
    [Differentiable(Order = 2)]
    public static double PooledVariance(double[] x, double[] y)
    {
        int n = x.Length;
        double total = 0;
        int m = y.Length;
        for (int i = 0; i < n; i++)
        {
            total += x[i] * x[i];
        }
        for (int j = 0; j < m; j++)
        {
            total += y[j] * y[j];
        }
        return total / (n + m - 1);
    }

    /// <summary>A count made inside the loop and one set after it.</summary>
    [Differentiable(Order = 2)]
    public static double MeanOfPositives(double[] x)
    {
        double total = 0;
        int count = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > 0)
            {
                total += x[i] * x[i];
                count++;
            }
        }
        int offset = 2;
        return total / (count + offset);
    }
}
