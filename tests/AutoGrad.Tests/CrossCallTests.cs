using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// [Differentiable] methods calling those of another class declared in another file, and an ordinary
/// int helper called with int arguments only.
/// </summary>
public sealed class CrossCallTests
{
    private static readonly Companions SpringEnergy = new(
        "Physics.SpringEnergy", 3,
        x => Physics.SpringEnergy(x[0], x[1], x[2]),
        (x, v) => Physics.SpringEnergyTangent(x[0], v[0], x[1], v[1], x[2], v[2]),
        (x, a, seed) => Physics.SpringEnergyAdjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], seed));

    [Theory]
    [InlineData(3.0, 4.0, 2.0)]
    [InlineData(-0.3, 0.4, 10.0)]
    [InlineData(1e-3, -2.0, 0.5)]
    public void Call_into_another_class_chains_the_callee_companions(double px, double py, double k)
    {
        double r = Math.Sqrt((px * px) + (py * py));
        double[] expected = { k * (r - 1) * px / r, k * (r - 1) * py / r, 0.5 * (r - 1) * (r - 1) };
        CompanionChecks.AgreeWith(SpringEnergy, new[] { px, py, k }, expected);
    }

    [Theory]
    [InlineData(1.5, -2.0, 0.3, 4.0, 3)]
    [InlineData(-1.0, 0.5, 2.0, -1.0, 0)]
    [InlineData(2.0, 1.0, -3.0, 0.5, 10)]
    public void Loop_of_calls_with_an_int_helper_bound_matches_the_closed_form(double fx, double fy, double dx, double dy, int n)
    {
        var work = new Companions(
            $"Physics.Work(n = {n})", 4,
            x => Physics.Work(x[0], x[1], x[2], x[3], n),
            (x, v) => Physics.WorkTangent(x[0], v[0], x[1], v[1], x[2], v[2], x[3], v[3], n),
            (x, a, seed) => Physics.WorkAdjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], x[3], ref a[3], n, seed));
        // Σ_{i<S} (fx·(i+1)/S)·(dx/S) + fy·dy/S = fx·dx·(S+1)/(2S) + fy·dy, with S = Segments(n).
        int s = Physics.Segments(n);
        double ramp = (s + 1.0) / (2.0 * s);
        CompanionChecks.AgreeWith(work, new[] { fx, fy, dx, dy }, new[] { dx * ramp, dy, fx * ramp, fy });
    }

    [Theory]
    [InlineData(3.0, 4.0)]
    [InlineData(-1e-3, 2.0)]
    public void Callee_companions_work_on_their_own(double x, double y)
    {
        var norm = new Companions(
            "Geometry.Norm", 2,
            p => Geometry.Norm(p[0], p[1]),
            (p, v) => Geometry.NormTangent(p[0], v[0], p[1], v[1]),
            (p, a, seed) => Geometry.NormAdjoint(p[0], ref a[0], p[1], ref a[1], seed));
        double r = Math.Sqrt((x * x) + (y * y));
        CompanionChecks.AgreeWith(norm, new[] { x, y }, new[] { x / r, y / r });
    }
}
