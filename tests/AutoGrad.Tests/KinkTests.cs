using AutoGrad.Tests.Cases;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// The conventions where a primitive has no derivative: Abs′(0) = 0, a Max/Min tie splits ½ / ½, and
/// Clamp at a bound gives ½ to the value and ½ to the bound (the same numbers a central difference gives).
/// </summary>
public sealed class KinkTests
{
    [Fact]
    public void Abs_at_zero_has_derivative_zero()
    {
        CompanionChecks.AgreeWith(UnaryCases.All["Abs"].AsCompanions("Abs"), new[] { 0.0 }, new[] { 0.0 }, 0.0, 0.0);
    }

    [Theory]
    [InlineData("Max", 1.5)]
    [InlineData("Max", -2.0)]
    [InlineData("Min", 1.5)]
    [InlineData("Min", 0.0)]
    public void Tie_splits_the_derivative_half_and_half(string primitive, double x)
    {
        Companions f = BinaryCases.All[primitive].AsCompanions(primitive);
        CompanionChecks.AgreeWith(f, new[] { x, x }, new[] { 0.5, 0.5 }, 0.0, 0.0);
        // Along the diagonal the function is the identity: the halves must add up to 1.
        Approx.Equal(1.0, f.Tangent(new[] { x, x }, new[] { 1.0, 1.0 }).Tangent, $"{primitive}(x, x) along (1, 1)");
    }

    [Theory]
    [InlineData(-1.0, -1.0, 2.0, 0.5, 0.5, 0.0)]
    [InlineData(2.0, -1.0, 2.0, 0.5, 0.0, 0.5)]
    public void Clamp_at_a_bound_splits_between_value_and_bound(double value, double min, double max, double dValue, double dMin, double dMax)
    {
        CompanionChecks.AgreeWith(TernaryCases.Clamp, new[] { value, min, max }, new[] { dValue, dMin, dMax }, 0.0, 0.0);
    }
}
