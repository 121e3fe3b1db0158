using System.Linq;
using System.Text.RegularExpressions;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// q = a / b divides once when both operands are active. In reverse a's adjoint gets s = q̄ / b and b's gets
/// −s·q; in forward mode q̇ = (ȧ − ḃ·q) / b (the partials 1/b and −q/b would take two divisions). Each guard
/// against 0·∞ stays.
/// </summary>
public sealed class QuotientTests
{
    private const string Source = """
        using AutoGrad;

        public static partial class Work
        {
            [Differentiable]
            public static double Ratio(double a, double b) => a / b;

            [Differentiable]
            public static double Scaled(double a, double b) => a / 4.0 + 2.0 / b;
        }
        """;

    private static string ReverseSweepOf(string method)
    {
        string adjoint = GeneratorHarness.Run(Source).AdjointOf(method);
        return adjoint.Substring(adjoint.IndexOf("// Reverse sweep", System.StringComparison.Ordinal));
    }

    /// <summary>The lines of <paramref name="method"/>'s Tangent that compute tangents, not the value.</summary>
    private static string TangentOf(string method)
    {
        string companions = GeneratorHarness.Run(Source).CompanionsOf(method);
        int start = companions.IndexOf(method + "Tangent(", System.StringComparison.Ordinal);
        string body = companions.Substring(start, companions.IndexOf(method + "Adjoint(", start, System.StringComparison.Ordinal) - start);
        return string.Join("\n", body.Split('\n').Where(line => line.Contains("Tangent = ", System.StringComparison.Ordinal)));
    }

    /// <summary>Divisions in code, not in the comments that quote the source.</summary>
    private static int Divisions(string code) =>
        code.Split('\n').Where(line => !line.TrimStart().StartsWith("//", System.StringComparison.Ordinal))
            .Sum(line => Regex.Matches(line, " / ").Count);

    [Fact]
    public void A_quotient_of_two_active_operands_divides_once_in_reverse()
    {
        string reverse = ReverseSweepOf("Ratio");
        Assert.Equal(1, Divisions(reverse));
        Assert.Contains("t0BarPerDivisor = t0Bar == 0.0 ? 0.0 : t0Bar / b;", reverse);
        Assert.Contains("aBar = t0BarPerDivisor;", reverse);
        Assert.Contains("bBar = t0Bar == 0.0 ? 0.0 : -(t0BarPerDivisor * t0);", reverse);
    }

    [Fact]
    public void A_quotient_with_one_active_operand_keeps_its_single_partial()
    {
        string reverse = ReverseSweepOf("Scaled");
        Assert.DoesNotContain("PerDivisor", reverse);
        Assert.Equal(2, Divisions(reverse));
    }

    [Fact]
    public void A_quotient_of_two_active_operands_divides_once_in_forward_mode()
    {
        string tangent = TangentOf("Ratio");
        Assert.Equal(1, Divisions(tangent));
        Assert.Contains("t0Tangent = aTangent - (bTangent == 0.0 ? 0.0 : bTangent * t0);", tangent);
        Assert.Contains("t0Tangent = t0Tangent == 0.0 ? 0.0 : t0Tangent / b;", tangent);
    }

    [Fact]
    public void A_quotient_with_one_active_operand_keeps_its_single_partial_in_forward_mode()
    {
        string tangent = TangentOf("Scaled");
        Assert.DoesNotContain("t0Tangent = t0Tangent", tangent);
        Assert.Equal(2, Divisions(tangent));
    }
}
