using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AutoGrad.Benchmarks.Infrastructure;

/// <summary>
/// Mean time over the mean time of the same class's <c>HandWrittenGradient</c> at the same
/// parameters: the generated gradient's distance from the hand-written "physical limit".
/// </summary>
public sealed class VersusHandWrittenColumn : IColumn
{
    public const string HandWrittenMethod = "HandWrittenGradient";

    public string Id => nameof(VersusHandWrittenColumn);

    public string ColumnName => "vs hand-written";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean time divided by the hand-written gradient's mean time, same class and parameters";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkCase? handWritten = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.Type == benchmarkCase.Descriptor.Type
            && other.Descriptor.WorkloadMethod.Name == HandWrittenMethod
            && other.Job == benchmarkCase.Job
            && other.Parameters.ValueInfo == benchmarkCase.Parameters.ValueInfo);
        double? mine = summary[benchmarkCase]?.ResultStatistics?.Mean;
        double? reference = handWritten is null ? null : summary[handWritten]?.ResultStatistics?.Mean;
        return mine is double time && reference is double referenceTime && referenceTime > 0
            ? (time / referenceTime).ToString("0.00", style.CultureInfo)
            : "-";
    }
}
