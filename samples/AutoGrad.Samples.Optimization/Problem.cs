using AutoGrad.Optimization;

namespace AutoGrad.Samples.Optimization;

/// <param name="Name">The function's name.</param>
/// <param name="FileName">The name of its chart file, without extension.</param>
/// <param name="ScalarAdjoint">Its generated adjoint, which gives the value and the gradient.</param>
/// <param name="Minimizer">Where the global minimum is.</param>
/// <param name="MinimumValue">The value there.</param>
/// <param name="Starts">Where to start the optimizers.</param>
/// <param name="DescentRate">A learning rate for gradient descent: a little below 1/curvature near the minimum.</param>
public sealed record Problem(string Name, string FileName, ScalarAdjoint ScalarAdjoint, double[] Minimizer, double MinimumValue, double[][] Starts, double DescentRate)
{
    public static Problem[] All { get; } =
    {
        new("Rosenbrock", "rosenbrock", TestFunctions.RosenbrockAdjoint, new[] { 1.0, 1.0 }, 0,
            new[] { new[] { -1.2, 1.0 }, new[] { 0.0, 0.0 }, new[] { 1.5, 2.0 } }, 1e-3),
        new("Beale", "beale", TestFunctions.BealeAdjoint, new[] { 3.0, 0.5 }, 0,
            new[] { new[] { 1.0, 1.0 }, new[] { 0.0, 0.0 }, new[] { 2.0, 0.0 } }, 1e-2),
        new("Goldstein-Price", "goldstein-price", TestFunctions.GoldsteinPriceAdjoint, new[] { 0.0, -1.0 }, 3,
            new[] { new[] { -0.2, -0.8 }, new[] { 0.5, -0.5 }, new[] { -0.3, -1.2 } }, 1e-4),
        new("Booth", "booth", TestFunctions.BoothAdjoint, new[] { 1.0, 3.0 }, 0,
            new[] { new[] { 0.0, 0.0 }, new[] { -8.0, 9.0 }, new[] { 5.0, -5.0 } }, 5e-2),
        new("(x+5)²+(y+3)²", "quadratic", TestFunctions.QuadraticAdjoint, new[] { -5.0, -3.0 }, 0,
            new[] { new[] { 10.0, 4.0 }, new[] { 0.0, 0.0 }, new[] { -20.0, 20.0 } }, 1e-1),
    };

    public double Distance(double[] x)
    {
        double dx = x[0] - Minimizer[0], dy = x[1] - Minimizer[1];
        return System.Math.Sqrt(dx * dx + dy * dy);
    }
}
