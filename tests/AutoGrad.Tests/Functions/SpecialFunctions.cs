using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Stands for a library AutoGrad cannot look into (another assembly, not partial, not marked): its
/// derivatives are registered with <c>[assembly: CustomDerivative]</c> in <see cref="ErfDerivatives"/>.
/// </summary>
public static class SpecialFunctions
{
    /// <summary>
    /// erf(x) = 2Φ(x√2) − 1 by W. J. Cody's rational Chebyshev approximations of Φ (about 1e-16
    /// relative), written with a switch and a throw that [Differentiable] code may not use.
    /// </summary>
    public static double Erf(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentException("erf of NaN", nameof(x));
        }
        double z = x * Math.Sqrt(2.0);
        double y = Math.Abs(z);
        double tail = (y switch
        {
            <= 0.67448975 => double.NaN,
            <= 5.656854249492380195206754896838 => Middle(y),
            < 37.5193 => Far(y),
            _ => 0.0,
        });
        if (double.IsNaN(tail))
        {
            // Near 0: Φ(z) − ½ = z·R(z²), so erf(x) = 2z·R(z²).
            double s = z * z;
            double numerator = (((0.065682337918207449113 * s + 2.2352520354606839287) * s + 161.02823106855587881) * s
                + 1067.6894854603709582) * s + 18154.981253343561249;
            double denominator = (((s + 47.20258190468824187) * s + 976.09855173777669322) * s
                + 10260.932208618978205) * s + 45507.789335026729956;
            return 2 * z * numerator / denominator;
        }
        return z > 0 ? 1 - (2 * tail) : (2 * tail) - 1;
    }

    private static double Middle(double y)
    {
        double numerator = (((((((1.0765576773720192317e-8 * y + 0.39894151208813466764) * y + 8.8831497943883759412) * y
            + 93.506656132177855979) * y + 597.27027639480026226) * y + 2494.5375852903726711) * y
            + 6848.1904505362823326) * y + 11602.651437647350124) * y + 9842.7148383839780218;
        double denominator = (((((((y + 22.266688044328115691) * y + 235.38790178262499861) * y
            + 1519.377599407554805) * y + 6485.558298266760755) * y + 18615.571640885098091) * y
            + 34900.952721145977266) * y + 38912.003286093271411) * y + 19685.429676859990727;
        return Math.Exp(-0.5 * y * y) * numerator / denominator;
    }

    private static double Far(double y)
    {
        double s = 1 / (y * y);
        double numerator = ((((0.02307344176494017303 * s + 0.21589853405795699) * s + 0.1274011611602473639) * s
            + 0.022235277870649807) * s + 0.001421619193227893466) * s + 2.9112874951168792e-5;
        double denominator = ((((s + 1.28426009614491121) * s + 0.468238212480865118) * s
            + 0.0659881378689285515) * s + 0.00378239633202758244) * s + 7.29751555083966205e-5;
        return Math.Exp(-0.5 * y * y) * (0.398942280401432677939946059934 - s * numerator / denominator) / y;
    }
}
