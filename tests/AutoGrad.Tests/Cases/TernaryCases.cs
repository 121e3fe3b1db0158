using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;

namespace AutoGrad.Tests.Cases;

/// <summary>The three-argument primitives' companions, shared by the smooth-point and the kink tests.</summary>
public static class TernaryCases
{
    public static readonly Companions FusedMultiplyAdd = new(
        "FusedMultiplyAdd", 3,
        x => BinaryPrimitives.FusedMultiplyAdd(x[0], x[1], x[2]),
        (x, v) => BinaryPrimitives.FusedMultiplyAddTangent(x[0], v[0], x[1], v[1], x[2], v[2]),
        (x, a, seed) => BinaryPrimitives.FusedMultiplyAddAdjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], seed));

    public static readonly Companions Clamp = new(
        "Clamp", 3,
        x => BinaryPrimitives.Clamp(x[0], x[1], x[2]),
        (x, v) => BinaryPrimitives.ClampTangent(x[0], v[0], x[1], v[1], x[2], v[2]),
        (x, a, seed) => BinaryPrimitives.ClampAdjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], seed));
}
