using System;
using System.Linq;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// The zero rule: a zero factor in the chain rule contributes 0, even against an infinite one. Max's losing
/// argument, or a partial that is 0 at the point, once met √'s infinite partial at 0 in the reverse sweep and
/// gave NaN where forward mode was right.
/// </summary>
public sealed class KinkIntoSingularTests
{
    private static readonly double[] P = [100.0, 0.04, 3.0, 0.1, 0.9, -0.6, 1.0];
    private static readonly double[] Normals = [0.3, 2.8, 0.1, -1.9, -0.2, 1.4, 0.5, 2.2, -0.7, 0.4, 1.1, 0.9];

    [Fact]
    public void Heston_with_full_truncation_has_finite_derivatives_where_the_variance_goes_negative()
    {
        double[] variances = Heston.Variances(P, Normals);
        Assert.Contains(variances, v => v < 0);
        Assert.Contains(variances.Skip(variances.ToList().FindIndex(v => v < 0)), v => v > 0);

        var gradient = new double[P.Length];
        Heston.TerminalAdjoint(P, gradient, Normals);
        Assert.All(gradient, g => Assert.True(double.IsFinite(g), "every component finite: " + Approx.Format(gradient)));
        Assert.True(gradient[2] != 0, "κ moves the price once the variance is positive again");
        ArrayChecks.AgreeWithDifferences(p => Heston.Terminal(p, Normals), (p, g) => Heston.TerminalAdjoint(p, g, Normals),
            (p, v) => Heston.TerminalTangent(p, v, Normals).Tangent, P, "Heston");
        HessianChecks.AgreeWithDifferences((x, xt, xa, xat, s, st) => Heston.TerminalAdjointTangent(x, xt, xa, xat, Normals, s, st),
            (p, g) => Heston.TerminalAdjoint(p, g, Normals), P, "Heston", relative: 1e-5);
    }

    [Fact]
    public void A_distance_at_coincident_points_takes_the_kink_convention_in_both_modes()
    {
        double[] a = [1.0, 1.0, 2.0];
        var gradient = new double[3];
        Heston.GapAdjoint(a, gradient);
        // √(dx²) = |dx|, whose derivative at 0 is taken as 0 (as Abs'(0)); a₀a₂ gives (a₂, 0, a₀).
        Matrices.Equal(new[] { 2.0, 0.0, 1.0 }, gradient, "∇ at dx = 0");
        Approx.Equal(2.0 * 0.3 + (1.0 * -0.5), Heston.GapTangent(a, [0.3, 0.3, -0.5]).Tangent, "Tangent along dx = 0");
        // Not at order 2: there the partial 0.5 / √0 is itself an infinite value that forward over reverse differentiates.
    }

    [Fact]
    public void A_distance_away_from_coincident_points_has_its_Hessian()
    {
        double[] a = [1.0, 0.4, 2.0];
        HessianChecks.AgreeWithDifferences(Heston.GapAdjointTangent, (x, g) => Heston.GapAdjoint(x, g), a, "Gap");
    }
}
