using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Loops whose per-iteration values the reverse sweep recomputes instead of recording, next to ones
/// it must not recompute: values carried from one iteration to the next, steps in mid-body, skipped
/// iterations.
/// </summary>
public static partial class Recompute
{
    /// <summary>An outer-body value used by an inner loop, and inner values built from both indices.</summary>
    [Differentiable]
    public static double Nested(double[] x, double c)
    {
        double s = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double xi = x[i];
            double w = xi * c + i;
            for (int j = 0; j < x.Length; j++)
            {
                double p = w * x[j] - j;
                s += Math.Sin(p) * xi;
            }
        }
        return s;
    }

    /// <summary>prev is read before it is set in the iteration: its value comes from the previous one.</summary>
    [Differentiable]
    public static double Carried(double[] x)
    {
        double s = 0.0;
        double prev = 1.0;
        for (int i = 0; i < x.Length; i++)
        {
            double d = x[i] - prev;
            s += d * d * prev;
            prev = x[i] * 0.5;
        }
        return s;
    }

    /// <summary>Skipped and cut-short iterations: values after a continue or break are not set in every iteration.</summary>
    [Differentiable]
    public static double Skipping(double[] x, double limit)
    {
        double s = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double q = x[i] * x[i];
            if (q > limit)
            {
                break;
            }
            if (x[i] < 0)
            {
                continue;
            }
            double r = q * x[i] + limit;
            s += r * r;
        }
        return s;
    }

    /// <summary>The index moves in the middle of the body: values read after the step are not recomputed.</summary>
    [Differentiable]
    public static double SteppedMidway(double[] x)
    {
        double s = 0.0;
        int i = 0;
        while (i + 1 < x.Length)
        {
            double a = x[i] * x[i];
            i++;
            double b = a * x[i];
            s += b * b;
        }
        return s;
    }

    /// <summary>A leapfrog-like step: the state (x, v) updated at the end, everything else recomputed from it.</summary>
    [Differentiable]
    public static double Oscillator(double[] p, double h, int steps)
    {
        double x = p[0];
        double v = p[1];
        double energy = 0.0;
        for (int n = 0; n < steps; n++)
        {
            double a = -x * (1.0 + 0.1 * x * x);
            double xHalf = x + 0.5 * h * v;
            energy += 0.5 * v * v * h;
            x += h * (v + 0.5 * h * a);
            v += h * -xHalf;
        }
        return x * x + energy;
    }

    /// <summary>
    /// A recomputed value (c - x[j]) reads c, which no adjoint reads, and which an earlier loop doubles:
    /// that loop must be reversed too. (Fuzz seed 101, case 2840: its writes were recorded, never read
    /// back, and the values of the loop before came back shifted.)
    /// </summary>
    [Differentiable]
    public static double OperandDoubledInALoop(double[] x, int[] doublings)
    {
        double c = 0.25;
        double y = x[0];
        for (int i = 0; i < x.Length; i++)
        {
            y = Math.Sin(y) * 1.5;
            for (int k = 0; k < doublings[i % doublings.Length]; k++)
            {
                c += c;
            }
        }
        c = c > 100 ? 100 : c;
        var a = new double[3];
        for (int j = 0; j < a.Length; j++)
        {
            a[j] += Math.Pow(1.0 + ((c - x[j % x.Length]) * (c - x[j % x.Length])), -0.5);
        }
        return y + a[2];
    }
}
