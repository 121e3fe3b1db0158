using System;
using System.Collections.Generic;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>The Adjoint of an array-returning method returns the method's value, whatever the reverse sweep did to its locals.</summary>
public sealed class ArrayReturnValueTests
{
    private static readonly Dictionary<string, (Func<double[], double[]> Primal, VectorAdjoint Adjoint, double[] X)> Cases = new()
    {
        ["PolarToCartesian"] = (ArraysMaps.PolarToCartesian, ArraysMaps.PolarToCartesianAdjoint, new[] { 1.5, 0.4 }),
        ["Softplus (Clone, then overwrite)"] = (ArraysMaps.Softplus, ArraysMaps.SoftplusAdjoint, new[] { -1.0, 0.5, 2.0 }),
        ["Identity"] = (ArraysShapes.Identity, ArraysShapes.IdentityAdjoint, new[] { -1.0, 0.5, 2.0 }),
        ["Nonlinear3x4"] = (ArraysMaps.Nonlinear3x4, ArraysMaps.Nonlinear3x4Adjoint, new[] { 0.3, -1.2, 0.7, 2.0 }),
        ["ReversedProducts"] = (ArraysShapes.ReversedProducts, ArraysShapes.ReversedProductsAdjoint, new[] { 0.3, -1.2, 0.7, 2.0 }),
        ["Ramp"] = (ArraysShapes.Ramp, ArraysShapes.RampAdjoint, new[] { 0.3, -1.2, 0.7, 2.0 }),
        ["TanhAffine"] = (
            p => ArraysCalls.TanhAffine(p, 0.8, -0.2),
            (p, a, s) => { double da = 0, db = 0; return ArraysCalls.TanhAffineAdjoint(p, a, 0.8, ref da, -0.2, ref db, s); },
            new[] { -0.4, 0.1, 0.9 }),
        ["GaussSeidelHeat"] = (
            p => ArraysInPlace.GaussSeidelHeat(p, 0.3, 3),
            (p, a, s) => { double dr = 0; return ArraysInPlace.GaussSeidelHeatAdjoint(p, a, 0.3, ref dr, 3, s); },
            new[] { 0.2, -0.5, 0.9, 0.1, 0.4 }),
    };

    [Theory]
    [InlineData("PolarToCartesian")]
    [InlineData("Softplus (Clone, then overwrite)")]
    [InlineData("Identity")]
    [InlineData("Nonlinear3x4")]
    [InlineData("ReversedProducts")]
    [InlineData("Ramp")]
    [InlineData("TanhAffine")]
    [InlineData("GaussSeidelHeat")]
    public void Adjoint_returns_the_value_of_the_method(string name)
    {
        (Func<double[], double[]> primal, VectorAdjoint adjoint, double[] x) = Cases[name];
        double[] expected = primal(x);
        double[] value = adjoint(x, new double[x.Length], Matrices.Random(expected.Length, seed: 8));
        Matrices.Equal(expected, value, $"{name}: value returned by Adjoint");
    }
}
