using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Sums of calls in a fused loop (<c>total += Bump(row)</c>, the shape of a mixture's log-likelihood): the
/// sums' adjoints are known before each call, so the forward sweep calls the callee's Adjoint in its
/// place. The near misses use the result otherwise, or touch the call's argument after it.
/// </summary>
public static partial class SeededCalls
{
    public const int Width = 3;

    /// <summary>A callee with a loop over its array: √(1 + Σ zᵢ²e^(−zᵢ²)).</summary>
    [Differentiable(Order = 2)]
    public static double Bump(double[] z)
    {
        double sum = 1;
        for (int i = 0; i < z.Length; i++)
        {
            double square = z[i] * z[i];
            sum += square * Math.Exp(-square);
        }
        return Math.Sqrt(sum);
    }

    [Differentiable(Order = 2)]
    public static double Softplus(double a) => Math.Log(1 + Math.Exp(a));

    /// <summary>One call's result added into two sums (its seed is their adjoints' difference), and a scalar call.</summary>
    [Differentiable(Order = 2)]
    public static double Mixture(double[] x)
    {
        var row = new double[Width];
        double total = 0;
        double other = 0;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < Width; j++)
            {
                row[j] = (x[s] * (j + 1)) - x[(s + j + 1) % x.Length];
            }
            double t = Bump(row);
            total += t;
            other -= t;
            total += Softplus(x[s] * x[(s + 1) % x.Length]);
        }
        return total + (0.25 * other);
    }

    /// <summary>Near miss: the result is squared, so its adjoint is not the sum's.</summary>
    [Differentiable]
    public static double NotOnlySummed(double[] x)
    {
        var row = new double[Width];
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < Width; j++)
            {
                row[j] = x[s] - x[(s + j + 1) % x.Length];
            }
            double t = Bump(row);
            total += t * t;
        }
        return total;
    }

    /// <summary>Near miss: the argument is written after the call, before the iteration's reverse would use it.</summary>
    [Differentiable]
    public static double ArgumentChangedAfter(double[] x)
    {
        var row = new double[Width];
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < Width; j++)
            {
                row[j] = x[s] * x[(s + j + 1) % x.Length];
            }
            double t = Bump(row);
            total += t;
            row[0] = Math.Sin(x[s]);
            total += row[0] * row[1];
        }
        return total;
    }
}
