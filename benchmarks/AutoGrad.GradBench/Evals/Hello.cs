using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>GradBench's <c>hello</c>: f(x) = x² (<c>square</c>) and its derivative (<c>double</c>).</summary>
public static partial class Hello
{
    [Differentiable]
    public static double Square(double x) => x * x;
}

/// <summary>The <c>hello</c> eval's functions.</summary>
public sealed class HelloEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double x = input.GetDouble();
        return function switch
        {
            "square" => Evaluation.Of(() => Hello.Square(x), Json.Node),
            "double" => Evaluation.Of(() =>
            {
                double derivative = 0;
                Hello.SquareAdjoint(x, ref derivative);
                return derivative;
            }, Json.Node),
            _ => throw Json.UnknownFunction("hello", function),
        };
    }
}
