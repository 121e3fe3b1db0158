using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.Rosenbrock;

/// <summary>
/// The extended Rosenbrock function (Moré, Garbow and Hillstrom 1981): n/2 independent
/// Rosenbrock valleys, Σ (1 − x₂ᵢ)² + 100·(x₂ᵢ₊₁ − x₂ᵢ²)², for even n.
/// </summary>
public static partial class ExtendedRosenbrock
{
    [Differentiable]
    public static double Value(double[] x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i += 2)
        {
            double a = 1 - x[i];
            double b = x[i + 1] - x[i] * x[i];
            sum += a * a + 100 * b * b;
        }
        return sum;
    }

    /// <summary>The gradient by hand: each pair's two partials, from the same two residuals as the value.</summary>
    public static double HandWrittenGradient(double[] x, double[] gradient)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i += 2)
        {
            double a = 1 - x[i];
            double b = x[i + 1] - x[i] * x[i];
            sum += a * a + 100 * b * b;
            gradient[i] = -2 * a - 400 * b * x[i];
            gradient[i + 1] = 200 * b;
        }
        return sum;
    }

    /// <summary>
    /// <see cref="HandWrittenGradient"/> under the Adjoint companions' contract: it adds into
    /// <paramref name="gradient"/> instead of overwriting it. Timed beside the adjoint to tell the
    /// contract's cost (clear first, then read-modify-write) from the cost of the generated arithmetic.
    /// </summary>
    public static double HandWrittenAccumulatingGradient(double[] x, double[] gradient)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i += 2)
        {
            double a = 1 - x[i];
            double b = x[i + 1] - x[i] * x[i];
            sum += a * a + 100 * b * b;
            gradient[i] += -2 * a - 400 * b * x[i];
            gradient[i + 1] += 200 * b;
        }
        return sum;
    }

    public static Var OnTape(Var[] x)
    {
        Var sum = 0;
        for (int i = 0; i < x.Length; i += 2)
        {
            Var a = 1 - x[i];
            Var b = x[i + 1] - x[i] * x[i];
            sum += a * a + 100 * b * b;
        }
        return sum;
    }
}
