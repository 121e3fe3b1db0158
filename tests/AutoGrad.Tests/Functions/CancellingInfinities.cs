using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Functions whose reverse sweep meets ∞ − ∞: r = w₀ / w₀ is 1 with derivative 0, and √(|r| − 1) at 0 sends an
/// infinite adjoint back to r, which reaches w₀ along both operands of the division. Forward mode cancels the
/// directions first (ṙ = 0) and takes nothing from √'s infinite partial. The derivative is that of the rest: x·w₁.
/// </summary>
public static partial class CancellingInfinities
{
    [Differentiable]
    public static double Vector(double x, double[] w)
    {
        double r = w[0] / w[0];
        return Math.Sqrt(Math.Abs(r) - 1.0) + (x * w[1]);
    }

    [Differentiable]
    public static double Matrix(double x, double[,] m)
    {
        double r = m[0, 1] / m[0, 1];
        return Math.Sqrt(Math.Abs(r) - 1.0) + (x * m[1, 0]);
    }

    [Differentiable]
    public static double Jagged(double x, double[][] rows)
    {
        double r = rows[1][0] / rows[1][0];
        return Math.Sqrt(Math.Abs(r) - 1.0) + (x * rows[0][1]);
    }

    /// <summary>Returns an array: the seed weighs the two outputs.</summary>
    [Differentiable]
    public static double[] Pair(double x, double y)
    {
        double r = y / y;
        double[] result = new double[2];
        result[0] = Math.Sqrt(Math.Abs(r) - 1.0) + (x * y);
        result[1] = 3.0 * x;
        return result;
    }

    /// <summary>
    /// q = w₀ / (w₁ − w₁) is −∞ for w₀ &lt; 0, so p = (1 + x²)^q is 0 near the point, and f = 2x + p²: ∂f/∂x = 2.
    /// Forward mode meets Pow's base partial q·b^(q−1) = −∞·0 = NaN with a nonzero tangent, then p's zero partial
    /// in p²; reverse mode meets the zero first and skips the NaN. A zero factor absorbs NaN in both.
    /// </summary>
    [Differentiable]
    public static double VanishingPower(double x, double[] w)
    {
        double q = w[0] / (w[1] - w[1]);
        double p = Math.Pow(1.0 + (x * x), q);
        return (2.0 * x) + (p * p);
    }
}
