using AutoGrad.Benchmarks.Problems.BlackScholes;
using BenchmarkDotNet.Attributes;

namespace AutoGrad.Benchmarks.Suites;

/// <summary>The call price and its five partials (delta, strike, −theta, rho, vega).</summary>
[MemoryDiagnoser]
public class BlackScholesBenchmarks
{
    private readonly BlackScholesProblem _problem = new();

    [Benchmark(Baseline = true)]
    public double Primal() => _problem.Primal();

    [Benchmark]
    public double HandWrittenGradient() => _problem.HandWritten();

    [Benchmark]
    public double GeneratedAdjoint() => _problem.GeneratedAdjoint();

    [Benchmark]
    public double GeneratedAdjointWithKnownDensity() => _problem.GeneratedAdjointWithKnownDensity();

    [Benchmark]
    public double GeneratedTangent() => _problem.GeneratedTangent();

    [Benchmark]
    public void FiniteDifferences() => _problem.FiniteDifferences();

    [Benchmark]
    public double Tape() => _problem.Tape();
}
