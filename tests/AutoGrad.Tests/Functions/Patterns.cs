namespace AutoGrad.Tests.Functions;

/// <summary>Branches written as patterns: relational, constant, and, not.</summary>
public static partial class Patterns
{
    /// <summary>0 up to 0, t³ on (0, 1), 3t − 2 from 1 on.</summary>
    [Differentiable(Order = 2)]
    public static double Ramp(double t) => t is <= 0.0 ? 0.0 : t is > 0.0 and < 1.0 ? t * t * t : (3.0 * t) - 2.0;

    /// <summary>x·y, except on the line x = 1 and wherever y is not positive.</summary>
    [Differentiable(Order = 2)]
    public static double Gated(double x, double y) => x is not 1.0 && y is > 0.0 or 2.0 ? x * y : y;
}
