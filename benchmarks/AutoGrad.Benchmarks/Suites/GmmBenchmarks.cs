using AutoGrad.Benchmarks.Problems.Gmm;
using BenchmarkDotNet.Attributes;

namespace AutoGrad.Benchmarks.Suites;

/// <summary>
/// ADBench's GMM objective at d = 10, k = 25, n = 1,000. No forward sweeps or finite differences: with
/// 1,650 parameters they would take 1,650 and 3,300 evaluations per gradient.
/// </summary>
[MemoryDiagnoser]
public class GmmBenchmarks
{
    private readonly GmmProblem _problem = new();

    [Benchmark(Baseline = true)]
    public double Primal() => _problem.Primal();

    [Benchmark]
    public double HandWrittenGradient() => _problem.HandWritten();

    [Benchmark]
    public double GeneratedAdjoint() => _problem.GeneratedAdjoint();

    [Benchmark]
    public double Tape() => _problem.Tape();
}
