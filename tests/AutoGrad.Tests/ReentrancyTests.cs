using System;
using System.Threading.Tasks;
using AutoGrad.Tests.Functions;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Adjoint companions of looping methods keep their tape per call: running them on many threads at once
/// gives bit-for-bit the results of running them one after another.
/// </summary>
public sealed class ReentrancyTests
{
    private const int Calls = 3000;

    [Fact]
    public void Looping_adjoints_on_many_threads_match_sequential_results()
    {
        var sequential = new double[Calls][];
        for (int i = 0; i < Calls; i++)
        {
            sequential[i] = Run(i);
        }

        var parallel = new double[Calls][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(8, Environment.ProcessorCount * 2) };
        Parallel.For(0, Calls, options, i => parallel[i] = Run(i));

        for (int i = 0; i < Calls; i++)
        {
            Assert.True(
                sequential[i].AsSpan().SequenceEqual(parallel[i]),
                $"call {i}: sequential ({string.Join(", ", sequential[i])}) vs parallel ({string.Join(", ", parallel[i])})");
        }
    }

    /// <summary>Value and adjoints of one of three looping methods, with a tape length that varies with i.</summary>
    private static double[] Run(int i)
    {
        double a = 0.3 + (0.05 * (i % 17));
        double b = 0.5 + (0.1 * (i % 11));
        double c = 1.0 + (i % 5);
        double da = 0;
        double db = 0;
        double dc = 0;
        double value;
        switch (i % 3)
        {
            case 0:
                value = Decay.RungeKutta4Adjoint(a, ref da, b, ref db, c, ref dc, 10 + (i % 97));
                break;
            case 1:
                value = Loops.FirstCrossingAdjoint(a, ref da, b * c, ref db);
                break;
            default:
                value = Loops.SkipDiagonalAdjoint(a, ref da, b, ref db, i % 9) + Recursion.HornerAdjoint(a, ref dc, 0, i % 13);
                break;
        }
        return new[] { value, da, db, dc };
    }
}
