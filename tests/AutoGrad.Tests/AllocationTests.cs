using System;
using AutoGrad.Tests.Functions;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Companions allocate nothing per call: straight-line code needs no tape, and looping code rents its
/// tape from ArrayPool, so after a warm-up the pool serves every call.
/// </summary>
public sealed class AllocationTests
{
    private const int Calls = 10_000;

    [Fact]
    public void Straight_line_companions_allocate_nothing()
    {
        Assert.Equal(0L, AllocatedBy(StraightLine));
    }

    [Fact]
    public void Looping_companions_allocate_nothing_after_warm_up()
    {
        Assert.Equal(0L, AllocatedBy(Looping));
    }

#if !AUTOGRAD_UNOPTIMIZED
    // Renting work arrays is an optimization (ScratchArrays): without the optimizing passes the Adjoint allocates them.
    [Fact]
    public void Adjoints_with_local_work_arrays_allocate_nothing_after_warm_up()
    {
        Assert.Equal(0L, AllocatedBy(WorkArrays));
    }
#endif

    private static long AllocatedBy(Func<int, double> calls)
    {
        // On a thread of its own: what other tests left in this thread's caches (Scratch) is not this test's.
        long allocated = 0;
        double sink = 0;
        var thread = new System.Threading.Thread(() =>
        {
            // JIT, tiering and the pool's first rentals may allocate; only the steady state counts.
            calls(Calls);
            long before = GC.GetAllocatedBytesForCurrentThread();
            sink = calls(Calls);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        thread.Start();
        thread.Join();
        Assert.False(double.IsNaN(sink));
        return allocated;
    }

    private static readonly double[] Theta = new double[(FusedNests.Features * FusedNests.Hidden) + FusedNests.Hidden];
    private static readonly double[] ThetaAdjoint = new double[Theta.Length];
    private static readonly double[] Inputs = new double[2 * FusedNests.Features];
    private static readonly double[] Targets = [0.3, -0.2];
    private static readonly double[] Mixture = new double[2 * InPlaceUpdates.Stride];
    private static readonly double[] MixtureAdjoint = new double[Mixture.Length];
    private static readonly double[] Points = new double[3 * InPlaceUpdates.Size];

    /// <summary>A network's loss and a mixture's likelihood, whose local arrays and their adjoints the Adjoints rent from Scratch.</summary>
    private static double WorkArrays(int calls)
    {
        double sink = 0;
        for (int i = 0; i < calls / 10; i++)
        {
            Theta[i % Theta.Length] = 0.001 * i;
            Points[i % Points.Length] = 0.01 * i;
            sink += FusedNests.NetworkAdjoint(Theta, ThetaAdjoint, Inputs, Targets);
            sink += InPlaceUpdates.DiscountedMixtureAdjoint(Mixture, MixtureAdjoint, Points);
        }
        return sink;
    }

    private static double StraightLine(int calls)
    {
        double sink = 0;
        for (int i = 0; i < calls; i++)
        {
            double x = 0.001 * i;
            double dx = 0;
            double dy = 0;
            sink += SpecExamples.PolynomialAdjoint(x, ref dx, 1.5, ref dy, 2.0) + dx + dy;
            sink += SpecExamples.PolynomialTangent(x, 1.0, 1.5, 0.0).Tangent;
            sink += SpecExamples.ChainAdjoint(x, ref dx) + SpecExamples.ChainTangent(x, 1.0).Tangent;
            sink += Branches.EarlyReturnsAdjoint(x, ref dx, 0.5, ref dy) + Branches.TernariesTangent(x, 1.0, 0.5, 0.0).Tangent;
        }
        return sink;
    }

    private static double Looping(int calls)
    {
        double sink = 0;
        for (int i = 0; i < calls / 10; i++)
        {
            double x = 0.5 + (0.0001 * i);
            double dx = 0;
            double dy = 0;
            double dz = 0;
            sink += Decay.RungeKutta4Adjoint(1.0, ref dx, x, ref dy, 2.0, ref dz, 200) + dx + dy + dz;
            sink += Decay.RungeKutta4Tangent(1.0, 0.0, x, 1.0, 2.0, 0.0, 200).Tangent;
            sink += SpecExamples.TaylorSinAdjoint(x, ref dx) + Loops.FirstCrossingAdjoint(x, ref dx, 3.0, ref dy);
            sink += Loops.NewtonSqrtAdjoint(x, ref dx) + Recursion.HornerAdjoint(x, ref dx, 0, 12);
        }
        return sink;
    }
}
