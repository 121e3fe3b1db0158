using System;
using System.Threading;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using CsCheck;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// On random points, directions and seeds: seed·⟨∇f, v⟩ from Adjoint equals seed·Tangent along v
/// (to rounding), and both equal the central difference of f along v.
/// </summary>
public sealed class PropertyTests
{
    private const long Iterations = 300;

    private static readonly Gen<double> Unit = Gen.Double[-1.0, 1.0];

    [Fact]
    public void Rosenbrock() => Holds(
        new Companions("Rosenbrock", 2,
            x => Mixed.Rosenbrock(x[0], x[1]),
            (x, v) => Mixed.RosenbrockTangent(x[0], v[0], x[1], v[1]),
            (x, a, s) => Mixed.RosenbrockAdjoint(x[0], ref a[0], x[1], ref a[1], s)),
        Gen.Double[-2.0, 2.0], smooth: true);

    [Fact]
    public void Smooth_composition_of_primitives() => Holds(
        new Companions("Mixed.Smooth", 3,
            x => Mixed.Smooth(x[0], x[1], x[2]),
            (x, v) => Mixed.SmoothTangent(x[0], v[0], x[1], v[1], x[2], v[2]),
            (x, a, s) => Mixed.SmoothAdjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], s)),
        Gen.Double[-3.0, 3.0], smooth: true);

    [Fact]
    public void Cross_class_call() => Holds(
        new Companions("Physics.SpringEnergy", 3,
            x => Physics.SpringEnergy(x[0], x[1], x[2]),
            (x, v) => Physics.SpringEnergyTangent(x[0], v[0], x[1], v[1], x[2], v[2]),
            (x, a, s) => Physics.SpringEnergyAdjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], s)),
        Gen.Double[0.1, 3.0], smooth: true);

    [Fact]
    public void Loop_with_branches_calls_and_kinks()
    {
        int compared = Holds(
            new Companions("Mixed.Branchy", 3,
                x => Mixed.Branchy(x[0], x[1], x[2]),
                (x, v) => Mixed.BranchyTangent(x[0], v[0], x[1], v[1], x[2], v[2]),
                (x, a, s) => Mixed.BranchyAdjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], s)),
            Gen.Double[-2.0, 2.0], smooth: false);
        // Points next to a kink are skipped; most points are not, or the property would test little.
        Assert.True(compared > Iterations / 2, $"only {compared} of {Iterations} points were compared with finite differences");
    }

    [Fact]
    public void Runge_Kutta_with_a_random_step_count()
    {
        Gen.Select(Gen.Int[1, 60], Gen.Double[0.1, 3.0].Array[3], Unit.Array[3], Gen.Double[0.5, 3.0])
            .Sample((steps, x, v, seed) =>
            {
                var rk4 = new Companions($"Decay.RungeKutta4(steps = {steps})", 3,
                    p => Decay.RungeKutta4(p[0], p[1], p[2], steps),
                    (p, d) => Decay.RungeKutta4Tangent(p[0], d[0], p[1], d[1], p[2], d[2], steps),
                    (p, a, s) => Decay.RungeKutta4Adjoint(p[0], ref a[0], p[1], ref a[1], p[2], ref a[2], steps, s));
                Agree(rk4, x, v, seed, smooth: true);
            }, iter: Iterations);
    }

    /// <returns>How many points were also compared with finite differences.</returns>
    private static int Holds(Companions f, Gen<double> coordinate, bool smooth)
    {
        int compared = 0;
        Gen.Select(coordinate.Array[f.Arity], Unit.Array[f.Arity], Gen.Double[0.5, 3.0])
            .Sample((x, v, seed) =>
            {
                if (Agree(f, x, v, seed, smooth))
                {
                    Interlocked.Increment(ref compared);
                }
            }, iter: Iterations);
        return compared;
    }

    /// <returns>Whether the point was also compared with finite differences.</returns>
    private static bool Agree(Companions f, double[] x, double[] v, double seed, bool smooth)
    {
        string at = $"{f.Name} at {Approx.Format(x)} along {Approx.Format(v)}, seed {seed}";
        var adjoint = new double[f.Arity];
        double value = f.Adjoint(x, adjoint, seed);
        (double tangentValue, double tangent) = f.Tangent(x, v);
        double primal = f.Primal(x);
        Approx.Equal(primal, value, $"{at}: Adjoint's value");
        Approx.Equal(primal, tangentValue, $"{at}: Tangent's value");

        double dot = 0;
        double magnitude = 0;
        for (int i = 0; i < f.Arity; i++)
        {
            dot += adjoint[i] * v[i];
            magnitude += Math.Abs(adjoint[i] * v[i]);
        }
        Approx.Equal(seed * tangent, dot, $"{at}: seed·Tangent vs ⟨Adjoint, v⟩", Approx.Tight, (Approx.Tight * magnitude) + Approx.Ulps);

        double numeric;
        if (smooth)
        {
            numeric = FiniteDifferences.Directional(f.Primal, x, v, 1e-3);
        }
        else if (!FiniteDifferences.TryDirectional(f.Primal, x, v, out numeric))
        {
            return false;
        }
        Approx.Equal(numeric, tangent, $"{at}: Tangent vs finite differences", FiniteDifferences.Relative, FiniteDifferences.Absolute(primal));
        return true;
    }
}
