using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Compound assignments (+= −= *= /= %=). The plain operators are rows of <see cref="Cases.BinaryCases"/>
/// and unary minus a row of <see cref="Cases.UnaryCases"/>.
/// </summary>
public sealed class OperatorTests
{
    private static readonly Companions Compound = new(
        "CompoundAssignments", 2,
        x => Operators.CompoundAssignments(x[0], x[1]),
        (x, v) => Operators.CompoundAssignmentsTangent(x[0], v[0], x[1], v[1]),
        (x, a, seed) => Operators.CompoundAssignmentsAdjoint(x[0], ref a[0], x[1], ref a[1], seed));

    [Theory]
    [InlineData(1.5, 0.5)]
    [InlineData(-2.0, 3.0)]
    [InlineData(4.0, -1.0)]
    [InlineData(9.0, 0.2)]
    public void Compound_assignments_match_the_closed_form(double a, double b)
    {
        // s = ((a + b)·a − b) / (2 + b²) and the result is 2·(s % 5): the constant divisor of % leaves slope 1.
        double q = 2.0 + (b * b);
        double u = ((a + b) * a) - b;
        double dsda = ((2.0 * a) + b) / q;
        double dsdb = (((a - 1.0) * q) - (u * 2.0 * b)) / (q * q);
        CompanionChecks.AgreeWith(Compound, new[] { a, b }, new[] { 2.0 * dsda, 2.0 * dsdb });
    }

    [Theory]
    [InlineData(1.5, 0.5)]
    [InlineData(-2.0, 3.0)]
    [InlineData(9.0, 0.2)]
    public void Compound_assignments_match_finite_differences(double a, double b) =>
        CompanionChecks.AgreeWithFiniteDifferences(Compound, new[] { a, b });
}
