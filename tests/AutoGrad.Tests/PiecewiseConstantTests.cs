using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Floor, Ceiling, Round, Truncate and Sign have derivative 0, alone and inside products.</summary>
public sealed class PiecewiseConstantTests
{
    public static TheoryData<string, double> Points()
    {
        var data = new TheoryData<string, double>();
        foreach (string name in new[] { "Floor", "Ceiling", "Round", "Truncate", "Sign" })
        {
            foreach (double x in new[] { -2.7, -1e-9, 0.3, 2.5, 1e6 + 0.5 })
            {
                data.Add(name, x);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Derivative_is_zero(string primitive, double x)
    {
        CompanionChecks.AgreeWith(Wrap(primitive), new[] { x }, new[] { 0.0 }, 0.0, 0.0);
    }

    [Theory]
    [InlineData(-2.7)]
    [InlineData(0.3)]
    [InlineData(3.9)]
    public void Product_with_floor_differentiates_only_the_other_factor(double x)
    {
        var f = new Companions("x·floor(x)", 1,
            p => Piecewise.TimesFloor(p[0]),
            (p, v) => Piecewise.TimesFloorTangent(p[0], v[0]),
            (p, a, seed) => Piecewise.TimesFloorAdjoint(p[0], ref a[0], seed));
        CompanionChecks.AgreeWith(f, new[] { x }, new[] { Math.Floor(x) });
    }

    [Theory]
    [InlineData(-2.7)]
    [InlineData(0.3)]
    public void Sign_times_x_has_derivative_sign(double x)
    {
        var f = new Companions("sign(x)·x", 1,
            p => Piecewise.SignTimes(p[0]),
            (p, v) => Piecewise.SignTimesTangent(p[0], v[0]),
            (p, a, seed) => Piecewise.SignTimesAdjoint(p[0], ref a[0], seed));
        CompanionChecks.AgreeWith(f, new[] { x }, new[] { (double)Math.Sign(x) });
    }

    private static Companions Wrap(string primitive) => primitive switch
    {
        "Floor" => new(primitive, 1, p => Piecewise.Floor(p[0]), (p, v) => Piecewise.FloorTangent(p[0], v[0]), (p, a, s) => Piecewise.FloorAdjoint(p[0], ref a[0], s)),
        "Ceiling" => new(primitive, 1, p => Piecewise.Ceiling(p[0]), (p, v) => Piecewise.CeilingTangent(p[0], v[0]), (p, a, s) => Piecewise.CeilingAdjoint(p[0], ref a[0], s)),
        "Round" => new(primitive, 1, p => Piecewise.Round(p[0]), (p, v) => Piecewise.RoundTangent(p[0], v[0]), (p, a, s) => Piecewise.RoundAdjoint(p[0], ref a[0], s)),
        "Truncate" => new(primitive, 1, p => Piecewise.Truncate(p[0]), (p, v) => Piecewise.TruncateTangent(p[0], v[0]), (p, a, s) => Piecewise.TruncateAdjoint(p[0], ref a[0], s)),
        "Sign" => new(primitive, 1, p => Piecewise.Sign(p[0]), (p, v) => Piecewise.SignTangent(p[0], v[0]), (p, a, s) => Piecewise.SignAdjoint(p[0], ref a[0], s)),
        _ => throw new ArgumentOutOfRangeException(nameof(primitive), primitive, null),
    };
}
