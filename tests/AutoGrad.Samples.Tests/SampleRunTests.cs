using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace AutoGrad.Samples.Tests;

/// <summary>Runs every sample at small size (<c>--quick</c>), in-process, and checks what it prints and writes.</summary>
public class SampleRunTests
{
    [Fact]
    public void Optimization_prints_a_row_per_function_and_method_and_writes_a_chart_per_function()
    {
        using var folder = new TempFolder("autograd-sample-optimization");
        var output = new StringWriter();

        int exitCode = Optimization.Program.Run(new[] { "--quick", "--out", folder.Path }, output);

        string text = output.ToString();
        Assert.True(exitCode == 0, text);
        string[] functions = { "Rosenbrock", "Beale", "Goldstein-Price", "Booth", "(x+5)²+(y+3)²" };
        string[] methods = { "GD", "GD + Nesterov", "Adam", "L-BFGS" };
        foreach (string function in functions)
        {
            foreach (string method in methods)
            {
                Assert.Contains(text.Split('\n'), line => line.StartsWith(function) && line.Contains($" {method} "));
            }
        }
        // L-BFGS rows: converged, within 1e-6 of the optimum (the distance column).
        var lbfgsRows = text.Split('\n').Where(line => line.Contains(" L-BFGS ")).ToList();
        Assert.Equal(functions.Length, lbfgsRows.Count);
        foreach (string row in lbfgsRows)
        {
            Assert.Contains("Converged", row);
            string[] columns = Regex.Split(row.Substring(row.IndexOf(" L-BFGS ") + 8).Trim(), @"\s+");
            double distance = double.Parse(columns[3], CultureInfo.InvariantCulture);
            Assert.True(distance < 1e-6, row);
        }

        foreach (string name in new[] { "rosenbrock", "beale", "goldstein-price", "booth", "quadratic" })
        {
            XDocument svg = XDocument.Load(Path.Combine(folder.Path, name + ".svg"));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            var lines = svg.Descendants().Where(e => e.Name.LocalName == "polyline").ToList();
            Assert.Equal(methods.Length, lines.Count);
            Assert.All(lines, line => Assert.True(line.Attribute("points")!.Value.Split(' ').Length >= 2, name));
        }
    }

    [Fact]
    public void DerivativePlot_finds_the_generated_derivatives_equal_to_the_analytic_ones()
    {
        using var folder = new TempFolder("autograd-sample-derivative");
        var output = new StringWriter();

        int exitCode = DerivativePlot.Program.Run(new[] { "--quick", "--out", folder.Path }, output);

        string text = output.ToString();
        Assert.True(exitCode == 0, text);
        Match match = Regex.Match(text, @"max \|generated − analytic\| = (\S+)");
        Assert.True(match.Success, text);
        Assert.True(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) <= 1e-12, text);

