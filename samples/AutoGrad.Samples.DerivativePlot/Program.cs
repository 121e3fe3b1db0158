using System;
using System.Globalization;
using System.IO;

namespace AutoGrad.Samples.DerivativePlot;

/// <summary>
/// Plots f(x) = sin(2πx + x²), its derivative from the generated <c>FTangent</c>, and the derivative
/// worked out by hand, on [0, 1]; prints how far apart the derivatives are (the generated
/// <c>FAdjoint</c> is checked too).
/// </summary>
public static class Program
{
    /// <summary>Differences above this fail the run: both derivatives are exact up to rounding.</summary>
    public const double Tolerance = 1e-12;

    public static int Main(string[] args) => Run(args, Console.Out);

    public static int Run(string[] args, TextWriter output)
    {
        SampleArguments options = SampleArguments.Parse(args, "derivative-plot");
        int samples = options.Quick ? 51 : 401;

        var xs = new double[samples];
        var values = new double[samples];
        var generated = new double[samples];
        var analytic = new double[samples];
        double maxDifference = 0, worstX = 0, maxAdjointDifference = 0;
        for (int i = 0; i < samples; i++)
        {
            double x = (double)i / (samples - 1);
            (double value, double derivative) = Wave.FTangent(x, 1.0);
            xs[i] = x;
            values[i] = value;
            generated[i] = derivative;
            analytic[i] = Wave.AnalyticDerivative(x);
            double xAdjoint = 0;
            Wave.FAdjoint(x, ref xAdjoint);
            maxAdjointDifference = Math.Max(maxAdjointDifference, Math.Abs(xAdjoint - analytic[i]));
            double difference = Math.Abs(generated[i] - analytic[i]);
            if (difference > maxDifference)
            {
                (maxDifference, worstX) = (difference, x);
            }
        }

        var chart = new SvgLineChart("f(x) = sin(2πx + x²) and its derivative", "x", "value");
        chart.Add("f(x)", xs, values);
        chart.Add("f′(x), generated", xs, generated);
        chart.Add("f′(x), by hand", xs, analytic, dashed: true);
        string path = options.OutputFile("derivative.svg");
        chart.Save(path);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"f(x) = sin(2πx + x²) on [0, 1], {samples} points: derivative from FTangent vs cos(2πx + x²)·(2π + 2x)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"max |generated − analytic| = {maxDifference:E2} (at x = {worstX:F4}); |f′| reaches {MaxAbs(analytic):F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"max |FAdjoint − analytic|   = {maxAdjointDifference:E2} (reverse mode, same derivative)"));
        output.WriteLine($"chart: {path}");
        if (maxDifference > Tolerance || maxAdjointDifference > Tolerance)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED: the difference exceeds {Tolerance:E0}"));
            return 1;
        }
        return 0;
    }

    private static double MaxAbs(double[] values)
    {
        double max = 0;
        foreach (double v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }
        return max;
    }
}
