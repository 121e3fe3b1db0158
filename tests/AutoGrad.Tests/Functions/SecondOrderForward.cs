using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Scalar functions with second-order companions, for forward over forward (FTangentTangent).</summary>
public static partial class SecondOrderForward
{
    [Differentiable(Order = 2)]
    public static double Tanh(double x) => Math.Tanh(x);

    [Differentiable(Order = 2)]
    public static double Sin(double x) => Math.Sin(x);

    /// <summary>A loop with a break and a call: s·tanh(xy) with s = Σ sin(x·i)·y until s exceeds 3.</summary>
    [Differentiable(Order = 2)]
    public static double Mixed(double x, int n, double y)
    {
        double s = 0.0;
        for (int i = 0; i < n; i++)
        {
            s += Math.Sin(x * i) * y;
            if (s > 3.0)
            {
                break;
            }
        }
        return s * Tanh(x * y);
    }

    /// <summary>x²·y³ + exp(x·y): its second derivatives are written out in the tests.</summary>
    [Differentiable(Order = 2)]
    public static double Polynomial(double x, double y) => x * x * y * y * y + Math.Exp(x * y);
}
