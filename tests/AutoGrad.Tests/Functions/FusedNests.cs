using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Sums whose iterations hold nested loops and fill work arrays (a network's loss, a mixture's
/// log-likelihood): each iteration's adjoint runs right after it when no value flows from one
/// iteration to the next but through the sums. The near misses let one flow and must keep two sweeps.
/// </summary>
public static partial class FusedNests
{
    public const int Features = 3;
    public const int Hidden = 4;

    /// <summary>A one-hidden-layer network's squared error over a batch: weights (Hidden × Features), then output weights (Hidden).</summary>
    [Differentiable]
    public static double Network(double[] theta, [NoDerivative] double[] inputs, [NoDerivative] double[] targets)
    {
        var hidden = new double[Hidden];
        double total = 0;
        for (int s = 0; s < targets.Length; s++)
        {
            for (int j = 0; j < Hidden; j++)
            {
                double pre = 0;
                for (int k = 0; k < Features; k++)
                {
                    pre += theta[(Features * j) + k] * inputs[(Features * s) + k];
                }
                hidden[j] = Math.Tanh(pre);
            }
            double output = 0;
            for (int j = 0; j < Hidden; j++)
            {
                output += theta[(Features * Hidden) + j] * hidden[j];
            }
            double largest = hidden[0];
            for (int j = 1; j < Hidden; j++)
            {
                largest = Math.Max(largest, hidden[j]);
            }
            double error = output + (0.1 * largest) - targets[s];
            total += error * error;
        }
        double penalty = 0;
        for (int i = 0; i < theta.Length; i++)
        {
            double w = theta[i];
            penalty += Math.Log(1 + (w * w));
        }
        return (total / targets.Length) + (0.01 * penalty);
    }

    /// <summary>Near miss: the work array is read before this iteration fills it, so the previous iteration's values flow in.</summary>
    [Differentiable]
    public static double ReadBeforeFill(double[] x)
    {
        var work = new double[3];
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            total += work[1] * x[s];
            for (int j = 0; j < work.Length; j++)
            {
                work[j] = Math.Sin(x[(s + j) % x.Length]);
            }
            total += work[0] * work[2];
        }
        return total;
    }

    /// <summary>Near miss: the fill stops one short, and the last element is read: it keeps an earlier iteration's value.</summary>
    [Differentiable]
    public static double PartialFill(double[] x)
    {
        var work = new double[3];
        work[2] = x[0];
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < work.Length - 1; j++)
            {
                work[j] = Math.Cos(x[s] * (j + 1));
            }
            total += work[0] * work[2];
            work[2] = work[1];
        }
        return total;
    }

    /// <summary>Near miss: the work array is read after the loop.</summary>
    [Differentiable]
    public static double ReadAfter(double[] x)
    {
        var work = new double[2];
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < work.Length; j++)
            {
                work[j] = Math.Exp(x[s] * j);
            }
            total += work[0] * work[1];
        }
        return total + work[1];
    }

    /// <summary>Near miss: the fill reads another element, still holding the previous iteration's value.</summary>
    [Differentiable]
    public static double FillReadsOthers(double[] x)
    {
        var work = new double[3];
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < work.Length; j++)
            {
                work[j] = Math.Sin(x[s] + work[(j + 1) % 3]);
            }
            total += work[0];
        }
        return total;
    }

    /// <summary>Near miss: an inner loop carries a state from one iteration to the next.</summary>
    [Differentiable]
    public static double CarriedByInnerLoop(double[] x)
    {
        double y = 0.5;
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < 2; j++)
            {
                y = Math.Sin(y + x[s]);
            }
            total += y;
        }
        return total;
    }
}
