using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Integer side effects inside expressions (<c>theta[p++]</c>, <c>while (iter++ &lt; n)</c>), indices from the end and slices.</summary>
public static partial class SideEffects
{
    /// <summary>Σ (a·e^{b·t} + c − 1)² over the data, its parameters unpacked from θ with <c>theta[p++]</c>.</summary>
    [Differentiable(Order = 2)]
    public static double Fit(double[] theta, [NoDerivative] double[] ts)
    {
        int p = 0;
        double a = theta[p++];
        double b = theta[p++];
        double c = theta[p++];
        double s = 0;
        for (int i = 0; i < ts.Length; i++)
        {
            double r = (a * Math.Exp(b * ts[i])) + c - 1.0;
            s += r * r;
        }
        return s;
    }

    /// <summary>Σ x[i]·x[i + 1], with <c>x[p] * x[++p]</c>: the first read is made before the change.</summary>
    [Differentiable(Order = 2)]
    public static double Neighbours(double[] x)
    {
        int p = 0;
        double s = 0;
        while (p < x.Length - 1)
        {
            s += x[p] * x[++p];
        }
        return s;
    }

    /// <summary>
    /// v ← sin v + x, n times, counted four ways: <c>while (iter++ &lt; n)</c>, <c>if (++iter &gt;= n) break</c>,
    /// <c>do … while (--left &gt; 0)</c> and <c>for (int k = 0; k++ &lt; n;)</c>; the sum of the four.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double Iterated(double x, int n)
    {
        double v = x;
        int iter = 0;
        while (iter++ < n)
        {
            v = Math.Sin(v) + x;
        }
        double w = x;
        iter = 0;
        while (n > 0)
        {
            w = Math.Sin(w) + x;
            if (++iter >= n)
            {
                break;
            }
        }
        double u = x;
        int left = n;
        do
        {
            u = Math.Sin(u) + x;
        }
        while (--left > 0);
        double z = x;
        for (int k = 0; k++ < n;)
        {
            z = Math.Sin(z) + x;
        }
        return v + w + u + z + iter + left;
    }

    /// <summary>Indices from the end and slices: <c>x[^1]</c>, <c>x[^k]</c>, <c>w[^1] = …</c>, <c>x[1..^1]</c>, <c>x[..k]</c>, <c>x[k..]</c>.</summary>
    [Differentiable(Order = 2)]
    public static double Ends(double[] x, int k)
    {
        double[] inner = x[1..^1];
        double s = (x[^1] * x[^k]) + x[0];
        double[] w = (double[])x.Clone();
        w[^1] = s * s;
        w[^2] += inner[0];
        double[] tail = x[k..];
        tail = tail[1..];
        return s + SquaredNorm(inner) + (2 * SquaredNorm(x[..k])) + w[^1] + w[^2] + tail[^1];
    }

    /// <summary>
    /// <c>a[p++] += …</c> (the index changes once), <c>while (j &lt; n &amp;&amp; x[j++] &gt; -10)</c> (the change only when the
    /// left side holds) and <c>c ? x[q++] : 2 * x[q++]</c> (the change on the arm taken):
    /// Σ x²·(x &gt; 0 ? x : 1) + Σ (1 or 2)·x + n.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double Scattered(double[] x)
    {
        double[] a = new double[x.Length];
        int p = 0;
        for (int i = 0; i < x.Length; i++)
        {
            a[p++] += x[i] * x[i];
        }
        int j = 0;
        double s = 0;
        while (j < x.Length && x[j++] > -10)
        {
            s += a[j - 1] * (x[j - 1] > 0 ? x[j - 1] : 1.0);
        }
        int q = 0;
        double t = 0;
        while (q < x.Length)
        {
            t += q % 2 == 0 ? x[q++] : 2 * x[q++];
        }
        return s + t + j;
    }

    /// <summary>Σ (x[i] &gt; 0 ? cos x[p--] : x[i]), p from the end: the element of a tuple value, and its change, only on the arm taken.</summary>
    [Differentiable(Order = 2)]
    public static double Picked(double[] x)
    {
        int p = x.Length - 1;
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] > 0 ? Math.SinCos(2 * x[p--]).Cos : x[i];
        }
        return s;
    }

    /// <summary>The squared norm of the first n elements, a slice that C# checks against x's length.</summary>
    [Differentiable(Order = 2)]
    public static double Head(double[] x, int n) => SquaredNorm(x[..n]);

    [Differentiable(Order = 2)]
    public static double SquaredNorm(double[] v)
    {
        double s = 0;
        for (int i = 0; i < v.Length; i++)
        {
            s += v[i] * v[i];
        }
        return s;
    }
}
