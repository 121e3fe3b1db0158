using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Issue #4, bad input must never break a build: thousands of random [Differentiable] methods, some
/// supported, some not, some broken. Each must get companions that compile and differentiate
/// correctly, or an AG diagnostic, or (for code that does not compile anyway) nothing that adds an
/// error; and the generator must never throw. Some use a derivative of a sibling as a value
/// (<c>GTangent(…).Tangent</c>), checked like any other method; some misuse it, which must get its AG0001.
/// </summary>
public sealed class FuzzTests
{
    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Random_methods_get_correct_companions_or_a_diagnostic()
    {
        FuzzSettings settings = FuzzSettings.FromEnvironment();
        var stopwatch = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var counts = new CheckCounts();
        var outcomes = new List<CaseOutcome>();
        for (int start = settings.First; start < settings.First + settings.Count; start += settings.BatchSize)
        {
            int size = Math.Min(settings.BatchSize, settings.First + settings.Count - start);
            FuzzCase[] cases = Enumerable.Range(start, size).Select(i => CaseFactory.Create(i, settings.RandomFor(i))).ToArray();
            outcomes.AddRange(FuzzBatch.Run(cases, settings, counts));
        }
        // CPU time too: on a shared machine the wall time says more about the neighbours than about the test.
        _output.WriteLine(FuzzReport.Summary(settings, outcomes, counts, stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu));

        CaseOutcome[] failures = outcomes.Where(o => o.Kind == Outcome.Failed).ToArray();
        Assert.True(failures.Length == 0, FuzzReport.Failures(settings, failures));
    }
}
