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
}
