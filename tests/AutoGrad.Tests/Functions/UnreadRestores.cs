using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Values overwritten in a loop whose old values only statements after the loop read: the reverse
/// sweep runs those first, so it records nothing for them. The near miss reads them inside the loop.
/// </summary>
public static partial class UnreadRestores
{
    /// <summary>Element sums read only after the loop.</summary>
    [Differentiable]
    public static double Buckets(double[] x)
    {
        var work = new double[3];
        for (int i = 0; i < x.Length; i++)
        {
            work[i % 3] += Math.Exp(x[i]);
        }
        return Math.Log(work[0]) + (work[1] * work[2]);
    }

    /// <summary>A sum that either branch updates, read only after the loop.</summary>
    [Differentiable]
    public static double BranchySum(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > 0)
            {
                s += x[i] * x[i];
            }
            else
            {
                s -= Math.Exp(x[i]);
            }
        }
        return Math.Sqrt((s * s) + 1);
    }

    /// <summary>Near miss: each update reads another element, whose old value the reversed iterations need.</summary>
    [Differentiable]
    public static double BucketsReadInLoop(double[] x)
    {
        var work = new double[3];
        work[1] = 1;
        for (int i = 0; i < x.Length; i++)
        {
            work[i % 3] += work[(i + 1) % 3] * x[i];
        }
        return Math.Log((work[0] * work[0]) + 1) + (work[1] * work[2]);
    }
}
