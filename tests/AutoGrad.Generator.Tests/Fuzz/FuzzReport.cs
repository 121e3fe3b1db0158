using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>The counts a fuzz run prints, and the message a failing one fails with.</summary>
internal static class FuzzReport
{
    public static string Summary(FuzzSettings settings, IReadOnlyList<CaseOutcome> outcomes, CheckCounts counts, TimeSpan elapsed, TimeSpan cpu)
    {
        var text = new StringBuilder();
        text.AppendLine($"Seed {settings.Seed}, cases {settings.First}..{settings.First + settings.Count - 1}, {elapsed.TotalSeconds:F1} s ({cpu.TotalSeconds:F1} s of CPU)");
        foreach (IGrouping<Outcome, CaseOutcome> kind in outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine($"  {kind.Key,-20} {kind.Count(),6}");
        }
        text.AppendLine($"  derivative checks: {counts.CheckedPoints} points checked, {counts.SkippedPoints} skipped (primal threw, not finite or huge); "
            + $"{counts.CheckedComponents} gradient components against finite differences, {counts.SkippedComponents} not judged (unstable), "
            + $"{counts.CheckedHessianComponents} Hessian-vector components against differences of the gradient, {counts.SkippedHessianComponents} not judged");
        text.AppendLine($"  both modes not finite (NaN or ±∞ by forward and by reverse mode, through an infinite intermediate) where differences are finite: "
            + $"{counts.NonFiniteInBothModes} gradient components, {counts.HessianNonFiniteInBothModes} Hessian-vector components; "
            + $"{counts.ZeroSeedNaNsInBothModes} points where seed 0 and direction 0 both gave NaN (a NaN or infinite value times the zero, unguarded as the README says)");
        text.AppendLine("  warnings the companions repeat from the case's own code (same id and message; the user's comes first): "
            + string.Join(", ", counts.EchoedWarnings.OrderByDescending(e => e.Value).Select(e => $"{e.Key} ×{e.Value}")));
        text.AppendLine("  checked despite AG warnings/infos: " + string.Join(", ", outcomes.Where(o => o.Kind == Outcome.Checked && o.Detail.Length > 0)
            .GroupBy(o => o.Detail).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}")));
        text.AppendLine("  by intent (checked / diagnosed / compiler-error input / failed):");
        foreach (IGrouping<string, CaseOutcome> intent in outcomes.GroupBy(o => Family(o.Case.Intent)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int Of(Outcome kind) => intent.Count(o => o.Kind == kind);
            text.AppendLine($"    {intent.Key,-45} {Of(Outcome.Checked),5} {Of(Outcome.Diagnosed),5} {Of(Outcome.CompilerErrorInput),5} {Of(Outcome.Failed),5}");
        }
        text.AppendLine("  diagnostics: " + string.Join(", ", outcomes.Where(o => o.Kind == Outcome.Diagnosed)
            .GroupBy(o => o.Detail).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}")));
        return text.ToString();
    }

    public static string Failures(FuzzSettings settings, IReadOnlyList<CaseOutcome> failures)
    {
        var text = new StringBuilder();
        text.AppendLine($"{failures.Count} case(s) failed (seed {settings.Seed}): {string.Join(", ", failures.Select(f => f.Case.Index))}");
        foreach (CaseOutcome failure in failures.Take(3))
        {
            text.AppendLine();
            text.AppendLine($"=== case {failure.Case.Index} ({failure.Case.Intent}); reproduce with {settings.Reproduce(failure.Case.Index)}");
            text.AppendLine(failure.Detail);
        }
        foreach (CaseOutcome failure in failures.Skip(3))
        {
            text.AppendLine($"=== case {failure.Case.Index} ({failure.Case.Intent}): {string.Join(" ", failure.Detail.Split('\n').Take(2))}");
        }
        return text.ToString();
    }

    /// <summary>The kind of intent without its particulars ("broken: deleted ';'" → "broken"), so the table stays short.</summary>
    private static string Family(string intent)
    {
        string withoutShape = intent.Split(" (in a ")[0];
        return withoutShape.StartsWith("broken", StringComparison.Ordinal) ? "broken"
            : withoutShape.StartsWith("supported", StringComparison.Ordinal) ? withoutShape.Replace(", an overload with the first's Tangent signature", ", clashing overload", StringComparison.Ordinal)
            : withoutShape.Split(", calls a")[0];
    }
}
