using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Sums with nested loops and work arrays, fused or not (see <see cref="FusedNests"/>; the generator's
/// FusionTests check which are fused): every gradient against central differences, forward against reverse.
/// </summary>
public sealed class FusedNestTests
{
    private static readonly double[] X = [0.8, -1.3, 0.4, 1.1, -0.2, 0.6, 0.9];

    [Fact]
    public void A_network_loss_fused_per_sample_matches_differences()
    {
        var random = new Random(5);
        var theta = new double[(FusedNests.Features * FusedNests.Hidden) + FusedNests.Hidden];
        for (int i = 0; i < theta.Length; i++)
        {
            theta[i] = random.NextDouble() - 0.5;
        }
        const int batch = 5;
        var inputs = new double[batch * FusedNests.Features];
        for (int i = 0; i < inputs.Length; i++)
        {
            inputs[i] = (2 * random.NextDouble()) - 1;
        }
        var targets = new double[batch];
        for (int s = 0; s < batch; s++)
        {
            targets[s] = random.NextDouble();
        }
        ArrayChecks.AgreeWithDifferences(t => FusedNests.Network(t, inputs, targets), (t, g) => FusedNests.NetworkAdjoint(t, g, inputs, targets),
            (t, v) => FusedNests.NetworkTangent(t, v, inputs, targets).Tangent, theta, "Network");
    }

    [Fact]
    public void Near_misses_that_carry_array_values_between_iterations_match_differences()
    {
        ArrayChecks.AgreeWithDifferences(FusedNests.ReadBeforeFill, (x, g) => FusedNests.ReadBeforeFillAdjoint(x, g), (x, v) => FusedNests.ReadBeforeFillTangent(x, v).Tangent, X, "ReadBeforeFill");
        ArrayChecks.AgreeWithDifferences(FusedNests.PartialFill, (x, g) => FusedNests.PartialFillAdjoint(x, g), (x, v) => FusedNests.PartialFillTangent(x, v).Tangent, X, "PartialFill");
        ArrayChecks.AgreeWithDifferences(FusedNests.ReadAfter, (x, g) => FusedNests.ReadAfterAdjoint(x, g), (x, v) => FusedNests.ReadAfterTangent(x, v).Tangent, X, "ReadAfter");
        ArrayChecks.AgreeWithDifferences(FusedNests.FillReadsOthers, (x, g) => FusedNests.FillReadsOthersAdjoint(x, g), (x, v) => FusedNests.FillReadsOthersTangent(x, v).Tangent, X, "FillReadsOthers");
        ArrayChecks.AgreeWithDifferences(FusedNests.CarriedByInnerLoop, (x, g) => FusedNests.CarriedByInnerLoopAdjoint(x, g), (x, v) => FusedNests.CarriedByInnerLoopTangent(x, v).Tangent, X, "CarriedByInnerLoop");
    }
}
