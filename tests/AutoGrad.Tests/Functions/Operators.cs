namespace AutoGrad.Tests.Functions;

/// <summary>The arithmetic operators, one per method, and the compound assignments.</summary>
public static partial class Operators
{
    [Differentiable] public static double Add(double a, double b) => a + b;
    [Differentiable] public static double Subtract(double a, double b) => a - b;
    [Differentiable] public static double Multiply(double a, double b) => a * b;
    [Differentiable] public static double Divide(double a, double b) => a / b;
    [Differentiable] public static double Remainder(double a, double b) => a % b;
    [Differentiable] public static double Negate(double a) => -a;

    /// <summary>(((a + b)·a − b) / (2 + b²)) % 5, then doubled, spelled with compound assignments.</summary>
    [Differentiable]
    public static double CompoundAssignments(double a, double b)
    {
        double s = a;
        s += b;
        s *= a;
        s -= b;
        s /= 2.0 + (b * b);
        s %= 5.0;
        s *= 2.0;
        return s;
    }
}
