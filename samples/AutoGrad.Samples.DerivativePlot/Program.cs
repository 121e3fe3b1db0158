using System;
using System.Globalization;
using System.IO;

namespace AutoGrad.Samples.DerivativePlot;

/// <summary>
/// Plots f(x) = sin(2πx + x²), its derivative from the generated <c>FTangent</c>, and the derivative
/// worked out by hand, on [0, 1]; prints how far apart the derivatives are (the generated
/// <c>FAdjoint</c> is checked too). Then plots tanh and its first four derivatives on [-3, 3], from the
/// generated higher-order companions (<c>[Differentiable(Order = 4)]</c>), prints them at a few points
/// and checks them against their closed forms.
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
        return PlotTanhDerivatives(options, output);
    }

    /// <summary>The points of the printed table: both signs, the origin, and where tanh starts to saturate.</summary>
    private static readonly double[] TablePoints = { -2, -1, 0, 0.5, 1, 2 };

    private static readonly string[] OrderNames = { "tanh x", "d tanh/dx", "d² tanh/dx²", "d³ tanh/dx³", "d⁴ tanh/dx⁴" };

    private static int PlotTanhDerivatives(SampleArguments options, TextWriter output)
    {
        int samples = options.Quick ? 61 : 601;

        var xs = new double[samples];
        var curves = new double[Activation.MaxOrder + 1][];
        for (int order = 0; order <= Activation.MaxOrder; order++)
        {
            curves[order] = new double[samples];
        }
        // Index 0 unused: the value needs no check, orders 1..4 are compared with their closed forms.
        var maxDifference = new double[Activation.MaxOrder + 1];
        for (int i = 0; i < samples; i++)
        {
            double x = -3 + 6.0 * i / (samples - 1);
            xs[i] = x;
            for (int order = 0; order <= Activation.MaxOrder; order++)
            {
                curves[order][i] = Activation.Derivative(order, x);
                if (order > 0)
                {
                    double difference = Math.Abs(curves[order][i] - Activation.ClosedFormDerivative(order, x));
                    maxDifference[order] = Math.Max(maxDifference[order], difference);
                }
            }
        }

        var chart = new SvgLineChart("tanh x and its first four derivatives, generated", "x", "value");
        for (int order = 0; order <= Activation.MaxOrder; order++)
        {
            chart.Add(OrderNames[order], xs, curves[order]);
        }
        string path = options.OutputFile("tanh-derivatives.svg");
        chart.Save(path);

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tanh x on [-3, 3], {samples} points: derivatives 1 to 4 from TanhTangent … TanhTangentTangentTangentTangent"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"x",6} {OrderNames[1],12} {OrderNames[2],12} {OrderNames[3],12} {OrderNames[4],12}"));
        foreach (double x in TablePoints)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{x,6:F2} {Activation.Derivative(1, x),12:F6} {Activation.Derivative(2, x),12:F6} {Activation.Derivative(3, x),12:F6} {Activation.Derivative(4, x),12:F6}"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"max |generated − closed form|, orders 1 to 4: {maxDifference[1]:E2} {maxDifference[2]:E2} {maxDifference[3]:E2} {maxDifference[4]:E2}"));
        output.WriteLine($"chart: {path}");
        if (MaxAbs(maxDifference) > Tolerance)
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
