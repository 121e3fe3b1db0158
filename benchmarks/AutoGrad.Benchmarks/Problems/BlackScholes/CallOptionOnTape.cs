using AutoGrad.Benchmarks.Tape;
using AutoGrad.Samples.Finance;

namespace AutoGrad.Benchmarks.Problems.BlackScholes;

/// <summary>
/// <see cref="CallOption.Price"/> and Cody's normal CDF (<see cref="Normal.Cdf"/>) over <see cref="Var"/>,
/// line for line, as a tape user would port them.
/// </summary>
public static class CallOptionOnTape
{
    public static Var Price(Var spot, Var strike, Var time, Var rate, Var volatility)
    {
        Var deviation = volatility * Var.Sqrt(time);
        Var d1 = (Var.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / deviation;
        Var d2 = d1 - deviation;
        return spot * Cdf(d1) - strike * Var.Exp(-rate * time) * Cdf(d2);
    }

    private static Var Cdf(Var x)
    {
        Var y = Var.Abs(x);
        if (y.Value <= 0.67448975)
        {
            Var s = x * x;
            Var numerator = (((0.065682337918207449113 * s + 2.2352520354606839287) * s + 161.02823106855587881) * s
                + 1067.6894854603709582) * s + 18154.981253343561249;
            Var denominator = (((s + 47.20258190468824187) * s + 976.09855173777669322) * s
                + 10260.932208618978205) * s + 45507.789335026729956;
            return 0.5 + x * numerator / denominator;
        }

        Var tail;
        if (y.Value <= 5.656854249492380195206754896838)
        {
            Var numerator = (((((((1.0765576773720192317e-8 * y + 0.39894151208813466764) * y + 8.8831497943883759412) * y
                + 93.506656132177855979) * y + 597.27027639480026226) * y + 2494.5375852903726711) * y
                + 6848.1904505362823326) * y + 11602.651437647350124) * y + 9842.7148383839780218;
            Var denominator = (((((((y + 22.266688044328115691) * y + 235.38790178262499861) * y
                + 1519.377599407554805) * y + 6485.558298266760755) * y + 18615.571640885098091) * y
                + 34900.952721145977266) * y + 38912.003286093271411) * y + 19685.429676859990727;
            tail = GaussianFactor(y) * numerator / denominator;
        }
        else if (y.Value < 37.5193)
        {
            Var s = 1 / (y * y);
            Var numerator = ((((0.02307344176494017303 * s + 0.21589853405795699) * s + 0.1274011611602473639) * s
                + 0.022235277870649807) * s + 0.001421619193227893466) * s + 2.9112874951168792e-5;
            Var denominator = ((((s + 1.28426009614491121) * s + 0.468238212480865118) * s
                + 0.0659881378689285515) * s + 0.00378239633202758244) * s + 7.29751555083966205e-5;
            tail = GaussianFactor(y) * (Normal.InverseSqrtTwoPi - s * numerator / denominator) / y;
        }
        else
        {
            tail = 0;
        }
        return x.Value > 0 ? 1 - tail : tail;
    }

    private static Var GaussianFactor(Var y)
    {
        Var r = Var.Truncate(y * 16) / 16;
        Var delta = (y - r) * (y + r);
        return Var.Exp(-r * r * 0.5) * Var.Exp(-delta * 0.5);
    }
}
