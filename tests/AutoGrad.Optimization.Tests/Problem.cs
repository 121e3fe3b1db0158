using System;

namespace AutoGrad.Optimization.Tests;

/// <summary>A test problem: the objective (a generated adjoint), a start, and the known minimum.</summary>
public sealed record Problem(string Name, ScalarAdjoint ScalarAdjoint, double[] Start, double[] Minimizer, double MinimumValue)
{
    public static readonly Problem Rosenbrock = new("Rosenbrock", TestFunctions.RosenbrockAdjoint, new[] { -1.2, 1.0 }, new[] { 1.0, 1.0 }, 0);
    public static readonly Problem Beale = new("Beale", TestFunctions.BealeAdjoint, new[] { 1.0, 1.0 }, new[] { 3.0, 0.5 }, 0);
    public static readonly Problem GoldsteinPrice = new("GoldsteinPrice", TestFunctions.GoldsteinPriceAdjoint, new[] { -0.2, -0.8 }, new[] { 0.0, -1.0 }, 3);
    public static readonly Problem Booth = new("Booth", TestFunctions.BoothAdjoint, new[] { 0.0, 0.0 }, new[] { 1.0, 3.0 }, 0);
    public static readonly Problem Quadratic = new("Quadratic", TestFunctions.QuadraticAdjoint, new[] { 10.0, 4.0 }, new[] { -5.0, -3.0 }, 0);

    public static Problem ByName(string name) => name switch
    {
        "Rosenbrock" => Rosenbrock,
        "Beale" => Beale,
        "GoldsteinPrice" => GoldsteinPrice,
        "Booth" => Booth,
        "Quadratic" => Quadratic,
        _ => throw new ArgumentException($"No problem named '{name}'.", nameof(name)),
    };

    public double Value(double[] x) => ScalarAdjoint(x, new double[x.Length], 1.0);

    /// <summary>The largest coordinate distance from <paramref name="x"/> to the known minimizer.</summary>
    public double Error(double[] x)
    {
        double error = 0;
        for (int i = 0; i < x.Length; i++)
        {
            error = Math.Max(error, Math.Abs(x[i] - Minimizer[i]));
        }
        return error;
    }

    public override string ToString() => Name;
}
