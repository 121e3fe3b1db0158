using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.BlackScholes;

/// <summary>
/// A call slightly out of the money: S = 100, K = 105, T = 0.75 years, r = 3 %, σ = 25 %.
/// <see cref="GradientProblem.Gradient"/> holds ∂C/∂S, ∂C/∂K, ∂C/∂T, ∂C/∂r, ∂C/∂σ in that order.
/// </summary>
public sealed class BlackScholesProblem : GradientProblem
{
    private readonly ReverseTape _tape = new();

    public BlackScholesProblem()
        : base(new[] { 100.0, 105.0, 0.75, 0.03, 0.25 })
    {
    }

    private double Spot => Point[0];

    private double Strike => Point[1];

    private double Time => Point[2];

    private double Rate => Point[3];

    private double Volatility => Point[4];

    public override double HandWritten() =>
        CallOption.HandWrittenGradient(Spot, Strike, Time, Rate, Volatility, Gradient);

    public override double GeneratedAdjoint()
    {
        double spot = 0, strike = 0, time = 0, rate = 0, volatility = 0;
        double price = CallOption.PriceAdjoint(
            Spot, ref spot, Strike, ref strike, Time, ref time, Rate, ref rate, Volatility, ref volatility);
        Store(spot, strike, time, rate, volatility);
        return price;
    }

    /// <summary>The generated adjoint of <see cref="CallOption.PriceWithKnownDensity"/>: Φ′ = φ supplied, not derived from Cody's approximation.</summary>
    public double GeneratedAdjointWithKnownDensity()
    {
        double spot = 0, strike = 0, time = 0, rate = 0, volatility = 0;
        double price = CallOption.PriceWithKnownDensityAdjoint(
            Spot, ref spot, Strike, ref strike, Time, ref time, Rate, ref rate, Volatility, ref volatility);
        Store(spot, strike, time, rate, volatility);
        return price;
    }

    public override double GeneratedTangent()
    {
        (double price, double spot) = CallOption.PriceTangent(Spot, 1, Strike, 0, Time, 0, Rate, 0, Volatility, 0);
        Store(
            spot,
            CallOption.PriceTangent(Spot, 0, Strike, 1, Time, 0, Rate, 0, Volatility, 0).Tangent,
            CallOption.PriceTangent(Spot, 0, Strike, 0, Time, 1, Rate, 0, Volatility, 0).Tangent,
            CallOption.PriceTangent(Spot, 0, Strike, 0, Time, 0, Rate, 1, Volatility, 0).Tangent,
            CallOption.PriceTangent(Spot, 0, Strike, 0, Time, 0, Rate, 0, Volatility, 1).Tangent);
        return price;
    }

    public override double Tape()
    {
        _tape.Clear();
        Var spot = _tape.Variable(Spot), strike = _tape.Variable(Strike), time = _tape.Variable(Time);
        Var rate = _tape.Variable(Rate), volatility = _tape.Variable(Volatility);
        Var price = CallOptionOnTape.Price(spot, strike, time, rate, volatility);
        _tape.Backward(price);
        Store(_tape.Adjoint(spot), _tape.Adjoint(strike), _tape.Adjoint(time), _tape.Adjoint(rate), _tape.Adjoint(volatility));
        return price.Value;
    }

    protected override double Evaluate(double[] point) => CallOption.Price(point[0], point[1], point[2], point[3], point[4]);

    private void Store(double spot, double strike, double time, double rate, double volatility)
    {
        Gradient[0] = spot;
        Gradient[1] = strike;
        Gradient[2] = time;
        Gradient[3] = rate;
        Gradient[4] = volatility;
    }
}
