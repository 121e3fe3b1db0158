using System;
using System.Linq;
using AutoGrad.Tests.Functions;

[assembly: AutoGrad.CustomDerivative(typeof(SpecialFunctions), nameof(SpecialFunctions.Erf), typeof(ErfDerivatives))]

namespace AutoGrad.Tests.Functions;

/// <summary>The derivative of erf, for the registration above: only the forward mode is written; AutoGrad derives ErfAdjoint.</summary>
public static partial class ErfDerivatives
{
    private const double TwoOverSqrtPi = 1.12837916709551257390;

    public static (double Value, double Tangent) ErfTangent(double x, double xTangent) =>
        (SpecialFunctions.Erf(x), TwoOverSqrtPi * Math.Exp(-x * x) * xTangent);
}

/// <summary>Methods whose derivatives are hand-written, and differentiable methods that call them.</summary>
public static partial class Custom
{
    /// <summary>log Σ exp(zᵢ), written with LINQ and a lambda, which AutoGrad cannot differentiate.</summary>
    [CustomDerivative]
    public static double LogSumExp(double[] z)
    {
        double max = z.Max();
        return max + Math.Log(z.Sum(v => Math.Exp(v - max)));
    }

    /// <summary>The stable adjoint: ∂/∂zᵢ = softmax(z)ᵢ, computed with the max shifted out so no exp overflows.</summary>
    public static double LogSumExpAdjoint(double[] z, double[] zAdjoint, double seed = 1.0)
    {
        double max = double.NegativeInfinity;
        foreach (double v in z)
        {
            max = Math.Max(max, v);
        }
        double sum = 0.0;
        foreach (double v in z)
        {
            sum += Math.Exp(v - max);
        }
        for (int i = 0; i < z.Length; i++)
        {
            zAdjoint[i] += seed * Math.Exp(z[i] - max) / sum;
        }
        return max + Math.Log(sum);
    }

    /// <summary>Softmax cross-entropy of a linear model: logits zₖ = Σⱼ W[k, j]·xⱼ, plus an L2 penalty.</summary>
    [Differentiable]
    public static double CrossEntropy(double[] w, [NoDerivative] double[] x, int label, int classes)
    {
        int features = x.Length;
        var z = new double[classes];
        double penalty = 0.0;
        for (int k = 0; k < classes; k++)
        {
            for (int j = 0; j < features; j++)
            {
                z[k] += w[k * features + j] * x[j];
                penalty += w[k * features + j] * w[k * features + j];
            }
        }
        return LogSumExp(z) - z[label] + 0.01 * penalty;
    }

    /// <summary>Φ(x) through the registered erf.</summary>
    [Differentiable]
    public static double NormalCdf(double x) => 0.5 * (1.0 + SpecialFunctions.Erf(x / Math.Sqrt(2.0)));

    /// <summary>The Black–Scholes call price; every input differentiable, the strike included.</summary>
    [Differentiable]
    public static double CallPrice(double spot, double strike, double time, double rate, double volatility)
    {
        double deviation = volatility * Math.Sqrt(time);
        double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / deviation;
        double d2 = d1 - deviation;
        return spot * NormalCdf(d1) - strike * Math.Exp(-rate * time) * NormalCdf(d2);
    }

    /// <summary>softplus(x) = log(1 + eˣ), with all four companions by hand so Order = 2 callers can use it.</summary>
    [CustomDerivative]
    public static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));

    private static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    public static (double Value, double Tangent) SoftplusTangent(double x, double xTangent) => (Softplus(x), Sigmoid(x) * xTangent);

    public static double SoftplusAdjoint(double x, ref double xAdjoint, double seed = 1.0)
    {
        xAdjoint += seed * Sigmoid(x);
        return Softplus(x);
    }

    public static (double Value, double Tangent) SoftplusAdjointTangent(double x, double xTangent, ref double xAdjoint, ref double xAdjointTangent, double seed = 1.0, double seedTangent = 0.0)
    {
        double s = Sigmoid(x);
        xAdjoint += seed * s;
        xAdjointTangent += seedTangent * s + seed * s * (1 - s) * xTangent;
        return (Softplus(x), s * xTangent);
    }

    public static ((double Value, double Tangent) Value, (double Value, double Tangent) Tangent) SoftplusTangentTangent(double x, double xTangent2, double xTangent, double xTangentTangent)
    {
        double s = Sigmoid(x);
        return ((Softplus(x), s * xTangent), (s * xTangent2, s * (1 - s) * xTangent2 * xTangent + s * xTangentTangent));
    }

    /// <summary>Σ softplus(aᵢ·wᵢ) + ½‖w‖²: its Hessian is diagonal, aᵢ²·σ′(aᵢwᵢ) + 1.</summary>
    [Differentiable(Order = 2)]
    public static double SoftplusLoss(double[] w, [NoDerivative] double[] a)
    {
        double s = 0.0;
        for (int i = 0; i < w.Length; i++)
        {
            s += Softplus(a[i] * w[i]) + 0.5 * w[i] * w[i];
        }
        return s;
    }
}
