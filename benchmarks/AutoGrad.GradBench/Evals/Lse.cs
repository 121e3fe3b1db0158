using System;
using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>GradBench's <c>lse</c>: log Σ exp(xᵢ), with the largest xᵢ taken out first (its README).</summary>
public static partial class Lse
{
    [Differentiable]
    public static double LogSumExp(double[] x)
    {
        double largest = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            largest = Math.Max(largest, x[i]);
        }
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += Math.Exp(x[i] - largest);
        }
        return largest + Math.Log(sum);
    }
}

/// <summary>The <c>lse</c> eval's functions: <c>primal</c> and <c>gradient</c>.</summary>
public sealed class LseEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double[] x = Json.Vector(input.GetProperty("x"));
        return function switch
        {
            "primal" => Evaluation.Of(() => Lse.LogSumExp(x), Json.Node),
            "gradient" => Evaluation.Of(() => Derivatives.Gradient(Lse.LogSumExpAdjoint, x), Json.Node),
            _ => throw Json.UnknownFunction("lse", function),
        };
    }
}
