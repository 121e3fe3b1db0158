using System;

namespace AutoGrad.Samples.Finance;

/// <summary>
/// The standard normal distribution. .NET has no <c>erf</c>, so the CDF is W. J. Cody's rational
/// Chebyshev approximation (Cody 1969, "Rational Chebyshev approximations for the error function";
/// the ANORM routine of SPECFUN, as used by R's <c>pnorm</c>), written with only what the generator
/// differentiates: arithmetic, <c>Math.Exp</c>, <c>Math.Truncate</c> and branches.
/// </summary>
/// <remarks>
/// The approximation is accurate to about 1e-16 relative: rounding, not the fit, sets its error.
/// Its generated derivative is the derivative of the approximation, not the density φ exactly.
/// Measured on a fine grid, the two agree to 3e-15 relative for |x| ≤ 8 and to 1e-13 out to
/// |x| = 37: a little worse than the CDF itself, because a close fit of a function is a slightly less
/// close fit of its slope. The Finance sample checks this and compares Greeks with a tolerance to match.
/// </remarks>
public static partial class Normal
{
    /// <summary>1/√(2π), the density at 0.</summary>
    public const double InverseSqrtTwoPi = 0.398942280401432677939946059934;

    /// <summary>The density φ(x) = e^(−x²/2)/√(2π).</summary>
    public static double Density(double x) => InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);

    /// <summary>The cumulative distribution function Φ(x) = P(Z ≤ x).</summary>
    [Differentiable]
    public static double Cdf(double x)
    {
        double y = Math.Abs(x);
        if (y <= 0.67448975)
        {
            // Near 0: Φ(x) = ½ + x·R(x²) with a rational R.
            double s = x * x;
            double numerator = (((0.065682337918207449113 * s + 2.2352520354606839287) * s + 161.02823106855587881) * s
                + 1067.6894854603709582) * s + 18154.981253343561249;
            double denominator = (((s + 47.20258190468824187) * s + 976.09855173777669322) * s
                + 10260.932208618978205) * s + 45507.789335026729956;
            return 0.5 + x * numerator / denominator;
        }

        double tail;
        if (y <= 5.656854249492380195206754896838)
        {
            // Up to √32: the upper tail is e^(−y²/2)·R(y).
            double numerator = (((((((1.0765576773720192317e-8 * y + 0.39894151208813466764) * y + 8.8831497943883759412) * y
                + 93.506656132177855979) * y + 597.27027639480026226) * y + 2494.5375852903726711) * y
                + 6848.1904505362823326) * y + 11602.651437647350124) * y + 9842.7148383839780218;
            double denominator = (((((((y + 22.266688044328115691) * y + 235.38790178262499861) * y
                + 1519.377599407554805) * y + 6485.558298266760755) * y + 18615.571640885098091) * y
                + 34900.952721145977266) * y + 38912.003286093271411) * y + 19685.429676859990727;
            tail = GaussianFactor(y) * numerator / denominator;
        }
        else if (y < 37.5193)
        {
            // Beyond √32: an asymptotic-style expansion in 1/y².
            double s = 1 / (y * y);
            double numerator = ((((0.02307344176494017303 * s + 0.21589853405795699) * s + 0.1274011611602473639) * s
                + 0.022235277870649807) * s + 0.001421619193227893466) * s + 2.9112874951168792e-5;
            double denominator = ((((s + 1.28426009614491121) * s + 0.468238212480865118) * s
                + 0.0659881378689285515) * s + 0.00378239633202758244) * s + 7.29751555083966205e-5;
            tail = GaussianFactor(y) * (InverseSqrtTwoPi - s * numerator / denominator) / y;
        }
        else
        {
            tail = 0;
        }
        return x > 0 ? 1 - tail : tail;
    }

    /// <summary>
    /// e^(−y²/2), computed as e^(−r²/2)·e^(−(y − r)(y + r)/2) with r = y rounded down to a multiple of
    /// 1/16: r² is exact, so the large exponent carries no rounding error (Cody's device). r is
    /// piecewise constant, so its derivative is 0, and the derivative comes out as −y·e^(−y²/2).
    /// </summary>
    [Differentiable]
    public static double GaussianFactor(double y)
    {
#pragma warning disable AG0009 // r is meant to be piecewise constant: see the summary.
        double r = Math.Truncate(y * 16) / 16;
#pragma warning restore AG0009
        double delta = (y - r) * (y + r);
        return Math.Exp(-r * r * 0.5) * Math.Exp(-delta * 0.5);
    }
}
