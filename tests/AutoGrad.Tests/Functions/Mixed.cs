using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Multi-variable functions that combine primitives, loops, branches and calls, for the property tests.</summary>
public static partial class Mixed
{
    [Differentiable]
    public static double Rosenbrock(double x, double y) => ((1.0 - x) * (1.0 - x)) + (100.0 * (y - (x * x)) * (y - (x * x)));

    [Differentiable]
    public static double Smooth(double a, double b, double c) =>
        Math.Log(1.0 + Math.Exp(a * b)) + (Math.Tanh(c) * Math.Sin(a)) + (Math.Atan2(b, 2.0 + (c * c)) / Math.Cosh(a - c));

    /// <summary>
    /// A loop whose body branches on the data and calls another [Differentiable] method. The call's second
    /// argument stays away from 0: Norm(0, 0) has no derivative, and random generators like to produce 0.
    /// </summary>
    [Differentiable]
    public static double Branchy(double x, double y, double z)
    {
        double acc = z;
        for (int i = 0; i < 6; i++)
        {
            if (acc > x)
            {
                acc = (acc * 0.5) + Math.Sin(y * i);
            }
            else
            {
                acc += Geometry.Norm(x - i, 1.0 + (y * y)) * 0.1;
            }
        }
        return Math.Max(acc, y) + Math.Min(x * z, 1.0) + Math.Abs(x - y);
    }
}
