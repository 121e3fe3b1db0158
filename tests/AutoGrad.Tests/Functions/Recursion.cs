namespace AutoGrad.Tests.Functions;

/// <summary>Methods that call themselves.</summary>
public static partial class Recursion
{
    /// <summary>x^n for n ≥ 0, one factor per call.</summary>
    [Differentiable]
    public static double Power(double x, int n) => n == 0 ? 1.0 : x * Power(x, n - 1);

    /// <summary>Σ_{k=from}^{degree} (k + 1)·x^(k − from), by Horner's rule unrolled into recursion.</summary>
    [Differentiable]
    public static double Horner(double x, int from, int degree)
    {
        if (from == degree)
        {
            return degree + 1.0;
        }
        return (from + 1.0) + (x * Horner(x, from + 1, degree));
    }
}
