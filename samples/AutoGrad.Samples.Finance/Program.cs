using System;
using System.Globalization;
using System.IO;

namespace AutoGrad.Samples.Finance;

/// <summary>
/// Black–Scholes call prices and their Greeks (delta, vega, rho, theta) from one call of the generated
/// <c>CallPriceAdjoint</c> each, printed against the textbook closed forms.
/// </summary>
public static class Program
{
    /// <summary>
    /// How far apart the generated and closed-form values may be, relative to max(1, |value|). The
    /// generated Greeks differentiate the approximation of Φ (see <see cref="Normal"/>), whose slope
    /// matches the density to within 3e-15 relative for the arguments here; with the rounding of
    /// the pricing formula itself, 1e-12 leaves a wide margin and would still catch any real error.
    /// </summary>
    public const double Tolerance = 1e-12;

    public static int Main(string[] args) => Run(args, Console.Out);

    public static int Run(string[] args, TextWriter output)
    {
        SampleArguments arguments = SampleArguments.Parse(args, "finance");
        (double Spot, double Strike, double Time, double Rate, double Volatility)[] contracts = arguments.Quick
            ? new[] { (100.0, 100.0, 1.0, 0.05, 0.2), (80.0, 120.0, 0.25, 0.01, 0.6) }
            : new[]
            {
                (100.0, 100.0, 1.0, 0.05, 0.2),   // at the money
                (120.0, 100.0, 0.5, 0.03, 0.25),  // in the money
                (80.0, 120.0, 0.25, 0.01, 0.6),   // out of the money, volatile
                (100.0, 90.0, 5.0, 0.04, 0.15),   // long dated
                (50.0, 100.0, 0.1, 0.02, 0.3),    // deep out of the money: Φ in its tail
            };

        output.WriteLine("Black–Scholes European call: price and Greeks from ONE reverse-mode call (CallPriceAdjoint)");
        output.WriteLine("vs the closed forms. Theta is −∂C/∂T per year. Φ is Cody's rational approximation (see Normal.cs).");
        double worst = 0;
        foreach (var (spot, strike, time, rate, volatility) in contracts)
        {
            Greeks generated = BlackScholes.FromAdjoint(spot, strike, time, rate, volatility);
            Greeks closed = BlackScholes.ClosedForm(spot, strike, time, rate, volatility);
            output.WriteLine();
            output.WriteLine(Invariant($"S = {spot}, K = {strike}, T = {time}, r = {rate}, σ = {volatility}"));
            output.WriteLine(Invariant($"  {"",-6} {"generated",22} {"closed form",22} {"difference",11}"));
            worst = Math.Max(worst, Row(output, "price", generated.Price, closed.Price));
            worst = Math.Max(worst, Row(output, "delta", generated.Delta, closed.Delta));
            worst = Math.Max(worst, Row(output, "vega", generated.Vega, closed.Vega));
            worst = Math.Max(worst, Row(output, "rho", generated.Rho, closed.Rho));
            worst = Math.Max(worst, Row(output, "theta", generated.Theta, closed.Theta));
        }

        output.WriteLine();
        output.WriteLine(Invariant($"largest difference, relative to max(1, |value|): {worst:E2} (tolerance {Tolerance:E0})"));
        if (worst > Tolerance)
        {
            output.WriteLine("FAILED: a generated Greek differs from its closed form");
            return 1;
        }
        return 0;
    }

    private static double Row(TextWriter output, string name, double generated, double closed)
    {
        double difference = Math.Abs(generated - closed);
        output.WriteLine(Invariant($"  {name,-6} {generated,22:R} {closed,22:R} {difference,11:E2}"));
        return difference / Math.Max(1, Math.Abs(closed));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
