using AutoGrad.Benchmarks.Problems.LotkaVolterra;
using BenchmarkDotNet.Attributes;

namespace AutoGrad.Benchmarks.Suites;

/// <summary>RK4 over 10,000 steps; the gradient with respect to the initial state and the four rates.</summary>
[MemoryDiagnoser]
public class LotkaVolterraBenchmarks
{
    private readonly LotkaVolterraProblem _problem = new();

    [Benchmark(Baseline = true)]
    public double Primal() => _problem.Primal();

    [Benchmark]
    public double HandWrittenGradient() => _problem.HandWritten();

    [Benchmark]
    public double GeneratedAdjoint() => _problem.GeneratedAdjoint();

    [Benchmark]
    public double GeneratedTangent() => _problem.GeneratedTangent();

    [Benchmark]
    public void FiniteDifferences() => _problem.FiniteDifferences();

    [Benchmark]
    public double Tape() => _problem.Tape();
}
