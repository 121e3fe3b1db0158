using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Differentiable building blocks that <see cref="Physics"/>, in another file, calls.</summary>
public static partial class Geometry
{
    [Differentiable] public static double Norm(double x, double y) => Math.Sqrt((x * x) + (y * y));

    [Differentiable] public static double Dot(double ax, double ay, double bx, double by) => (ax * bx) + (ay * by);
}
