using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// c·v·v is one operation with partial 2c·v, so its reverse is one product where the chain rule
/// through a temporary t = c·v took three; and c·u·v (two operands) is left to the chain rule.
/// </summary>
public sealed class ScaledSquareTests
{
    private const string Source = """
        using AutoGrad;

        public static partial class Work
        {
            [Differentiable]
            public static double Penalty(double b) => 100.0 * b * b;

            [Differentiable]
            public static double Mirrored(double b) => b * (0.5 * b);

            [Differentiable]
            public static double Product(double u, double v) => 100.0 * u * v;
        }
        """;

    [Fact]
    public void A_constant_times_a_square_keeps_one_statement_and_takes_partial_2c_v()
    {
        GeneratorRun run = GeneratorHarness.Run(Source);
        string penalty = run.CompanionsOf("Penalty");
        Assert.Contains("t0 = 100.0 * b * b;", penalty);
        Assert.Contains("bBar = t0Bar * (200.0 * b);", penalty);
        Assert.Contains("t0Tangent = bTangent * (200.0 * b);", penalty);
        Assert.DoesNotContain("t1", penalty);

        string mirrored = run.CompanionsOf("Mirrored");
        Assert.Contains("t0 = b * (0.5 * b);", mirrored);
        Assert.Contains("bBar = t0Bar * b;", mirrored);
    }

    [Fact]
    public void A_constant_times_two_different_operands_goes_through_the_chain_rule()
    {
        string product = GeneratorHarness.Run(Source).CompanionsOf("Product");
        Assert.Contains("t0 = 100.0 * u;", product);
        Assert.Contains("t1 = t0 * v;", product);
    }
}
