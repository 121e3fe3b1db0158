using System;

namespace AutoGrad.Samples.DerivativePlot;

public static partial class Wave
{
    /// <summary>f(x) = sin(2πx + x²): a wave whose frequency rises with x.</summary>
    [Differentiable]
    public static double F(double x) => Math.Sin(2 * Math.PI * x + x * x);

    /// <summary>f′(x) = cos(2πx + x²)·(2π + 2x), by hand, to compare with the generated one.</summary>
    public static double AnalyticDerivative(double x) => Math.Cos(2 * Math.PI * x + x * x) * (2 * Math.PI + 2 * x);
}
