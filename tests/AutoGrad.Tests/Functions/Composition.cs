using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Derivatives used as values inside [Differentiable] methods (<c>FTangent(x, v).Tangent</c>), which
/// AutoGrad differentiates again with the callee's second-order companions.
/// </summary>
public static partial class Composition
{
    /// <summary>f(x) = x·tanh(x) + sin(2x)/2: f′ = tanh + x·sech² + cos 2x, f″ = 2 sech²·(1 − x·tanh) − 2 sin 2x.</summary>
    [Differentiable(Order = 2)]
    public static double F(double x) => (x * Math.Tanh(x)) + (Math.Sin(2 * x) / 2);

    /// <summary>f′, the example: its Tangent and Adjoint are f″.</summary>
    [Differentiable]
    public static double DF(double x) => FTangent(x, 1.0).Tangent;

    /// <summary>A derivative inside a larger expression, kept in a local declared with var.</summary>
    [Differentiable]
    public static double SlopeEnergy(double x, double y)
    {
        var slope = FTangent(x * y, 1.0).Tangent;
        double value = FTangent(x, y).Value;
        return (slope * slope) + (value * y);
    }

    /// <summary>g(x, y) = exp(x·y) + x²·y³, a scalar field on two inputs.</summary>
    [Differentiable(Order = 2)]
    public static double Field(double x, double y) => Math.Exp(x * y) + (x * x * y * y * y);

    /// <summary>∇g(x, y)·(u, w): its gradient is (H·(u, w), ∇g).</summary>
    [Differentiable]
    public static double FieldAlong(double x, double y, double u, double w) => FieldTangent(x, u, y, w).Tangent;

    /// <summary>E(p) = Σ (p[i+1] − p[i]²)² + Σ cos(p[i]): a chain energy over an array.</summary>
    [Differentiable(Order = 2)]
    public static double Energy(double[] p)
    {
        double e = 0;
        for (int i = 0; i + 1 < p.Length; i++)
        {
            double d = p[i + 1] - (p[i] * p[i]);
            e += d * d;
        }
        for (int i = 0; i < p.Length; i++)
        {
            e += Math.Cos(p[i]);
        }
        return e;
    }

    /// <summary>∇E(p)·v, a directional derivative; its gradient in p is the Hessian-vector product H·v.</summary>
    [Differentiable]
    public static double EnergyAlong(double[] p, double[] v) => EnergyTangent(p, v).Tangent;

    /// <summary>Σ f′(p[i])²: a slope penalty, a derivative evaluated in a loop and overwritten.</summary>
    [Differentiable]
    public static double SlopePenalty(double[] p)
    {
        double s = 0;
        double d = 0;
        for (int i = 0; i < p.Length; i++)
        {
            d = FTangent(p[i], 1.0).Tangent;
            s += d * d;
        }
        return s + d;
    }

    /// <summary>Newton's step x − f′(x)/f″(x)... repeated on its own result: the derivative reads the variable it overwrites.</summary>
    [Differentiable]
    public static double Iterated(double x)
    {
        for (int k = 0; k < 3; k++)
        {
            x = FTangent(x, 0.5).Tangent;
        }
        return x;
    }

    /// <summary>h(x) = (x₀·x₁, sin x₀ + x₁²): a vector function.</summary>
    [Differentiable(Order = 2)]
    public static double[] H(double[] x)
    {
        var y = new double[2];
        y[0] = x[0] * x[1];
        y[1] = Math.Sin(x[0]) + (x[1] * x[1]);
        return y;
    }

    /// <summary>J_h(x)·v, a Jacobian-vector product returned as an array.</summary>
    [Differentiable]
    public static double[] HAlong(double[] x, double[] v) => HTangent(x, v).Tangent;
}
