using System;
using AutoGrad;

namespace AutoGrad.Samples.Optimization;

/// <summary>Classic test problems for minimizers, each of a point p = (x, y).</summary>
public static partial class TestFunctions
{
    /// <summary>(1 − x)² + 100(y − x²)²: a curved, narrow valley. Minimum 0 at (1, 1).</summary>
    [Differentiable]
    public static double Rosenbrock(double[] p)
    {
        double a = 1 - p[0];
        double b = p[1] - p[0] * p[0];
        return a * a + 100 * b * b;
    }

    /// <summary>(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)². Minimum 0 at (3, 0.5).</summary>
    [Differentiable]
    public static double Beale(double[] p)
    {
        double x = p[0], y = p[1];
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y * y;
        double c = 2.625 - x + x * y * y * y;
        return a * a + b * b + c * c;
    }

    /// <summary>Goldstein–Price: steep, with local minima. Global minimum 3 at (0, −1).</summary>
    [Differentiable]
    public static double GoldsteinPrice(double[] p)
    {
        double x = p[0], y = p[1];
        double s = x + y + 1;
        double t = 2 * x - 3 * y;
        double a = 1 + s * s * (19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y);
        double b = 30 + t * t * (18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y);
        return a * b;
    }

    /// <summary>(x + 2y − 7)² + (2x + y − 5)²: a tilted quadratic bowl. Minimum 0 at (1, 3).</summary>
    [Differentiable]
    public static double Booth(double[] p)
    {
        double a = p[0] + 2 * p[1] - 7;
        double b = 2 * p[0] + p[1] - 5;
        return a * a + b * b;
    }

    /// <summary>(x + 5)² + (y + 3)²: a round bowl. Minimum 0 at (−5, −3).</summary>
    [Differentiable]
    public static double Quadratic(double[] p)
    {
        double a = p[0] + 5;
        double b = p[1] + 3;
        return a * a + b * b;
    }
}
