using System;

namespace AutoGrad.Samples.Finance;

/// <summary>
/// The Black–Scholes price of a European call, and its Greeks in closed form for comparison. Time
/// is in years; the rate and volatility are annual and continuously compounded.
/// </summary>
public static partial class BlackScholes
{
    /// <summary>
    /// C = S·Φ(d₁) − K·e^(−rT)·Φ(d₂), with d₁ = (ln(S/K) + (r + σ²/2)T)/(σ√T) and d₂ = d₁ − σ√T.
    /// The strike is a contract term, not a market input, so it gets no derivative.
    /// </summary>
    [Differentiable]
    public static double CallPrice(double spot, [NoDerivative] double strike, double time, double rate, double volatility)
    {
        double deviation = volatility * Math.Sqrt(time);
        double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / deviation;
        double d2 = d1 - deviation;
        return spot * Normal.Cdf(d1) - strike * Math.Exp(-rate * time) * Normal.Cdf(d2);
    }

    /// <summary>The Greeks of a call from their textbook formulas. Theta is −∂C/∂T, the value lost per year.</summary>
    public static Greeks ClosedForm(double spot, double strike, double time, double rate, double volatility)
    {
        double sqrtTime = Math.Sqrt(time);
        double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / (volatility * sqrtTime);
        double d2 = d1 - volatility * sqrtTime;
        double discount = Math.Exp(-rate * time);
        return new Greeks(
            Price: spot * Normal.Cdf(d1) - strike * discount * Normal.Cdf(d2),
            Delta: Normal.Cdf(d1),
            Vega: spot * Normal.Density(d1) * sqrtTime,
            Rho: strike * time * discount * Normal.Cdf(d2),
            Theta: -spot * Normal.Density(d1) * volatility / (2 * sqrtTime) - rate * strike * discount * Normal.Cdf(d2));
    }

    /// <summary>
    /// The price and all four Greeks from ONE call of the generated reverse-mode companion: it adds
    /// ∂C/∂S, ∂C/∂T, ∂C/∂r and ∂C/∂σ into the adjoints in a single backward sweep.
    /// </summary>
    public static Greeks FromAdjoint(double spot, double strike, double time, double rate, double volatility)
    {
        double spotAdjoint = 0, timeAdjoint = 0, rateAdjoint = 0, volatilityAdjoint = 0;
        double price = CallPriceAdjoint(
            spot, ref spotAdjoint, strike, time, ref timeAdjoint, rate, ref rateAdjoint, volatility, ref volatilityAdjoint);
        return new Greeks(price, Delta: spotAdjoint, Vega: volatilityAdjoint, Rho: rateAdjoint, Theta: -timeAdjoint);
    }
}

/// <summary>A call's price and first-order sensitivities.</summary>
/// <param name="Price">The option value.</param>
/// <param name="Delta">∂C/∂S.</param>
/// <param name="Vega">∂C/∂σ.</param>
/// <param name="Rho">∂C/∂r.</param>
/// <param name="Theta">−∂C/∂T.</param>
public readonly record struct Greeks(double Price, double Delta, double Vega, double Rho, double Theta);
