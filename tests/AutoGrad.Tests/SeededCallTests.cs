using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Calls whose Adjoint runs in the forward sweep of a fused loop (see <see cref="SeededCalls"/>; the
/// generator's SeededCallTests check which are): gradients against central differences, forward against
/// reverse, and the Hessian (forward over reverse, which keeps the plain calls) against differences of the gradient.
/// </summary>
public sealed class SeededCallTests
{
    private static readonly double[] X = [0.8, -1.3, 0.4, 1.1, -0.2, 0.6, 0.9];

    [Fact]
    public void A_call_summed_twice_and_a_scalar_call_match_differences() =>
        ArrayChecks.AgreeWithDifferences(SeededCalls.Mixture, (x, g) => SeededCalls.MixtureAdjoint(x, g),
            (x, v) => SeededCalls.MixtureTangent(x, v).Tangent, X, "Mixture");

    [Fact]
    public void The_Hessian_of_a_sum_of_calls_matches_differences_of_the_gradient()
    {
        double[,] hessian = Derivatives.Hessian(SeededCalls.MixtureAdjointTangent, X);
        Func<double[], double[]> gradient = p => Derivatives.Gradient(SeededCalls.MixtureAdjoint, p);
        Matrices.Equal(FiniteDifferences.Jacobian(gradient, X), hessian, "H vs central differences of the gradient", FiniteDifferences.Relative, 1e-7);
    }

    [Fact]
    public void Near_misses_that_keep_the_call_and_its_adjoint_apart_match_differences()
    {
        ArrayChecks.AgreeWithDifferences(SeededCalls.NotOnlySummed, (x, g) => SeededCalls.NotOnlySummedAdjoint(x, g),
            (x, v) => SeededCalls.NotOnlySummedTangent(x, v).Tangent, X, "NotOnlySummed");
        ArrayChecks.AgreeWithDifferences(SeededCalls.ArgumentChangedAfter, (x, g) => SeededCalls.ArgumentChangedAfterAdjoint(x, g),
            (x, v) => SeededCalls.ArgumentChangedAfterTangent(x, v).Tangent, X, "ArgumentChangedAfter");
    }
}
