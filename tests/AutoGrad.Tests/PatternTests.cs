using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary><c>is</c> patterns (relational, constant, <c>and</c>, <c>or</c>, <c>not</c>) as conditions, in both modes and at order 2.</summary>
public sealed class PatternTests
{
    [Theory]
    [InlineData(-0.5, 0.0, 0.0)]
    [InlineData(0.5, 0.75, 3.0)]
    [InlineData(2.0, 3.0, 0.0)]
    public void Each_piece_of_a_ramp_has_its_derivatives(double t, double first, double second) =>
        ScalarChecks.AgreeWith(Patterns.Ramp, Patterns.RampAdjoint, Patterns.RampTangent, Patterns.RampTangentTangent, t, first, second);

    [Theory]
    [InlineData(0.5, 2.0, 2.0, 0.5)]
    [InlineData(1.0, 2.0, 0.0, 1.0)]
    [InlineData(0.5, -1.0, 0.0, 1.0)]
    public void A_condition_of_and_or_not_patterns_picks_the_branch_C_sharp_picks(double x, double y, double dx, double dy)
    {
        double xAdjoint = 0, yAdjoint = 0;
        Approx.Equal(Patterns.Gated(x, y), Patterns.GatedAdjoint(x, ref xAdjoint, y, ref yAdjoint), "value");
        Approx.Equal(dx, xAdjoint, "∂/∂x");
        Approx.Equal(dy, yAdjoint, "∂/∂y");
        Approx.Equal((0.3 * dx) - (0.7 * dy), Patterns.GatedTangent(x, 0.3, y, -0.7).Tangent, "Tangent vs closed form");
    }
}
