using AutoGrad.Benchmarks.Problems.Mlp;
using BenchmarkDotNet.Attributes;

namespace AutoGrad.Benchmarks.Suites;

/// <summary>
/// The 100-128-10 classifier's loss over a batch of 64. No forward sweeps or finite differences:
/// with 14,218 parameters they would take 14,218 and 28,436 evaluations per gradient.
/// </summary>
[MemoryDiagnoser]
public class MlpBenchmarks
{
    private readonly MlpProblem _problem = new();

    [Benchmark(Baseline = true)]
    public double Primal() => _problem.Primal();

    [Benchmark]
    public double HandWrittenGradient() => _problem.HandWritten();

    [Benchmark]
    public double GeneratedAdjoint() => _problem.GeneratedAdjoint();

    [Benchmark]
    public double Tape() => _problem.Tape();
}
