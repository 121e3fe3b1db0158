using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Loops that record nothing for values only read after them (see <see cref="UnreadRestores"/>; the
/// generator's UnreadRestoreTests check what is recorded): gradients against central differences, forward against reverse.
/// </summary>
public sealed class UnreadRestoreTests
{
    private static readonly double[] X = [0.8, -1.3, 0.4, 1.1, -0.2, 0.6, 0.9, -0.7];

    [Fact]
    public void Element_sums_read_after_the_loop_match_differences() =>
        ArrayChecks.AgreeWithDifferences(UnreadRestores.Buckets, (x, g) => UnreadRestores.BucketsAdjoint(x, g),
            (x, v) => UnreadRestores.BucketsTangent(x, v).Tangent, X, "Buckets");

    [Fact]
    public void A_sum_updated_in_either_branch_matches_differences() =>
        ArrayChecks.AgreeWithDifferences(UnreadRestores.BranchySum, (x, g) => UnreadRestores.BranchySumAdjoint(x, g),
            (x, v) => UnreadRestores.BranchySumTangent(x, v).Tangent, X, "BranchySum");

    [Fact]
    public void Updates_that_read_other_elements_match_differences() =>
        ArrayChecks.AgreeWithDifferences(UnreadRestores.BucketsReadInLoop, (x, g) => UnreadRestores.BucketsReadInLoopAdjoint(x, g),
            (x, v) => UnreadRestores.BucketsReadInLoopTangent(x, v).Tangent, X, "BucketsReadInLoop");
}
