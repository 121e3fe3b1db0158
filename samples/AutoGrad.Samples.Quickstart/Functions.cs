using System;

namespace AutoGrad.Samples.Quickstart;

/// <summary>
/// Functions to differentiate. For each method <c>F</c> marked [Differentiable], AutoGrad adds
/// <c>FTangent</c> (forward mode) and <c>FAdjoint</c> (reverse mode) to this partial class at
/// build time.
/// </summary>
public static partial class Functions
{
    /// <summary>f(x, y) = x²y + y + 2. Its gradient is (2xy, x² + 1), which is (24, 10) at (3, 4).</summary>
    [Differentiable]
    public static double Poly(double x, double y) => x * x * y + y + 2;

    /// <summary>sin x + cos x.</summary>
    [Differentiable]
    public static double SinPlusCos(double x) => Math.Sin(x) + Math.Cos(x);

    /// <summary>sin(cos(x + 3)) + exp(sin²x): nested calls, the chain rule at work.</summary>
    [Differentiable]
    public static double Nested(double x) => Math.Sin(Math.Cos(x + 3)) + Math.Exp(Math.Pow(Math.Sin(x), 2));

    /// <summary>
    /// sin x by its Taylor series x − x³/3! + x⁵/5! − …, stopping when a term no longer matters:
    /// a loop whose trip count depends on x, with a break.
    /// </summary>
    [Differentiable]
    public static double TaylorSin(double x)
    {
        double term = x;
        double sum = x;
        double k = 1.0;
        for (int i = 0; i < 100; i++)
        {
            term = -term * x * x / ((k + 1.0) * (k + 2.0));
            k += 2.0;
            sum += term;
            if (Math.Abs(term) < 1e-17)
            {
                break;
            }
        }
        return sum;
    }

    /// <summary>xⁿ by repeated multiplication. The int parameter is passed through, not differentiated.</summary>
    [Differentiable]
    public static double Power(double x, int n)
    {
        double result = 1.0;
        for (int i = 0; i < n; i++)
        {
            result *= x;
        }
        return result;
    }
}
