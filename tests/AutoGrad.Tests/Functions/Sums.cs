using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Sums over arrays, the shape a loss usually has. When the loops only add into sums the result depends
/// on linearly, the Adjoint runs each iteration's adjoint right after it (one pass); the others here are
/// near misses that must keep the ordinary two sweeps.
/// </summary>
public static partial class Sums
{
    /// <summary>Mean of log(1 + x²)·w: one loop, a tail that divides by an int.</summary>
    [Differentiable]
    public static double Mean(double[] x, double w, int n)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Log(1 + (x[i] * x[i])) * w;
        }
        return s / n;
    }

    /// <summary>Two loops into one sum, a branch inside, a value from before the loops read in them and in the tail.</summary>
    [Differentiable]
    public static double Branchy(double[] x, double y)
    {
        double c = Math.Exp(y);
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > 0)
            {
                double q = x[i] * x[i] * c;
                s += q;
            }
            else
            {
                s -= x[i] * c;
            }
        }
        int k = 1;
        while (k < x.Length)
        {
            s += Math.Sin(x[k] * x[k - 1]);
            k += 2;
        }
        return (0.5 * s) + c;
    }

    /// <summary>Two sums, and a tail that mixes them linearly.</summary>
    [Differentiable]
    public static double TwoSums(double[] x, double[] y)
    {
        double sx = 0;
        double sxy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double p = x[i] * y[i];
            sx += x[i] * x[i];
            sxy -= Math.Tanh(p);
        }
        double total = (3 * sx) + sxy;
        return total;
    }

    /// <summary>Near miss: the tail is not linear in the sum (log of it).</summary>
    [Differentiable]
    public static double LogOfSum(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Exp(x[i]);
        }
        return Math.Log(s);
    }

    /// <summary>Near miss: a value carried from one iteration to the next.</summary>
    [Differentiable]
    public static double Carried(double[] x)
    {
        double s = 0;
        double previous = 1;
        for (int i = 0; i < x.Length; i++)
        {
            s += previous * x[i];
            previous = Math.Cos(x[i]);
        }
        return s;
    }

    /// <summary>Near miss: the sum is read inside the loop, not only added to.</summary>
    [Differentiable]
    public static double Compounded(double[] x)
    {
        double s = 1;
        for (int i = 0; i < x.Length; i++)
        {
            s += (0.1 * s * x[i]) + x[i];
        }
        return s;
    }

    /// <summary>Near miss: the loop's last value of a local is read after it.</summary>
    [Differentiable]
    public static double LastTermToo(double[] x)
    {
        double s = 0;
        double term = 0;
        for (int i = 0; i < x.Length; i++)
        {
            term = x[i] * x[i] * x[i];
            s += term;
        }
        return s + term;
    }

    /// <summary>A fused loop differentiated again: forward over reverse gives H·v.</summary>
    [Differentiable(Order = 2)]
    public static double Quartic(double[] x, double a)
    {
        double s = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            double d = x[i + 1] - (a * x[i] * x[i]);
            s += d * d * d * d;
        }
        return s * 0.25;
    }
}
