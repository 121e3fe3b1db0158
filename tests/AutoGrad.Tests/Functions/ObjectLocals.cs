using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace AutoGrad.Tests.Functions;

/// <summary>Locals of other classes the method only uses: a seeded Random, a List&lt;int&gt; of indices, a StringBuilder for a log.</summary>
public static partial class ObjectLocals
{
    /// <summary>Σ rᵢ·xᵢ² with rᵢ drawn from <c>new Random(42)</c>: constants, which do not depend on the inputs.</summary>
    [Differentiable(Order = 2)]
    public static double RandomWeights(double[] x)
    {
        var rng = new Random(42);
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double r = rng.NextDouble();
            sum += r * x[i] * x[i];
        }
        return sum;
    }

    /// <summary>t·Σ exp xᵢ over the xᵢ above t, whose indices a list collects, with a log of every value.</summary>
    [Differentiable(Order = 2)]
    public static double SelectedWithLog(double[] x, double threshold)
    {
        var picked = new List<int>();
        var log = new StringBuilder();
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > threshold)
            {
                picked.Add(i);
            }
            log.Append($"x[{i}] = {x[i]}; ");
        }
        double sum = 0;
        for (int k = 0; k < picked.Count; k++)
        {
            sum += Math.Exp(x[picked[k]]);
        }
        Debug.WriteLine(log.ToString());
        return sum * threshold;
    }
}
