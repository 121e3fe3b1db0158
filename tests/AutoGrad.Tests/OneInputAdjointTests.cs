using System;
using AutoGrad.Samples.Finance;
using AutoGrad.Tests.Functions;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// The Adjoint of a scalar function of one scalar runs forward mode, with the reverse sweep as its
/// fallback on a NaN: checked against closed forms, central differences and the Tangent, including
/// the contract's seed and accumulation, and a point where forward mode alone would give NaN.
/// </summary>
public sealed class OneInputAdjointTests
{
    [Theory]
    [InlineData(-1.7)]
    [InlineData(-0.3)]
    [InlineData(0.8)]
    [InlineData(1.9)]
    [InlineData(4.5)]
    public void Branchy_matches_its_closed_form_differences_and_tangent(double x)
    {
        double adjoint = 0;
        double value = OneInput.BranchyAdjoint(x, ref adjoint);
        Assert.Equal(OneInput.Branchy(x), value);
        Assert.Equal(OneInput.BranchyDerivative(x), adjoint, 1e-13);
        Assert.Equal(OneInput.BranchyTangent(x, 1.0).Tangent, adjoint, 1e-15);
        double h = 1e-6;
        Assert.Equal((OneInput.Branchy(x + h) - OneInput.Branchy(x - h)) / (2 * h), adjoint, 1e-7);
    }

    [Fact]
    public void The_seed_scales_what_is_added_and_a_zero_seed_adds_nothing()
    {
        double adjoint = 10.0;
        OneInput.BranchyAdjoint(0.8, ref adjoint, seed: -2.5);
        Assert.Equal(10.0 - 2.5 * OneInput.BranchyDerivative(0.8), adjoint, 1e-13);

        double untouched = 10.0;
        OneInput.ThroughInfinityAdjoint(0.5, ref untouched, seed: 0.0);
        Assert.Equal(10.0, untouched);
    }

    [Theory]
    [InlineData(-2.2)]
    [InlineData(-0.013)]
    [InlineData(0.5)]
    [InlineData(1.3)]
    [InlineData(7.0)]
    public void Codys_normal_cdf_gives_the_density(double x)
    {
        double adjoint = 0;
        double value = Normal.CdfAdjoint(x, ref adjoint);
        Assert.Equal(Normal.Cdf(x), value);
        // The derivative of the approximation, not φ itself: equal to about 3e-15 relative (Normal's remarks).
        Assert.Equal(1.0, adjoint / Normal.Density(x), 1e-13);
    }

    [Fact]
    public void Where_an_infinite_intermediate_meets_a_zero_partial_both_modes_give_the_zero_rule()
    {
        // Min's unused argument is x² / 0 = ∞: it gets exactly 0 back, in both modes.
        Assert.Equal(3.0, OneInput.ThroughInfinityTangent(0.5, 1.0).Tangent);
        double adjoint = 0;
        double value = OneInput.ThroughInfinityAdjoint(0.5, ref adjoint);
        Assert.Equal(2.0 + 1.5, value);
        Assert.Equal(3.0, adjoint);
    }

    [Fact]
    public void Where_the_forward_body_meets_zero_times_infinity_the_reverse_sweep_answers()
    {
        // The Tangent follows the zero rule (∞ tangent of x / 0 times Atan2's zero partial there is 0);
        // the Adjoint's forward body does not, gets NaN, and falls back on its reverse sweep.
        Assert.Equal(3.0, OneInput.ThroughInfiniteAngleTangent(0.5, 1.0).Tangent);
        double adjoint = 0;
        double value = OneInput.ThroughInfiniteAngleAdjoint(0.5, ref adjoint);
        Assert.Equal(1.5, value);
        Assert.Equal(3.0, adjoint);
    }

    [Fact]
    public void An_instance_method_reads_its_instance_in_both_modes()
    {
        var scaled = new Scaled(1.5);
        double adjoint = 0;
        Assert.Equal(1.5 * 8.0, scaled.CubeAdjoint(2.0, ref adjoint));
        Assert.Equal(4.5 * 4.0, adjoint, 1e-14);
    }

    [Fact]
    public void The_adjoint_allocates_nothing()
    {
        double adjoint = 0;
        OneInput.BranchyAdjoint(-0.3, ref adjoint);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            OneInput.BranchyAdjoint(-0.3 + i * 1e-3, ref adjoint);
        }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