        XDocument svg = XDocument.Load(Path.Combine(folder.Path, "derivative.svg"));
        var lines = svg.Descendants().Where(e => e.Name.LocalName == "polyline").ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, line => Assert.Equal(51, line.Attribute("points")!.Value.Split(' ').Length));

        // tanh and its four derivatives: one curve each, and a table row per point matching the closed forms.
        XDocument tanhSvg = XDocument.Load(Path.Combine(folder.Path, "tanh-derivatives.svg"));
        var tanhLines = tanhSvg.Descendants().Where(e => e.Name.LocalName == "polyline").ToList();
        Assert.Equal(5, tanhLines.Count);
        Assert.All(tanhLines, line => Assert.Equal(61, line.Attribute("points")!.Value.Split(' ').Length));
        foreach (double x in new[] { -2, -1, 0, 0.5, 1, 2 })
        {
            string prefix = x.ToString("F2", CultureInfo.InvariantCulture).PadLeft(6) + " ";
            string row = Assert.Single(text.Split('\n'), line => line.StartsWith(prefix));
            double[] columns = Regex.Split(row.Trim(), @"\s+").Skip(1).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(4, columns.Length);
            for (int order = 1; order <= 4; order++)
            {
                Assert.Equal(DerivativePlot.Activation.ClosedFormDerivative(order, x), columns[order - 1], 1e-6);
            }
        }
        Match tanhCheck = Regex.Match(text, @"max \|generated − closed form\|, orders 1 to 4: (\S+) (\S+) (\S+) (\S+)");
        Assert.True(tanhCheck.Success, text);
        Assert.All(tanhCheck.Groups.Values.Skip(1), g => Assert.True(double.Parse(g.Value, CultureInfo.InvariantCulture) <= 1e-12, text));
    }

    [Fact]
    public void DerivativePlot_derivative_matches_the_formula_at_a_point()
    {
        double x = 0.3;
        (double value, double derivative) = DerivativePlot.Wave.FTangent(x, 1.0);

        Assert.Equal(Math.Sin(2 * Math.PI * x + x * x), value, 15);
        Assert.Equal(Math.Cos(2 * Math.PI * x + x * x) * (2 * Math.PI + 2 * x), derivative, 13);
    }

    [Fact]
    public void NeuralNetwork_learns_two_moons_to_over_90_percent_test_accuracy()
    {
        var output = new StringWriter();

        int exitCode = NeuralNetwork.Program.Run(new[] { "--quick" }, output);

        string text = output.ToString();
        Assert.True(exitCode == 0, text);
        Match final = Regex.Match(text, @"Final: loss ([0-9.]+) after (\d+) epochs.*accuracy (\S+) % on training data, (\S+) % on test data");
        Assert.True(final.Success, text);
        double loss = double.Parse(final.Groups[1].Value, CultureInfo.InvariantCulture);
        double testAccuracy = double.Parse(final.Groups[4].Value, CultureInfo.InvariantCulture);
        Assert.True(testAccuracy > 90, text);
        // The loss printed at epoch 0 is that of the random start; training must have cut it.
        Match first = Regex.Match(text, @"epoch\s+0: loss ([0-9.]+)");
        Assert.True(loss < 0.5 * double.Parse(first.Groups[1].Value, CultureInfo.InvariantCulture), text);
        Match check = Regex.Match(text, @"worst relative error (\S+)");
        Assert.True(double.Parse(check.Groups[1].Value, CultureInfo.InvariantCulture) < 1e-6, text);
    }

    [Fact]
    public void Finance_prints_generated_Greeks_that_match_the_closed_forms()
    {
        var output = new StringWriter();

        int exitCode = Finance.Program.Run(new[] { "--quick" }, output);

        string text = output.ToString();
        Assert.True(exitCode == 0, text);
        foreach (string greek in new[] { "price", "delta", "vega", "rho", "theta" })
        {
            Assert.Equal(2, Regex.Matches(text, $@"^\s+{greek}\s", RegexOptions.Multiline).Count);
        }
        Match worst = Regex.Match(text, @"largest difference, relative to max\(1, \|value\|\): (\S+)");
        Assert.True(double.Parse(worst.Groups[1].Value, CultureInfo.InvariantCulture) <= Finance.Program.Tolerance, text);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(0.5, 0.6914624612740131)]
    [InlineData(1.0, 0.8413447460685429)]
    [InlineData(-1.0, 0.15865525393145707)]
    [InlineData(2.0, 0.9772498680518208)]
    [InlineData(-3.0, 0.0013498980316300945)]
    [InlineData(-7.0, 1.279812543885835e-12)]
    public void Finance_normal_CDF_matches_reference_values(double x, double expected)
    {
        Assert.Equal(expected, Finance.Normal.Cdf(x), expected * 1e-14);
    }

    [Fact]
    public void Finance_generated_density_is_the_derivative_of_the_CDF_to_3e_minus_15()
    {
        for (double x = -8; x <= 8; x += 0.01)
        {
            double slope = 0;
            Finance.Normal.CdfAdjoint(x, ref slope);
            double density = Finance.Normal.Density(x);
            Assert.True(Math.Abs(slope - density) <= 3e-15 * density, $"x = {x}: {slope:R} vs {density:R}");
        }
    }

    [Fact]
    public void Finance_one_adjoint_call_gives_all_four_Greeks()
    {
        // At the money, one year, r = 5%, σ = 20%: the textbook example.
        Finance.Greeks greeks = Finance.BlackScholes.FromAdjoint(100, 100, 1, 0.05, 0.2);

        Assert.Equal(10.450583572185565, greeks.Price, 1e-12);
        Assert.Equal(0.6368306511756191, greeks.Delta, 1e-12);
        Assert.Equal(37.52403469169379, greeks.Vega, 1e-11);
        Assert.Equal(53.232481545376345, greeks.Rho, 1e-11);
        Assert.Equal(-6.414027546438197, greeks.Theta, 1e-11);
    }
}
