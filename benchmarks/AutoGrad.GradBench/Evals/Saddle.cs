using System;
using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>saddle</c> (Pearlmutter and Siskind): min over x of max over y of
/// f(x, y) = (x₀² + y₀²) − (x₁² + y₁²), both by GradBench's gradient descent (<c>cpp/gradbench/gd.hpp</c>)
/// from the same start. The inner maximum is differentiated with respect to x through its whole descent:
/// nested AD.
/// </summary>
public static partial class Saddle
{
    [Differentiable(Order = 2)]
    public static double F(double[] x, double[] y) => (x[0] * x[0] + x[1] * x[1]) - (y[0] * y[0] + y[1] * y[1]);

    /// <summary>max over y of f(x, y), by gradient ascent from <paramref name="start"/>, ∇_y f from forward mode.</summary>
    [Differentiable]
    public static double InnerMax(double[] x, [NoDerivative] double[] start)
    {
        double y0 = start[0], y1 = start[1];
        double value = -F(x, [y0, y1]);
        double g0 = -FTangent(x, [0.0, 0.0], [y0, y1], [1.0, 0.0]).Tangent;
        double g1 = -FTangent(x, [0.0, 0.0], [y0, y1], [0.0, 1.0]).Tangent;
        int steps = 0;
        double eta = 1e-5;
        while (Math.Sqrt(g0 * g0 + g1 * g1) > 1e-5)
        {
            if (steps == 10)
            {
                eta *= 2;
                steps = 0;
                continue;
            }
            double next0 = y0 - eta * g0;
            double next1 = y1 - eta * g1;
            if (Math.Sqrt((y0 - next0) * (y0 - next0) + (y1 - next1) * (y1 - next1)) <= 1e-5)
            {
                break;
            }
            double nextValue = -F(x, [next0, next1]);
            if (nextValue < value)
            {
                y0 = next0;
                y1 = next1;
                value = nextValue;
                g0 = -FTangent(x, [0.0, 0.0], [y0, y1], [1.0, 0.0]).Tangent;
                g1 = -FTangent(x, [0.0, 0.0], [y0, y1], [0.0, 1.0]).Tangent;
                steps++;
            }
            else
            {
                eta /= 2;
                steps = 0;
            }
        }
        return F(x, [y0, y1]);
    }
}

/// <summary>
/// The <c>saddle</c> eval's functions, named by the modes of the outer (argmin) and inner (argmax) AD:
/// <c>ff</c> and <c>rf</c>. <c>fr</c> and <c>rr</c> need a reverse-mode gradient inside a differentiated
/// method, which AutoGrad cannot differentiate yet (AG0001 on a call of <c>FAdjoint</c> in a
/// <c>[Differentiable]</c> method); they answer with that error.
/// </summary>
public sealed class SaddleEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double[] start = Json.Vector(input.GetProperty("start"));
        return function switch
        {
            "ff" => Evaluation.Of(() => Solve(start, outerReverse: false), Json.Node),
            "rf" => Evaluation.Of(() => Solve(start, outerReverse: true), Json.Node),
            "fr" or "rr" => throw Descent.InnerReverseMode("saddle", function),
            _ => throw Json.UnknownFunction("saddle", function),
        };
    }

    private static double[] Solve(double[] start, bool outerReverse)
    {
        double[] x = Descent.Argmin(p => Saddle.InnerMax(p, start), p => outerReverse ? Reverse(p, start) : Forward(p, start), start);
        double[] y = Descent.Argmin(
            q => -Saddle.F(x, q),
            q => outerReverse ? Negated(Saddle.FGradient(x, q).y) : Negated(Directions(v => Saddle.FTangent(x, [0.0, 0.0], q, v).Tangent)),
            start);
        return [x[0], x[1], y[0], y[1]];
    }

    private static double[] Reverse(double[] x, double[] start)
    {
        var gradient = new double[2];
        Saddle.InnerMaxAdjoint(x, gradient, start);
        return gradient;
    }

    private static double[] Forward(double[] x, double[] start) => Directions(v => Saddle.InnerMaxTangent(x, v, start).Tangent);

    private static double[] Directions(Func<double[], double> along) => [along([1.0, 0.0]), along([0.0, 1.0])];

    private static double[] Negated(double[] v) => Array.ConvertAll(v, e => -e);
}
