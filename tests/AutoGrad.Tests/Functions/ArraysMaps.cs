using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Vector-valued maps, whose Jacobians the tests build by forward and by reverse sweeps.</summary>
public static partial class ArraysMaps
{
    /// <summary>(r, θ) ↦ (r·cos θ, r·sin θ).</summary>
    [Differentiable]
    public static double[] PolarToCartesian(double[] p)
    {
        var xy = new double[2];
        xy[0] = p[0] * Math.Cos(p[1]);
        xy[1] = p[0] * Math.Sin(p[1]);
        return xy;
    }

    /// <summary>
    /// ℝ⁴ → ℝ³: y₀ = x₀x₁ + sin x₂, y₁ = exp(x₁ − x₃) + x₀², y₂ = x₂·x₃ / (1 + x₀²) — every output
    /// depends on a different subset of the inputs, so a transposed or shifted Jacobian shows.
    /// </summary>
    [Differentiable]
    public static double[] Nonlinear3x4(double[] x)
    {
        var y = new double[3];
        y[0] = x[0] * x[1] + Math.Sin(x[2]);
        y[1] = Math.Exp(x[1] - x[3]) + x[0] * x[0];
        y[2] = x[2] * x[3] / (1.0 + x[0] * x[0]);
        return y;
    }

    /// <summary>x ↦ sin(2πx + x²), element by element.</summary>
    [Differentiable]
    public static double[] SinWave(double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Sin(2.0 * Math.PI * x[i] + x[i] * x[i]);
        }
        return y;
    }

    /// <summary>An elementwise map that mixes several primitives, so the diagonal is not one formula.</summary>
    [Differentiable]
    public static double[] Softplus(double[] x)
    {
        double[] y = (double[])x.Clone();
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = Math.Log(1.0 + Math.Exp(y[i]));
        }
        return y;
    }
}
