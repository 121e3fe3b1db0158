using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Values the reverse sweep recomputes rather than records must be the forward iteration's values:
/// gradients against central differences and against forward mode.
/// </summary>
public sealed class RecomputeTests
{
    private static readonly int[] Doublings = [0, 2, 1];

    public static TheoryData<string> Names => new() { "Nested", "Carried", "Skipping", "SteppedMidway", "Oscillator", "OperandDoubledInALoop" };

    private static (Func<double[], double> F, ScalarAdjoint Adjoint, Func<double[], double[], double> Directional) Of(string name) => name switch
    {
        "Nested" => (p => Recompute.Nested(p[..^1], p[^1]),
            (p, a, s) =>
            {
                double cBar = 0;
                var xBar = new double[p.Length - 1];
                double value = Recompute.NestedAdjoint(p[..^1], xBar, p[^1], ref cBar, s);
                xBar.CopyTo(a, 0);
                a[^1] += cBar;
                return value;
            },
            (p, v) => Recompute.NestedTangent(p[..^1], v[..^1], p[^1], v[^1]).Tangent),
        "Carried" => (Recompute.Carried, (p, a, s) => Recompute.CarriedAdjoint(p, a, s), (p, v) => Recompute.CarriedTangent(p, v).Tangent),
        "Skipping" => (p => Recompute.Skipping(p, 2.0), (p, a, s) =>
            {
                double limitBar = 0;
                return Recompute.SkippingAdjoint(p, a, 2.0, ref limitBar, s);
            },
            (p, v) => Recompute.SkippingTangent(p, v, 2.0, 0.0).Tangent),
        "Oscillator" => (p => Recompute.Oscillator(p, 0.1, 50), (p, a, s) =>
            {
                double hBar = 0;
                return Recompute.OscillatorAdjoint(p, a, 0.1, ref hBar, 50, s);
            },
            (p, v) => Recompute.OscillatorTangent(p, v, 0.1, 0.0, 50).Tangent),
        "OperandDoubledInALoop" => (p => Recompute.OperandDoubledInALoop(p, Doublings), (p, a, s) => Recompute.OperandDoubledInALoopAdjoint(p, a, Doublings, s),
            (p, v) => Recompute.OperandDoubledInALoopTangent(p, v, Doublings).Tangent),
        _ => (Recompute.SteppedMidway, (p, a, s) => Recompute.SteppedMidwayAdjoint(p, a, s), (p, v) => Recompute.SteppedMidwayTangent(p, v).Tangent),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Recomputed_values_give_the_gradient_of_central_differences_and_of_forward_mode(string name)
    {
        var (f, adjoint, directional) = Of(name);
        // Mixed signs and sizes: Skipping breaks at 1.8² > 2 and skips the negative entries.
        double[] x = [0.4, -0.7, 1.1, 0.2, -0.3, 0.9, 1.8, 0.5, 0.6];
        double[] gradient = Derivatives.Gradient(adjoint, x);
        Matrices.Equal(FiniteDifferences.Gradient(f, x), gradient, $"{name}: gradient vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(f(x)));
        double[] v = Matrices.Random(x.Length, seed: 40);
        Approx.Equal(Vectors.Dot(gradient, v), directional(x, v), $"{name}: Tangent vs ⟨∇, v⟩", Approx.Tight, 1e-13);
    }
}
