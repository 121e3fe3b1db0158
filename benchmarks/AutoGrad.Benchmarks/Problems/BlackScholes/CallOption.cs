using System;
using AutoGrad.Samples.Finance;

namespace AutoGrad.Benchmarks.Problems.BlackScholes;

/// <summary>
/// The Black–Scholes price of a European call, differentiable in all five inputs: one adjoint call
/// gives delta (∂C/∂S), the strike sensitivity (∂C/∂K), −theta (∂C/∂T), rho (∂C/∂r) and vega (∂C/∂σ).
/// </summary>
public static partial class CallOption
{
    [Differentiable]
    public static double Price(double spot, double strike, double time, double rate, double volatility)
    {
        double deviation = volatility * Math.Sqrt(time);
        double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / deviation;
        double d2 = d1 - deviation;
        return spot * Normal.Cdf(d1) - strike * Math.Exp(-rate * time) * Normal.Cdf(d2);
    }

    /// <summary>
    /// <see cref="Price"/> with Φ′ = φ supplied (<see cref="KnownDensity"/>): what the generated adjoint costs
    /// given the one fact the hand-written gradient uses and the generator cannot know.
    /// </summary>
    [Differentiable]
    public static double PriceWithKnownDensity(double spot, double strike, double time, double rate, double volatility)
    {
        double deviation = volatility * Math.Sqrt(time);
        double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / deviation;
        double d2 = d1 - deviation;
        return spot * KnownDensity.Cdf(d1) - strike * Math.Exp(-rate * time) * KnownDensity.Cdf(d2);
    }

    /// <summary>
    /// The price and its five partials from the textbook closed forms, sharing d₁, d₂, Φ(d₁), Φ(d₂),
    /// φ(d₁) and the discount factor: ∂C/∂S = Φ(d₁), ∂C/∂K = −e^(−rT)Φ(d₂),
    /// ∂C/∂T = Sφ(d₁)σ/(2√T) + rKe^(−rT)Φ(d₂), ∂C/∂r = KTe^(−rT)Φ(d₂), ∂C/∂σ = Sφ(d₁)√T.
    /// </summary>
    public static double HandWrittenGradient(double spot, double strike, double time, double rate, double volatility, double[] gradient)
    {
        double sqrtTime = Math.Sqrt(time);
        double deviation = volatility * sqrtTime;
        double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / deviation;
        double d2 = d1 - deviation;
        double cdf1 = Normal.Cdf(d1);
        double discountedCdf2 = Math.Exp(-rate * time) * Normal.Cdf(d2);
        double spotDensity = spot * Normal.Density(d1);
        gradient[0] = cdf1;
        gradient[1] = -discountedCdf2;
        gradient[2] = spotDensity * volatility / (2 * sqrtTime) + rate * strike * discountedCdf2;
        gradient[3] = strike * time * discountedCdf2;
        gradient[4] = spotDensity * sqrtTime;
        return spot * cdf1 - strike * discountedCdf2;
    }
}
