using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>ode</c>: y′₀ = x₀, y′ᵢ = xᵢ yᵢ₋₁, y(0) = 0, integrated to t = 2 with s steps of
/// the classical Runge–Kutta method. The gradient is that of the last component of y(2).
/// </summary>
public static partial class Ode
{
    // The rates z = f(y) (z₀ = x₀, zᵢ = xᵢ yᵢ₋₁) are written out at each stage: cmpad's ode_fun writes
    // them into an array its caller owns, which a [Differentiable] method cannot do (a void method that
    // fills an argument is AG0003/AG0001), and a method returning a new array would allocate four per step.
    [Differentiable]
    public static double[] Solve(double[] x, int s)
    {
        int n = x.Length;
        double h = 2.0 / s;
        var y = new double[n];
        var k1 = new double[n];
        var k2 = new double[n];
        var k3 = new double[n];
        var k4 = new double[n];
        for (int step = 0; step < s; step++)
        {
            k1[0] = x[0];
            for (int i = 1; i < n; i++)
            {
                k1[i] = x[i] * y[i - 1];
            }
            k2[0] = x[0];
            for (int i = 1; i < n; i++)
            {
                k2[i] = x[i] * (y[i - 1] + h * k1[i - 1] / 2);
            }
            k3[0] = x[0];
            for (int i = 1; i < n; i++)
            {
                k3[i] = x[i] * (y[i - 1] + h * k2[i - 1] / 2);
            }
            k4[0] = x[0];
            for (int i = 1; i < n; i++)
            {
                k4[i] = x[i] * (y[i - 1] + h * k3[i - 1]);
            }
            for (int i = 0; i < n; i++)
            {
                y[i] += h * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) / 6;
            }
        }
        return y;
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
