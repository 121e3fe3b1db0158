using System;
using AutoGrad.Samples.Finance;

namespace AutoGrad.Benchmarks.Problems.BlackScholes;

/// <summary>
/// Φ with the derivative a user who knows it supplies: Φ′ = φ. The value is Cody's approximation
/// (<see cref="Normal.Cdf"/>); the companions add φ instead of differentiating the approximation, which
/// is what the hand-written gradient does too.
/// </summary>
public static class KnownDensity
{
    [CustomDerivative]
    public static double Cdf(double x) => Normal.Cdf(x);

    public static (double Value, double Tangent) CdfTangent(double x, double xTangent) => (Normal.Cdf(x), Normal.Density(x) * xTangent);

    public static double CdfAdjoint(double x, ref double xAdjoint, double seed = 1.0)
    {
        xAdjoint += seed * Normal.Density(x);
        return Normal.Cdf(x);
    }
}
