using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AutoGrad.Generator.Benchmarks;

/// <summary>
/// <c>--quick</c> runs a short in-process job (under a minute); every other argument goes to BenchmarkDotNet.
/// </summary>
public static class Program
{
    private static readonly Job Quick = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(5)
        .WithId("Quick");

    public static int Main(string[] args)
    {
        bool quick = args.Contains("--quick");
        IConfig config = quick ? ManualConfig.Create(DefaultConfig.Instance).AddJob(Quick) : DefaultConfig.Instance;
        Summary[] summaries = BenchmarkRunner.Run(typeof(Program).Assembly, config, args.Where(argument => argument != "--quick").ToArray());
        return summaries.Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;
    }
}
