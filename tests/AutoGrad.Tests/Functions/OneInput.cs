using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Scalar functions of one scalar, whose Adjoint runs forward (see the generator's TangentAdjoint).</summary>
public static partial class OneInput
{
    /// <summary>Three branches and a loop: f = x·Σₖ₌₀⁷ xᵏ/(k+1) for x &lt; 0, sin x² for 0 ≤ x &lt; 2, and √x otherwise.</summary>
    [Differentiable]
    public static double Branchy(double x)
    {
        if (x < 0)
        {
            double sum = 0;
            double power = 1;
            for (int k = 0; k < 8; k++)
            {
                sum += power / (k + 1);
                power *= x;
            }
            return x * sum;
        }
        if (x < 2)
        {
            return Math.Sin(x * x);
        }
        return Math.Sqrt(x);
    }

    public static double BranchyDerivative(double x)
    {
        if (x < 0)
        {
            // d/dx Σ xᵏ⁺¹/(k+1) = Σ xᵏ
            double sum = 0;
            double power = 1;
            for (int k = 0; k < 8; k++)
            {
                sum += power;
                power *= x;
            }
            return sum;
        }
        return x < 2 ? 2 * x * Math.Cos(x * x) : 0.5 / Math.Sqrt(x);
    }

    /// <summary>
    /// x² / 0 is +∞ and Min picks 2: the derivative is 0. Min sends its losing argument exactly 0, so both
    /// modes get it (FuzzRegressions.A_zero_adjoint_through_a_division_by_zero_stays_zero).
    /// </summary>
    [Differentiable]
    public static double ThroughInfinity(double x) => Math.Min(x * x / 0.0, 2.0) + 3.0 * x;

    /// <summary>
    /// x / 0 is +∞, where Atan2(0.5, ·) is flat: the infinite tangent meets a zero partial. The Adjoint's
    /// forward body multiplies plainly and gets NaN, so it must take its reverse sweep.
    /// </summary>
    [Differentiable]
    public static double ThroughInfiniteAngle(double x) => (Math.Atan2(0.5, x / 0.0) * (x + 1.0)) + (3.0 * x);
}

/// <summary>An instance method of one input: the Adjoint's reverse sweep is a local function that reads the instance.</summary>
public sealed partial class Scaled
{
    private readonly double _scale;

    public Scaled(double scale) => _scale = scale;

    [Differentiable]
    public double Cube(double x) => _scale * x * x * x;
}
