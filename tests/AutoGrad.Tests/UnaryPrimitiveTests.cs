using AutoGrad.Tests.Cases;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Each one-argument primitive's companions against its analytic derivative.</summary>
public sealed class UnaryPrimitiveTests
{
    public static TheoryData<string, double> Points => UnaryCases.Points();

    [Theory]
    [MemberData(nameof(Points))]
    public void Companions_match_the_analytic_derivative(string primitive, double x)
    {
        UnaryCase c = UnaryCases.All[primitive];
        CompanionChecks.AgreeWith(c.AsCompanions(primitive), new[] { x }, new[] { c.Derivative(x) });
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Tangent_is_linear_in_the_direction(string primitive, double x)
    {
        UnaryCase c = UnaryCases.All[primitive];
        const double direction = -3.5;
        (double value, double tangent) = c.Tangent(x, direction);
        Approx.Equal(c.Primal(x), value, $"{primitive}({x}) value");
        Approx.Equal(direction * c.Derivative(x), tangent, $"{primitive}'({x}) along {direction}");
    }

    /// <summary>Guards the table itself: a typo in an analytic derivative would pass or fail tests for the wrong reason.</summary>
    [Theory]
    [MemberData(nameof(Points))]
    public void Analytic_derivative_in_the_table_matches_finite_differences(string primitive, double x)
    {
        UnaryCase c = UnaryCases.All[primitive];
        double numeric = FiniteDifferences.Derivative(c.Primal, x, c.FiniteDifferenceStep(x));
        Approx.Equal(numeric, c.Derivative(x), $"{primitive}'({x}) analytic vs numeric",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(c.Primal(x)));
    }
}
