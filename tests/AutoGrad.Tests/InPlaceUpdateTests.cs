using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Work arrays updated in place after their fill (see <see cref="InPlaceUpdates"/>; the generator's
/// SupersededRestoreTests check which updates record): every gradient against central differences,
/// forward against reverse.
/// </summary>
public sealed class InPlaceUpdateTests
{
    private static readonly double[] X = [0.8, -1.3, 0.4, 1.1, -0.2, 0.6, 0.9];

    private static double[] Direction(int length)
    {
        var v = new double[length];
        for (int i = 0; i < length; i++)
        {
            v[i] = Math.Sin((2 * i) + 1);
        }
        return v;
    }

    [Fact]
    public void A_triangle_built_in_place_after_its_fill_matches_differences()
    {
        var random = new Random(11);
        var theta = new double[3 * InPlaceUpdates.Stride];
        for (int i = 0; i < theta.Length; i++)
        {
            theta[i] = random.NextDouble() - 0.5;
        }
        var points = new double[5 * InPlaceUpdates.Size];
        for (int i = 0; i < points.Length; i++)
        {
            points[i] = (2 * random.NextDouble()) - 1;
        }
        ArrayChecks.AgreeWithDifferences(t => InPlaceUpdates.DiscountedMixture(t, points), (t, g) => InPlaceUpdates.DiscountedMixtureAdjoint(t, g, points),
            (t, v) => InPlaceUpdates.DiscountedMixtureTangent(t, v, points).Tangent, theta, Direction(theta.Length), "DiscountedMixture");
    }

    [Fact]
    public void Updates_whose_old_values_are_read_in_between_match_differences()
    {
        ArrayChecks.AgreeWithDifferences(InPlaceUpdates.ReadBetween, (x, g) => InPlaceUpdates.ReadBetweenAdjoint(x, g),
            (x, v) => InPlaceUpdates.ReadBetweenTangent(x, v).Tangent, X, Direction(X.Length), "ReadBetween");
        ArrayChecks.AgreeWithDifferences(InPlaceUpdates.FillReadsItself, (x, g) => InPlaceUpdates.FillReadsItselfAdjoint(x, g),
            (x, v) => InPlaceUpdates.FillReadsItselfTangent(x, v).Tangent, X, Direction(X.Length), "FillReadsItself");
    }

    /// <summary>
    /// 40 trips record 9 values each (4 elements whole, 5 scalars): room made before the loop for the scalars
    /// alone would be used up by the elements, and a scalar's unchecked push would run off the buffer.
    /// </summary>
    [Fact]
    public void A_fill_recorded_whole_beside_a_carried_scalar_matches_differences()
    {
        double[] x = Matrices.Random(40, seed: 21);
        ArrayChecks.AgreeWithDifferences(InPlaceUpdates.CarriedFill, (p, g) => InPlaceUpdates.CarriedFillAdjoint(p, g),
            (p, v) => InPlaceUpdates.CarriedFillTangent(p, v).Tangent, x, Direction(x.Length), "CarriedFill");
    }

    /// <summary>Forward over reverse through the whole-array records: the Hessian against central differences of the gradient.</summary>
    [Fact]
    public void The_Hessian_through_a_fill_recorded_whole_matches_differences_of_the_gradient()
    {
        double[] x = Matrices.Random(40, seed: 22);
        double[,] hessian = Derivatives.Hessian(InPlaceUpdates.CarriedFillAdjointTangent, x);
        Func<double[], double[]> gradient = p => Derivatives.Gradient(InPlaceUpdates.CarriedFillAdjoint, p);
        Matrices.Equal(FiniteDifferences.Jacobian(gradient, x), hessian, "H vs central differences of the gradient", FiniteDifferences.Relative, 1e-7);
    }

    [Fact]
    public void A_loop_that_reads_the_element_before_matches_differences() =>
        ArrayChecks.AgreeWithDifferences(InPlaceUpdates.ChainedFill, (p, g) => InPlaceUpdates.ChainedFillAdjoint(p, g),
            (p, v) => InPlaceUpdates.ChainedFillTangent(p, v).Tangent, X, Direction(X.Length), "ChainedFill");
}
