using System;

namespace AutoGrad.Tests.Functions;

// These functions check that the derivative through a piecewise constant function is 0, which is
// exactly what AG0009 and AG0010 warn about.
#pragma warning disable AG0009, AG0010

/// <summary>Primitives that are constant between jumps, whose derivative AutoGrad defines as 0.</summary>
public static partial class Piecewise
{
    [Differentiable] public static double Floor(double x) => Math.Floor(x);
    [Differentiable] public static double Ceiling(double x) => Math.Ceiling(x);
    [Differentiable] public static double Round(double x) => Math.Round(x);
    [Differentiable] public static double Truncate(double x) => Math.Truncate(x);
    [Differentiable] public static double Sign(double x) => Math.Sign(x);

    /// <summary>x·floor(x): the product rule must still see the active factor.</summary>
    [Differentiable] public static double TimesFloor(double x) => x * Math.Floor(x);

    /// <summary>|x| written as sign(x)·x: derivative sign(x) because Sign contributes nothing.</summary>
    [Differentiable] public static double SignTimes(double x) => Math.Sign(x) * x;
}
