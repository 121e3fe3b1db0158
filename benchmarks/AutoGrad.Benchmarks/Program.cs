using System;
using System.Linq;
using AutoGrad.Benchmarks.Infrastructure;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AutoGrad.Benchmarks;

/// <summary>
/// <c>--quick</c> runs every benchmark with a short in-process job (a few minutes in all); every
/// other argument goes to BenchmarkDotNet, e.g. <c>--filter *Rosenbrock*</c>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        bool quick = args.Contains("--quick");
        string[] rest = args.Where(argument => argument != "--quick").ToArray();
        if (quick && !rest.Any(argument => argument is "--filter" or "-f"))
        {
            // Without a filter BenchmarkDotNet asks interactively which benchmarks to run.
            rest = rest.Concat(new[] { "--filter", "*" }).ToArray();
        }
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(rest, BenchmarkConfig.Create(quick))
            .ToArray();
        return summaries.Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;
    }
}
