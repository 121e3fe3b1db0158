using System;
using System.Collections.Generic;

namespace AutoGrad.Optimization.Tests;

/// <summary>
/// Records reports on the calling thread, in order (<see cref="Progress{T}"/> would post them to
/// the thread pool, out of step with the run).
/// </summary>
internal sealed class SynchronousProgress : IProgress<OptimizationProgress>
{
    private readonly Action<OptimizationProgress>? _onReport;

    public SynchronousProgress(Action<OptimizationProgress>? onReport = null) => _onReport = onReport;

    public List<OptimizationProgress> Reports { get; } = new();

    public void Report(OptimizationProgress value)
    {
        Reports.Add(value);
        _onReport?.Invoke(value);
    }
}
