using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Loops of every kind, with early exits from inside them.</summary>
public static partial class Loops
{
    /// <summary>
    /// Adds x²/(i + j) over a triangle and returns from the inner loop as soon as the sum passes
    /// <paramref name="limit"/>; otherwise falls off the end.
    /// </summary>
    [Differentiable]
    public static double FirstCrossing(double x, double limit)
    {
        double acc = 0.0;
        for (int i = 1; i <= 20; i++)
        {
            for (int j = 1; j <= i; j++)
            {
                acc += x * x / (i + j);
                if (acc > limit)
                {
                    return acc * limit;
                }
            }
        }
        return acc - limit;
    }

    /// <summary>Σ over i ≠ j of sin(x·i + y·j) / (1 + i + j); the diagonal is skipped with continue.</summary>
    [Differentiable]
    public static double SkipDiagonal(double x, double y, int n)
    {
        double s = 0.0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }
                s += Math.Sin((x * i) + (y * j)) / (1 + i + j);
            }
        }
        return s;
    }

    /// <summary>√a by Newton's iteration in a do loop that stops once a step no longer changes the estimate.</summary>
    [Differentiable]
    public static double NewtonSqrt(double a)
    {
        double x = a + 1.0;
        double previous;
        int iterations = 0;
        do
        {
            previous = x;
            x = 0.5 * (x + (a / x));
            iterations++;
        }
        while (Math.Abs(x - previous) > 1e-15 * x && iterations < 100);
        return x;
    }

    /// <summary>Σ_{k=0}^{n−1} x^k by a while loop that multiplies a running power.</summary>
    [Differentiable]
    public static double GeometricSum(double x, int n)
    {
        double sum = 0.0;
        double power = 1.0;
        int k = 0;
        while (k < n)
        {
            sum += power;
            power *= x;
            k++;
        }
        return sum;
    }

    /// <summary>
    /// Returns early from the outer loop body (not the inner) the first time the running product
    /// leaves [−bound, bound]; long counters and a bool flag steer the loop.
    /// </summary>
    [Differentiable]
    public static double EscapeTime(double c, double bound, long maxIterations)
    {
        double z = 0.0;
        bool escaped = false;
        for (long k = 0; k < maxIterations && !escaped; k++)
        {
            z = (z * z) + c;
            if (z > bound || z < -bound)
            {
                escaped = true;
            }
        }
        return escaped ? z * 0.5 : z;
    }
}
