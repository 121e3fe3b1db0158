using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Time steppers that double-buffer: two local arrays swapped after each step, by a tuple or through a temporary.</summary>
public static partial class ArraySwaps
{
    /// <summary>
    /// Explicit steps of a heat equation with a cubic sink, the buffers swapped with <c>(cur, next) = (next, cur)</c>:
    /// Σ u² after <paramref name="steps"/> steps.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double Heat(double[] u0, double r, int steps)
    {
        var cur = (double[])u0.Clone();
        var next = new double[u0.Length];
        for (int n = 0; n < steps; n++)
        {
            for (int i = 0; i < cur.Length; i++)
            {
                next[i] = Updated(cur, i, r);
            }
            (cur, next) = (next, cur);
        }
        return SumOfSquares(cur);
    }

    /// <summary>Element <paramref name="i"/> of <paramref name="u"/> one explicit step on.</summary>
    [Differentiable(Order = 2)]
    public static double Updated(double[] u, int i, double r)
    {
        double left = i > 0 ? u[i - 1] : 0.0;
        double right = i < u.Length - 1 ? u[i + 1] : 0.0;
        return u[i] + (r * (left - (2 * u[i]) + right)) - (0.1 * u[i] * u[i] * u[i]);
    }

    [Differentiable(Order = 2)]
    public static double SumOfSquares(double[] u)
    {
        double s = 0;
        for (int i = 0; i < u.Length; i++)
        {
            s += u[i] * u[i];
        }
        return s;
    }

    /// <summary><see cref="Heat"/> with the new state copied back instead of swapped: the same function.</summary>
    [Differentiable(Order = 2)]
    public static double HeatCopied(double[] u0, double r, int steps)
    {
        var cur = (double[])u0.Clone();
        var next = new double[u0.Length];
        for (int n = 0; n < steps; n++)
        {
            for (int i = 0; i < cur.Length; i++)
            {
                next[i] = Updated(cur, i, r);
            }
            for (int i = 0; i < cur.Length; i++)
            {
                cur[i] = next[i];
            }
        }
        return SumOfSquares(cur);
    }

    /// <summary>
    /// A nonlinear relaxation swapped through a temporary, returning the state: after an odd number of sweeps the
    /// result is the array that began as the second buffer.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double[] Relax(double[] x, int sweeps)
    {
        double[] cur = (double[])x.Clone();
        double[] next = new double[x.Length];
        for (int k = 0; k < sweeps; k++)
        {
            for (int i = 0; i < cur.Length; i++)
            {
                next[i] = (Math.Sin(cur[i]) * cur[(i + 1) % cur.Length]) + (0.5 * x[i]);
            }
            var tmp = cur;
            cur = next;
            next = tmp;
        }
        return cur;
    }

    /// <summary>Matrices swapped only when a test says so: the reverse sweep must undo exactly the swaps the forward sweep made.</summary>
    [Differentiable(Order = 2)]
    public static double SortedRows(double[] x, int steps)
    {
        var a = new double[2, 2];
        var b = new double[2, 2];
        for (int i = 0; i < 2; i++)
        {
            a[i, 0] = x[i];
            a[i, 1] = x[i] * x[2];
            b[i, 0] = x[2 - i] * x[2 - i];
            b[i, 1] = x[i] + x[2];
        }
        for (int n = 0; n < steps; n++)
        {
            if (a[0, 0] > b[0, 0])
            {
                (a, b) = (b, a);
            }
            a[0, 1] = Math.Sin(a[0, 1]) + b[1, 0];
            b[1, 1] = a[1, 1] * b[0, 1];
        }
        return (a[0, 1] * b[1, 1]) + a[1, 0] - b[0, 0];
    }
}
