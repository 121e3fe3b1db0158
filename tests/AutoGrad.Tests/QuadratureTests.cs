using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>A foreach over a static readonly table (was AG0001 while the same table through a local worked).</summary>
public sealed class QuadratureTests
{
    [Fact]
    public void A_rule_walked_from_a_readonly_field_has_the_closed_form_derivatives()
    {
        const double a = 0.7, b = -1.3;
        double aAdjoint = 0, bAdjoint = 0;
        double value = Quadrature.IntegralAdjoint(a, ref aAdjoint, b, ref bAdjoint);
        Approx.Equal(Quadrature.Sum((w, t) => w * Math.Exp(a * t) * Math.Cos(b * t)), value, "value");
        double da = Quadrature.Sum((w, t) => w * t * Math.Exp(a * t) * Math.Cos(b * t));
        double db = Quadrature.Sum((w, t) => -w * t * Math.Exp(a * t) * Math.Sin(b * t));
        Approx.Equal(da, aAdjoint, "∂/∂a");
        Approx.Equal(db, bAdjoint, "∂/∂b");
        Approx.Equal((0.4 * da) - (1.1 * db), Quadrature.IntegralTangent(a, 0.4, b, -1.1).Tangent, "Tangent vs closed form");
        // ∂²/∂a² along a twice.
        Approx.Equal(Quadrature.Sum((w, t) => w * t * t * Math.Exp(a * t) * Math.Cos(b * t)),
            Quadrature.IntegralTangentTangent(a, 1.0, 1.0, 0.0, b, 0.0, 0.0, 0.0).Tangent.Tangent, "∂²/∂a²");
    }
}
