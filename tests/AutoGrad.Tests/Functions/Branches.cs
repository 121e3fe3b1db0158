using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Branches whose taken arm carries the derivative.</summary>
public static partial class Branches
{
    /// <summary>An if / else-if chain with a different active expression in every arm.</summary>
    [Differentiable]
    public static double Chain(double x, double y)
    {
        double r;
        if (x < -1.0)
        {
            r = x * y;
        }
        else if (x < 0.0 && y > 0.0)
        {
            r = Math.Exp(x) + y;
        }
        else if (!(x < 1.0) || y < -1.0)
        {
            r = Math.Sin(x * y);
        }
        else
        {
            r = (x * x) - (3.0 * y);
        }
        return r * (1.0 + (0.5 * y));
    }

    /// <summary>Nested ternaries, both the condition and the arms depending on the inputs.</summary>
    [Differentiable]
    public static double Ternaries(double x, double y) =>
        x > y ? (x * y > 1.0 ? Math.Log(x * y) : x - (y * y)) : Math.Cos(x) * y;

    /// <summary>Early returns from inside branches, before the last statement.</summary>
    [Differentiable]
    public static double EarlyReturns(double x, double y)
    {
        if (x > 2.0)
        {
            return x * x * y;
        }
        double t = x + y;
        if (t < 0.0)
        {
            return -t * Math.Sqrt(1.0 + (y * y));
        }
        t *= x;
        return t + y;
    }
}
