using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace AutoGrad.Benchmarks.Infrastructure;

/// <summary>The configuration every run uses: the default one, or the quick one for a smoke run.</summary>
public static class BenchmarkConfig
{
    /// <summary>
    /// A few short iterations in this process (no per-benchmark build): a whole run in a few
    /// minutes, good enough to see that everything works and the rough ratios, not for publishing.
    /// </summary>
    public static readonly Job Quick = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(5)
        .WithIterationTime(TimeInterval.FromMilliseconds(100))
        .WithId("Quick");

    /// <summary>Drops the cases a <see cref="MaxSizeAttribute"/> rules out.</summary>
    public static readonly IFilter SizeFilter = new SimpleFilter(WithinSizeLimit);

    public static IConfig Create(bool quick)
    {
        ManualConfig config = ManualConfig.Create(DefaultConfig.Instance)
            .AddFilter(SizeFilter)
            .AddColumn(new VersusHandWrittenColumn());
        return quick ? config.AddJob(Quick) : config;
    }

    private static bool WithinSizeLimit(BenchmarkCase benchmarkCase)
    {
        MaxSizeAttribute? limit = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<MaxSizeAttribute>();
        object? size = benchmarkCase.Parameters.Items.FirstOrDefault(parameter => parameter.Name == "N")?.Value;
        return limit is null || size is not int n || n <= limit.Size;
    }
}
