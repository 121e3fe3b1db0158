using System;
using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>llsq</c>: ½ Σᵢ (sᵢ − Σⱼ xⱼ tᵢʲ)² over n points tᵢ = −1 + 2i/(n − 1), sᵢ = sign tᵢ.
/// </summary>
public static partial class Llsq
{
    [Differentiable]
    public static double Objective(double[] x, int n)
    {
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double t = -1 + i * 2.0 / (n - 1);
            double residual = Math.Sign(t);
            double power = 1;
            for (int j = 0; j < x.Length; j++)
            {
                residual -= x[j] * power;
                power *= t;
            }
            sum += residual * residual;
        }
        return sum / 2;
    }
}

/// <summary>The <c>llsq</c> eval's functions: <c>primal</c> and <c>gradient</c>.</summary>
public sealed class LlsqEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double[] x = Json.Vector(input.GetProperty("x"));
        int n = input.GetProperty("n").GetInt32();
        return function switch
        {
            "primal" => Evaluation.Of(() => Llsq.Objective(x, n), Json.Node),
            "gradient" => Evaluation.Of(() => Derivatives.Gradient((p, g, seed) => Llsq.ObjectiveAdjoint(p, g, n, seed), x), Json.Node),
            _ => throw Json.UnknownFunction("llsq", function),
        };
    }
}
