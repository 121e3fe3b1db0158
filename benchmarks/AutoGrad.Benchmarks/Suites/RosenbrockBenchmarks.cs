using AutoGrad.Benchmarks.Infrastructure;
using AutoGrad.Benchmarks.Problems.Rosenbrock;
using BenchmarkDotNet.Attributes;

namespace AutoGrad.Benchmarks.Suites;

/// <summary>Extended Rosenbrock. Forward sweeps only at n = 10; finite differences up to n = 1,000.</summary>
[MemoryDiagnoser]
public class RosenbrockBenchmarks
{
    private RosenbrockProblem _problem = null!;

    [Params(10, 1_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _problem = new RosenbrockProblem(N);

    [Benchmark(Baseline = true)]
    public double Primal() => _problem.Primal();

    [Benchmark]
    public double HandWrittenGradient() => _problem.HandWritten();

    /// <summary>The hand-written gradient adding into a cleared gradient, as the Adjoint does: the contract's own cost.</summary>
    [Benchmark]
    public double HandWrittenAccumulating() => _problem.HandWrittenAccumulating();

    [Benchmark]
    public double GeneratedAdjoint() => _problem.GeneratedAdjoint();

    [Benchmark, MaxSize(10)]
    public double GeneratedTangent() => _problem.GeneratedTangent();

    [Benchmark, MaxSize(1_000)]
    public void FiniteDifferences() => _problem.FiniteDifferences();

    [Benchmark]
    public double Tape() => _problem.Tape();
}
