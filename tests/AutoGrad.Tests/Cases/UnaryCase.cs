using System;
using AutoGrad.Tests.Support;

namespace AutoGrad.Tests.Cases;

public delegate (double Value, double Tangent) Tangent1(double x, double xTangent);

public delegate double Adjoint1(double x, ref double xAdjoint, double seed);

/// <summary>A one-argument primitive: its wrapper's companions and its derivative in closed form.</summary>
public sealed class UnaryCase
{
    public UnaryCase(Func<double, double> primal, Tangent1 tangent, Adjoint1 adjoint, Func<double, double> derivative, double[] points, double[]? singularities = null)
    {
        Primal = primal;
        Tangent = tangent;
        Adjoint = adjoint;
        Derivative = derivative;
        Points = points;
        Singularities = singularities ?? Array.Empty<double>();
    }

    public Func<double, double> Primal { get; }

    public Tangent1 Tangent { get; }

    public Adjoint1 Adjoint { get; }

    /// <summary>The analytic derivative.</summary>
    public Func<double, double> Derivative { get; }

    public double[] Points { get; }

    /// <summary>Domain edges and poles: finite differences must not straddle them.</summary>
    public double[] Singularities { get; }

    public Companions AsCompanions(string name) => new(
        name,
        1,
        x => Primal(x[0]),
        (x, v) => Tangent(x[0], v[0]),
        (x, a, seed) => Adjoint(x[0], ref a[0], seed));

    /// <summary>A step that keeps the stencil well inside the smooth region around x.</summary>
    public double FiniteDifferenceStep(double x)
    {
        double h = FiniteDifferences.Step(x);
        foreach (double s in Singularities)
        {
            h = Math.Min(h, 0.01 * Math.Abs(x - s));
        }
        return h;
    }
}
