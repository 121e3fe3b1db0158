using System;
using System.Diagnostics;
using System.Globalization;

namespace AutoGrad.Tests.Functions;

/// <summary>Code that only watches: argument guards, throw expressions, ThrowIf helpers, assertions and logging.</summary>
public static partial class Guards
{
    /// <summary>x^1.5, for x ≥ 0 only: a guard throws for a negative x.</summary>
    [Differentiable(Order = 2)]
    public static double Guarded(double x)
    {
        if (x < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"must not be negative, got {x}");
        }
        return Math.Sqrt(x) * x;
    }

    /// <summary>x·y after the runtime's own guards: x ≥ 0, y ≤ 10.</summary>
    [Differentiable(Order = 2)]
    public static double Helpers(double x, double y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(y, 10.0);
        Debug.Assert(x * y >= 0.0, "x·y is not negative");
        return x * y * y;
    }

    /// <summary>a / b, with a throw expression for b = 0.</summary>
    [Differentiable(Order = 2)]
    public static double Ratio(double a, double b) => b != 0.0 ? a / b : throw new DivideByZeroException("b is 0", null);

    /// <summary>
    /// Gradient descent on sin with a log line per step (an interpolated string, a concatenation, ToString) and a
    /// guard in the loop that throws if a step ever leaves the finite numbers.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double Descend(double x, double rate, int steps)
    {
        for (int i = 0; i < steps; i++)
        {
            x = x - (rate * Math.Cos(x));
            Console.WriteLine($"step {i}: x = {x:F3}, rate·cos = {rate * Math.Cos(x),8:F4}");
            if (!double.IsFinite(x))
            {
                throw new InvalidOperationException("diverged at step " + i);
            }
        }
        Console.Write("done: " + x.ToString("F2", CultureInfo.InvariantCulture) + " {braces} \"quoted\"\n");
        Trace.WriteLine(x);
        return x * x;
    }

    /// <summary>Σ xᵢ², logging each term: a loop the reverse sweep fuses with its adjoint must still log once per term.</summary>
    [Differentiable]
    public static double LoggedSquares(double[] xs)
    {
        double sum = 0.0;
        for (int i = 0; i < xs.Length; i++)
        {
            sum += xs[i] * xs[i];
            Console.WriteLine($"term {i}: {xs[i] * xs[i]}");
        }
        return sum;
    }
}
