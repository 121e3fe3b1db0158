using System;

namespace AutoGrad.Tests.Support;

/// <summary>
/// Reverse-mode companion seen with its differentiable scalar inputs and adjoints packed into arrays
/// (named apart from <see cref="AutoGrad.VectorAdjoint"/>, the runtime's shape for array-returning companions).
/// </summary>
/// <returns>The function's value.</returns>
public delegate double PackedAdjoint(double[] x, double[] adjoint, double seed);

/// <summary>
/// A [Differentiable] method and its two generated companions, wrapped so that one set of checks
/// serves every arity: <c>x</c> holds the differentiable arguments in declaration order; the lambdas
/// that build an instance bind the non-differentiable ones.
/// </summary>
public sealed class Companions
{
    public Companions(
        string name,
        int arity,
        Func<double[], double> primal,
        Func<double[], double[], (double Value, double Tangent)> tangent,
        PackedAdjoint adjoint)
    {
        Name = name;
        Arity = arity;
        Primal = primal;
        Tangent = tangent;
        Adjoint = adjoint;
    }

    public string Name { get; }

    public int Arity { get; }

    public Func<double[], double> Primal { get; }

    public Func<double[], double[], (double Value, double Tangent)> Tangent { get; }

    public PackedAdjoint Adjoint { get; }

    /// <summary>The gradient by reverse mode with seed 1 from zeroed adjoints.</summary>
    public double[] Gradient(double[] x) => Gradient(x, out _);

    public double[] Gradient(double[] x, out double value)
    {
        var adjoint = new double[Arity];
        value = Adjoint((double[])x.Clone(), adjoint, 1.0);
        return adjoint;
    }

    public override string ToString() => Name;
}
