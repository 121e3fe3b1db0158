using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Loops whose element reads stay in the loop (see <see cref="InvariantReads"/>; the generator's
/// InvariantElementTests check which reads move out, and <see cref="Triangles.SquaredNorm"/>, whose read
/// does, is checked in RegisterAccumulationTests): gradients against central differences, forward against reverse.
/// </summary>
public sealed class InvariantReadTests
{
    private static readonly double[] V = [0.8, -1.3, 0.4, 1.1, -0.2, 0.6];

    [Fact]
    public void Near_misses_match_differences()
    {
        ArrayChecks.AgreeWithDifferences(InvariantReads.Written, (v, g) => InvariantReads.WrittenAdjoint(v, g),
            (v, d) => InvariantReads.WrittenTangent(v, d).Tangent, V, "Written");
        ArrayChecks.AgreeWithDifferences(InvariantReads.ReadOnSomeRows, (v, g) => InvariantReads.ReadOnSomeRowsAdjoint(v, g),
            (v, d) => InvariantReads.ReadOnSomeRowsTangent(v, d).Tangent, V, "ReadOnSomeRows");
        ArrayChecks.AgreeWithDifferences(InvariantReads.HandedOn, (v, g) => InvariantReads.HandedOnAdjoint(v, g),
            (v, d) => InvariantReads.HandedOnTangent(v, d).Tangent, V, "HandedOn");
        ArrayChecks.AgreeWithDifferences(InvariantReads.Input, (v, g) => InvariantReads.InputAdjoint(v, g),
            (v, d) => InvariantReads.InputTangent(v, d).Tangent, V, "Input");
    }
}
