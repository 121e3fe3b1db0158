using System;

namespace AutoGrad.Tests.Functions;

/// <summary>[Differentiable] methods that pass arrays to each other and return them.</summary>
public static partial class ArraysCalls
{
    /// <summary>⟨a, b⟩.</summary>
    [Differentiable]
    public static double Dot(double[] a, double[] b)
    {
        double s = 0.0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }
        return s;
    }

    /// <summary>tanh applied to every element of a·x + b (a new array).</summary>
    [Differentiable]
    public static double[] TanhAffine(double[] x, double a, double b)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Tanh(a * x[i] + b);
        }
        return y;
    }

    /// <summary>
    /// Feeds x through <see cref="TanhAffine"/> <paramref name="layers"/> times, with a different
    /// scale per pass, then takes the dot product with the original x: calls that take and return
    /// arrays, inside a loop, with the loop's result fed back into the next call.
    /// </summary>
    [Differentiable]
    public static double Iterated(double[] x, double scale, int layers)
    {
        double[] h = TanhAffine(x, scale, 0.1);
        for (int l = 1; l < layers; l++)
        {
            h = TanhAffine(h, scale / (1.0 + l), 0.1 * l);
        }
        return Dot(h, x) + Dot(h, h);
    }

    /// <summary>Σ over l of ⟨tanh(l·scale·x + 0.1), x⟩: a call in each pass returns a fresh array.</summary>
    [Differentiable]
    public static double SumOfLayers(double[] x, double scale, int layers)
    {
        double s = 0.0;
        for (int l = 1; l <= layers; l++)
        {
            double[] h = TanhAffine(x, scale * l, 0.1);
            s += Dot(h, x);
        }
        return s;
    }
}
