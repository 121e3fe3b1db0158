using System;
using AutoGrad.Samples.Finance;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Stands for a library AutoGrad cannot look into (another assembly, not partial, not marked): its
/// derivatives are registered with <c>[assembly: CustomDerivative]</c> in <see cref="ErfDerivatives"/>.
/// </summary>
public static class SpecialFunctions
{
    /// <summary>
    /// erf(x) = 2Φ(x√2) − 1, Φ being the Finance sample's Cody approximation (about 1e-16 relative),
    /// written with a switch and a throw that [Differentiable] code may not use.
    /// </summary>
    public static double Erf(double x) => x switch
    {
        double.NaN => throw new ArgumentException("erf of NaN", nameof(x)),
        0.0 => 0.0,
        _ => (2 * Normal.Cdf(x * Math.Sqrt(2.0))) - 1,
    };
}
