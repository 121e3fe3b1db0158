using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Functions differentiated up to sixth order by repeated forward mode.</summary>
public static partial class HigherOrder
{
    [Differentiable(Order = 6)]
    public static double Tanh(double x) => Math.Tanh(x);

    [Differentiable(Order = 4)]
    public static double Sin(double x) => Math.Sin(x);

    /// <summary>f(x, y) = exp(x·y) + x³·sin(y): mixed third derivatives are easy to write down.</summary>
    [Differentiable(Order = 3)]
    public static double Mixed(double x, double y) => Math.Exp(x * y) + x * x * x * Math.Sin(y);
}
