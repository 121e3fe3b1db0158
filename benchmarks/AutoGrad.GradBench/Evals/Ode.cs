using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>ode</c>: y′₀ = x₀, y′ᵢ = xᵢ yᵢ₋₁, y(0) = 0, integrated to t = 2 with s steps of
/// the classical Runge–Kutta method. The gradient is that of the last component of y(2).
/// </summary>
public static partial class Ode
{
    [Differentiable]
    public static double[] Solve(double[] x, int s)
    {
        int n = x.Length;
        double h = 2.0 / s;
        var y = new double[n];
        var stage = new double[n];
        for (int step = 0; step < s; step++)
        {
            double[] k1 = Rate(x, y);
            for (int i = 0; i < n; i++)
            {
                stage[i] = y[i] + h * k1[i] / 2;
            }
            double[] k2 = Rate(x, stage);
            for (int i = 0; i < n; i++)
            {
                stage[i] = y[i] + h * k2[i] / 2;
            }
            double[] k3 = Rate(x, stage);
            for (int i = 0; i < n; i++)
            {
                stage[i] = y[i] + h * k3[i];
            }
            double[] k4 = Rate(x, stage);
            for (int i = 0; i < n; i++)
            {
                y[i] += h * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) / 6;
            }
        }
        return y;
    }

    [Differentiable]
    public static double[] Rate(double[] x, double[] y)
    {
        var z = new double[x.Length];
        z[0] = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            z[i] = x[i] * y[i - 1];
        }
        return z;
    }
}

/// <summary>The <c>ode</c> eval's functions: <c>primal</c> (y(2)) and <c>gradient</c> (of its last component).</summary>
public sealed class OdeEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double[] x = Json.Vector(input.GetProperty("x"));
        int s = input.GetProperty("s").GetInt32();
        return function switch
        {
            "primal" => Evaluation.Of(() => Ode.Solve(x, s), Json.Node),
            "gradient" => Evaluation.Of(() =>
            {
                // One reverse sweep seeded with the last unit vector: the last row of the Jacobian.
                var last = new double[x.Length];
                last[^1] = 1;
                var gradient = new double[x.Length];
                Ode.SolveAdjoint(x, gradient, s, last);
                return gradient;
            }, Json.Node),
            _ => throw Json.UnknownFunction("ode", function),
        };
    }
}
