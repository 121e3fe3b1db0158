using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Instance [Differentiable] methods get instance companions.</summary>
public sealed class InstanceMethodTests
{
    private readonly Spring _spring = new();

    [Theory]
    [InlineData(2.0, 0.5)]
    [InlineData(10.0, -3.0)]
    public void Instance_method_has_instance_companions(double stiffness, double x)
    {
        Spring spring = _spring;
        var energy = new Companions(
            "Spring.Energy", 2,
            p => spring.Energy(p[0], p[1]),
            (p, v) => spring.EnergyTangent(p[0], v[0], p[1], v[1]),
            (p, a, seed) => spring.EnergyAdjoint(p[0], ref a[0], p[1], ref a[1], seed));
        CompanionChecks.AgreeWith(energy, new[] { stiffness, x }, new[] { 0.5 * x * x, stiffness * x });
    }

    [Theory]
    [InlineData(0.5, 2.0, 0.1)]
    [InlineData(-1.5, -0.3, 2.0)]
    public void Instance_method_calling_another_instance_method_chains_its_companions(double x, double v, double damping)
    {
        Spring spring = _spring;
        var damped = new Companions(
            $"Spring.Damped(damping = {damping})", 2,
            p => spring.Damped(p[0], p[1], damping),
            (p, d) => spring.DampedTangent(p[0], d[0], p[1], d[1], damping),
            (p, a, seed) => spring.DampedAdjoint(p[0], ref a[0], p[1], ref a[1], damping, seed));
        CompanionChecks.AgreeWith(damped, new[] { x, v }, new[] { 4.0 * x, v * Math.Exp(-damping) });
    }
}
