using System;
using AutoGrad.Tests.Support;

namespace AutoGrad.Tests.Cases;

public delegate (double Value, double Tangent) Tangent2(double a, double aTangent, double b, double bTangent);

public delegate double Adjoint2(double a, ref double aAdjoint, double b, ref double bAdjoint, double seed);

/// <summary>A two-argument primitive: its wrapper's companions and both partials in closed form.</summary>
public sealed class BinaryCase
{
    public BinaryCase(Func<double, double, double> primal, Tangent2 tangent, Adjoint2 adjoint, Func<double, double, (double, double)> gradient, (double A, double B)[] points, bool singularAtZero = false)
    {
        SingularAtZero = singularAtZero;
        Primal = primal;
        Tangent = tangent;
        Adjoint = adjoint;
        Gradient = gradient;
        Points = points;
    }

    public Func<double, double, double> Primal { get; }

    public Tangent2 Tangent { get; }

    public Adjoint2 Adjoint { get; }

    /// <summary>(∂f/∂a, ∂f/∂b) in closed form.</summary>
    public Func<double, double, (double, double)> Gradient { get; }

    public (double A, double B)[] Points { get; }

    /// <summary>Whether an argument at 0 leaves the domain (a base, a logarithm's argument, a divisor).</summary>
    public bool SingularAtZero { get; }

    /// <summary>A step that keeps the stencil on the same side of 0 when 0 is singular.</summary>
    public double FiniteDifferenceStep(double v) =>
        SingularAtZero ? Math.Min(FiniteDifferences.Step(v), 0.01 * Math.Abs(v)) : FiniteDifferences.Step(v);

    public Companions AsCompanions(string name) => new(
        name,
        2,
        x => Primal(x[0], x[1]),
        (x, v) => Tangent(x[0], v[0], x[1], v[1]),
        (x, a, seed) => Adjoint(x[0], ref a[0], x[1], ref a[1], seed));
}
