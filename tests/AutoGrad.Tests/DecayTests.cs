using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// A loop-carried variable updated many times: Euler and RK4 for dy/dt = −k·y, whose N steps multiply
/// y0 by a known factor, so value and gradient (in y0, k and t) have closed forms.
/// </summary>
public sealed class DecayTests
{
    /// <summary>N rounded multiplications differ from one Math.Pow by up to ~N ulps.</summary>
    private const double LoopRounding = 1e-11;

    [Theory]
    [InlineData(2.0, 0.7, 3.0, 1000)]
    [InlineData(-1.5, 2.0, 1.0, 50)]
    [InlineData(1.0, 0.1, 10.0, 200)]
    [InlineData(1.0, 0.1, 10.0, 1)]
    public void Euler_matches_the_closed_form_of_the_scheme(double y0, double k, double t, int steps)
    {
        double r = 1 - (k * t / steps);
        double rN1 = Math.Pow(r, steps - 1);
        Approx.Equal(y0 * rN1 * r, Decay.Euler(y0, k, t, steps), "y_N", LoopRounding);
        CompanionChecks.AgreeWith(Euler(steps), new[] { y0, k, t }, new[] { rN1 * r, -y0 * t * rN1, -y0 * k * rN1 }, LoopRounding);
    }

    [Theory]
    [InlineData(2.0, 0.7, 3.0, 1000)]
    [InlineData(-1.5, 2.0, 1.0, 50)]
    [InlineData(1.0, 0.1, 10.0, 200)]
    [InlineData(1.0, 0.1, 10.0, 1)]
    public void RungeKutta4_matches_the_closed_form_of_the_scheme(double y0, double k, double t, int steps)
    {
        double z = -k * t / steps;
        double r = 1 + z + (z * z / 2) + (z * z * z / 6) + (z * z * z * z / 24);
        double dr = 1 + z + (z * z / 2) + (z * z * z / 6);
        double rN1 = Math.Pow(r, steps - 1);
        Approx.Equal(y0 * rN1 * r, Decay.RungeKutta4(y0, k, t, steps), "y_N", LoopRounding);
        CompanionChecks.AgreeWith(RungeKutta4(steps), new[] { y0, k, t }, new[] { rN1 * r, -y0 * t * rN1 * dr, -y0 * k * rN1 * dr }, LoopRounding);
    }

    [Fact]
    public void RungeKutta4_sensitivities_approach_those_of_the_exact_solution()
    {
        // y = y0·e^(−kt): ∂y/∂y0 = e^(−kt), ∂y/∂k = −t·y, ∂y/∂t = −k·y. RK4's error at dt = 3e-3 is ~1e-12.
        const double y0 = 2.0, k = 0.7, t = 3.0;
        double y = y0 * Math.Exp(-k * t);
        double[] gradient = RungeKutta4(1000).Gradient(new[] { y0, k, t });
        Approx.Equal(Math.Exp(-k * t), gradient[0], "∂y/∂y0", 1e-9);
        Approx.Equal(-t * y, gradient[1], "∂y/∂k", 1e-9);
        Approx.Equal(-k * y, gradient[2], "∂y/∂t", 1e-9);
    }

    private static Companions Euler(int steps) => new(
        $"Decay.Euler(steps = {steps})", 3,
        x => Decay.Euler(x[0], x[1], x[2], steps),
        (x, v) => Decay.EulerTangent(x[0], v[0], x[1], v[1], x[2], v[2], steps),
        (x, a, seed) => Decay.EulerAdjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], steps, seed));

    private static Companions RungeKutta4(int steps) => new(
        $"Decay.RungeKutta4(steps = {steps})", 3,
        x => Decay.RungeKutta4(x[0], x[1], x[2], steps),
        (x, v) => Decay.RungeKutta4Tangent(x[0], v[0], x[1], v[1], x[2], v[2], steps),
        (x, a, seed) => Decay.RungeKutta4Adjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], steps, seed));
}
