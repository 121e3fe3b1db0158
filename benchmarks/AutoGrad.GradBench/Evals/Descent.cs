using System;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's gradient descent for <c>saddle</c> and <c>particle</c> (<c>cpp/gradbench/gd.hpp</c>): the
/// step η starts at 1e-5, halves after a step that does not decrease f and doubles after ten that do; it
/// stops when ‖∇f‖ ≤ 1e-5 or a step moves less than 1e-5. The evals check the answer, so the solver is theirs.
/// </summary>
internal static class Descent
{
    public static double[] Argmin(Func<double[], double> f, Func<double[], double[]> gradient, double[] start)
    {
        var x = (double[])start.Clone();
        double value = f(x);
        double[] g = gradient(x);
        int steps = 0;
        double eta = 1e-5;
        while (Norm(g) > 1e-5)
        {
            if (steps == 10)
            {
                eta *= 2;
                steps = 0;
                continue;
            }
            var next = new double[x.Length];
            for (int j = 0; j < x.Length; j++)
            {
                next[j] = x[j] - eta * g[j];
            }
            if (Distance(x, next) <= 1e-5)
            {
                break;
            }
            double nextValue = f(next);
            if (nextValue < value)
            {
                (x, value, g) = (next, nextValue, gradient(next));
                steps++;
            }
            else
            {
                eta /= 2;
                steps = 0;
            }
        }
        return x;
    }

    /// <summary>The error for the variants whose inner derivative is reverse mode: AutoGrad cannot differentiate it yet.</summary>
    public static NotSupportedException InnerReverseMode(string eval, string function) => new(
        $"{eval} '{function}' needs a reverse-mode gradient inside a [Differentiable] method, which AutoGrad rejects " +
        "(AG0001: a [Differentiable] method can use a derivative only as 'FTangent(…).Tangent').");

    private static double Norm(double[] v)
    {
        double sum = 0;
        foreach (double e in v)
        {
            sum += e * e;
        }
        return Math.Sqrt(sum);
    }

    private static double Distance(double[] u, double[] v)
    {
        double sum = 0;
        for (int i = 0; i < u.Length; i++)
        {
            sum += (u[i] - v[i]) * (u[i] - v[i]);
        }
        return Math.Sqrt(sum);
    }
}
