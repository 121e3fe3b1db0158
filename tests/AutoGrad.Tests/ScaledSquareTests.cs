using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// c·v·v differentiated as one operation, partial 2c·v (see the generator's Derivatives.ScaledSquare):
/// gradient against the closed form and central differences, Tangent against Adjoint, Hessian against the closed form.
/// </summary>
public sealed class ScaledSquareTests
{
    public static TheoryData<double[]> Points => new()
    {
        new[] { 0.7, -1.3, 0.4 },
        new[] { -2.0, 0.5, -3.0 },
        new[] { 0.0, 0.0, -1.0 },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Gradient_matches_the_closed_form_and_central_differences(double[] x)
    {
        double[] gradient = Derivatives.Gradient(ScaledSquares.SpellingsAdjoint, x);
        Matrices.Equal(ScaledSquares.Gradient(x), gradient, "∇f vs closed form", Approx.Tight, 1e-13);
        ArrayChecks.AgreeWithDifferences(ScaledSquares.Spellings, (p, a) => ScaledSquares.SpellingsAdjoint(p, a),
            (p, v) => ScaledSquares.SpellingsTangent(p, v).Tangent, x, new[] { 0.3, -0.8, 1.1 }, "Spellings");
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Hessian_matches_the_closed_form(double[] x) =>
        Matrices.Equal(ScaledSquares.Hessian(x), Derivatives.Hessian(ScaledSquares.SpellingsAdjointTangent, x), "H vs closed form", Approx.Tight, 1e-12);
}
