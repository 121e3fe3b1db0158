using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Arrays made with their values (<c>new[] { … }</c>, <c>{ … }</c>, <c>[…]</c>, matrices), whose elements depend on the inputs.</summary>
public static partial class ArrayInitializers
{
    /// <summary>Polar to Cartesian coordinates, returned as it is made.</summary>
    [Differentiable(Order = 2)]
    public static double[] PolarToCartesian(double r, double t)
    {
        return new[] { r * Math.Cos(t), r * Math.Sin(t) };
    }

    /// <summary>A weighted sum of a local made with <c>new double[] { … }</c> and one made with <c>{ … }</c>.</summary>
    [Differentiable(Order = 2)]
    public static double Weighted(double[] x)
    {
        var terms = new double[] { x[0] * x[1], Math.Sin(x[1]), 2 };
        double[] w = { 0.5, x[0], -1.5 };
        double s = 0;
        for (int i = 0; i < terms.Length; i++)
        {
            s += w[i] * terms[i];
        }
        return s;
    }

    /// <summary>A collection expression as a local and as the returned value.</summary>
    [Differentiable(Order = 2)]
    public static double[] Collected(double[] x)
    {
        double[] c = [x[0], x[0] * x[1], 3];
        return [c[0] + c[1], c[1] * c[2], Math.Exp(c[0])];
    }

    /// <summary>The determinant of a 2×2 matrix made with its values: x₀·x₂ − x₁².</summary>
    [Differentiable(Order = 2)]
    public static double Determinant(double[] x)
    {
        var m = new double[,] { { x[0], x[1] }, { x[1], x[2] } };
        return (m[0, 0] * m[1, 1]) - (m[0, 1] * m[1, 0]);
    }

    [Differentiable(Order = 2)]
    public static double Norm(double[] v)
    {
        double s = 0;
        for (int i = 0; i < v.Length; i++)
        {
            s += v[i] * v[i];
        }
        return Math.Sqrt(s);
    }

    /// <summary>Arrays made where they are passed, twice in one statement: |(x₀, x₁)| + |(x₁, x₂, 1)|.</summary>
    [Differentiable(Order = 2)]
    public static double Norms(double[] x) => Norm(new[] { x[0], x[1] }) + Norm([x[1], x[2], 1.0]);

    /// <summary>Index and flag arrays made with values, read passively: x₂·x₀ + x₁² (x₁ is skipped once).</summary>
    [Differentiable(Order = 2)]
    public static double Picked(double[] x)
    {
        int[] order = { 2, 0, 1 };
        bool[] square = [false, false, true];
        double s = 0;
        for (int k = 0; k < order.Length; k++)
        {
            s += square[k] ? x[order[k]] * x[order[k]] : x[order[k]] * x[order[(k + 1) % 2]];
        }
        return s - (x[0] * x[2]);
    }

    /// <summary>
    /// A rotation stepped by a new array that reads the one it replaces, <c>v = new[] { v[1], … }</c>:
    /// symplectic Euler of a harmonic oscillator, <paramref name="steps"/> times.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double Oscillator(double[] x, int steps)
    {
        double[] v = { x[0], x[1] };
        double h = x[2];
        for (int n = 0; n < steps; n++)
        {
            v = new[] { v[0] + (h * v[1]), v[1] - (h * (v[0] + (h * v[1]))) };
        }
        return (v[0] * v[0]) + (0.5 * v[1]);
    }

    /// <summary>A foreach over an array made where it is walked, and one made in an if's condition.</summary>
    [Differentiable(Order = 2)]
    public static double Walked(double[] x)
    {
        double s = 0;
        foreach (double t in new[] { x[0], x[1] * x[1], Math.Cos(x[2]) })
        {
            s += t * t;
        }
        if (Norm([x[0], x[2]]) > 1)
        {
            s *= x[1];
        }
        return s;
    }
}
