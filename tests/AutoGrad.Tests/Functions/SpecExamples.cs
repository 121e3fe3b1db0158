using System;

namespace AutoGrad.Tests.Functions;

/// <summary>The worked examples of the specification.</summary>
public static partial class SpecExamples
{
    /// <summary>f(x, y) = x²y + y + 2; ∇f(3, 4) = (24, 10).</summary>
    [Differentiable] public static double Polynomial(double x, double y) => (x * x * y) + y + 2;

    /// <summary>d/dx (sin x + cos x) at π = −1.</summary>
    [Differentiable] public static double SinPlusCos(double x) => Math.Sin(x) + Math.Cos(x);

    /// <summary>sin(cos(x + 3)) + e^(sin² x); derivative at 1 ≈ 2.44674864.</summary>
    [Differentiable]
    public static double Chain(double x) => Math.Sin(Math.Cos(x + 3)) + Math.Exp(Math.Sin(x) * Math.Sin(x));

    /// <summary>The Taylor series of sin x, summed until a term no longer matters.</summary>
    [Differentiable]
    public static double TaylorSin(double x)
    {
        double term = x;
        double sum = x;
        for (int n = 1; n < 100; n++)
        {
            term = -term * x * x / ((2.0 * n) * ((2.0 * n) + 1.0));
            sum += term;
            if (Math.Abs(term) < 1e-17)
            {
                break;
            }
        }
        return sum;
    }
}
