using System;

namespace AutoGrad.Benchmarks.Infrastructure;

/// <summary>
/// Runs a benchmark only for sizes (the <c>N</c> parameter) up to <see cref="Size"/>: some ways of
/// taking a gradient cost n evaluations and are absurd at the largest sizes.
/// <see cref="BenchmarkConfig.SizeFilter"/> applies it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MaxSizeAttribute : Attribute
{
    public MaxSizeAttribute(int size) => Size = size;

    public int Size { get; }
}
