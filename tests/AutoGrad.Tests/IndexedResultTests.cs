using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// An element of an array-valued call (<c>Softmax(w)[0]</c>), of a returned matrix, or of a choice between
/// arrays: both companions once took such a value as a constant and returned a zero gradient.
/// </summary>
public sealed class IndexedResultTests
{
    private static readonly double[] W = [1.0, 2.0, 3.0];

    [Fact]
    public void Cross_entropy_of_an_indexed_softmax_has_the_closed_form_gradient()
    {
        var gradient = new double[W.Length];
        IndexedResults.LossAdjoint(W, gradient);
        double[] p = IndexedResults.Softmax(W);
        // −log pₖ has gradient p − eₖ.
        Matrices.Equal(new[] { p[0] - 1, p[1], p[2] }, gradient, "∇ −log softmax(w)₀");
        Matrices.Equal(new[] { -0.90997, 0.24473, 0.66524 }, gradient, "the issue's numbers", 0, 5e-6);
        ArrayChecks.AgreeWithDifferences(IndexedResults.Loss, (w, g) => IndexedResults.LossAdjoint(w, g), (w, v) => IndexedResults.LossTangent(w, v).Tangent, W, "Loss");
        HessianChecks.AgreeWithDifferences(IndexedResults.LossAdjointTangent, (w, g) => IndexedResults.LossAdjoint(w, g), W, "Loss");
    }

    [Fact]
    public void A_call_indexed_by_its_own_length_matches_differences()
    {
        ArrayChecks.AgreeWithDifferences(IndexedResults.Last, (w, g) => IndexedResults.LastAdjoint(w, g), (w, v) => IndexedResults.LastTangent(w, v).Tangent, W, "Last");
        HessianChecks.AgreeWithDifferences(IndexedResults.LastAdjointTangent, (w, g) => IndexedResults.LastAdjoint(w, g), W, "Last");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_element_of_a_choice_between_arrays_has_the_derivative_of_the_one_chosen(bool first)
    {
        double[] a = [1.5, -2.0], b = [0.5, 3.0];
        double[] aAdjoint = new double[2], bAdjoint = new double[2];
        double value = IndexedResults.ChosenAdjoint(a, aAdjoint, b, bAdjoint, first);
        Approx.Equal(IndexedResults.Chosen(a, b, first), value, "value");
        // first: a₁·a₀; otherwise b₁·a₀.
        Matrices.Equal(first ? new[] { a[1], a[0] } : new[] { b[1], 0.0 }, aAdjoint, "∂/∂a");
        Matrices.Equal(first ? new[] { 0.0, 0.0 } : new[] { 0.0, a[0] }, bAdjoint, "∂/∂b");
        double tangent = IndexedResults.ChosenTangent(a, [1.0, 0.5], b, [-1.0, 2.0], first).Tangent;
        Approx.Equal(aAdjoint[0] + (0.5 * aAdjoint[1]) - bAdjoint[0] + (2.0 * bAdjoint[1]), tangent, "Tangent vs Adjoint");
    }

    [Fact]
    public void An_element_of_a_returned_matrix_matches_the_closed_form()
    {
        double[] x = [0.7, -1.2, 0.4];
        var gradient = new double[x.Length];
        IndexedResults.OuterElementAdjoint(x, gradient);
        // x₀x₁ + sin(x₁²)
        Matrices.Equal(new[] { x[1], x[0] + (2 * x[1] * Math.Cos(x[1] * x[1])), 0.0 }, gradient, "∇");
        ArrayChecks.AgreeWithDifferences(IndexedResults.OuterElement, (w, g) => IndexedResults.OuterElementAdjoint(w, g), (w, v) => IndexedResults.OuterElementTangent(w, v).Tangent, x, "OuterElement");
        HessianChecks.AgreeWithDifferences(IndexedResults.OuterElementAdjointTangent, (w, g) => IndexedResults.OuterElementAdjoint(w, g), x, "OuterElement");
    }
}
