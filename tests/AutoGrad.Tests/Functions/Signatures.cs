using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Parameter lists that shape the companions' signatures.</summary>
public static partial class Signatures
{
    /// <summary>Differentiable x and y around an int n, as in the contract's example.</summary>
    [Differentiable]
    public static double Mixed(double x, int n, double y) => Math.Pow(x, n) * y;

    /// <summary>c is a constant: no partner, no derivative with respect to it.</summary>
    [Differentiable]
    public static double Scaled(double x, [NoDerivative] double c, long repeat, bool negate)
    {
        double s = 0.0;
        for (long i = 0; i < repeat; i++)
        {
            s += c * x * x;
        }
        return negate ? -s : s;
    }

    /// <summary>Internal: the companions must be internal too.</summary>
    [Differentiable]
    internal static double Hidden(double x) => x * Math.Exp(x);
}
