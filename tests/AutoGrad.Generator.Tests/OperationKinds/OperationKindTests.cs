using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AutoGrad.Generator.Tests.Fuzz;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoGrad.Generator.Tests.OperationKinds;

/// <summary>
/// The front end is total: every expression of a differentiable type that depends on a differentiable
/// value is differentiated or rejected with a located diagnostic, never silently taken for a constant.
/// Walked kind by kind: each <see cref="OperationKind"/> of the Roslyn this project references has a row
/// in <see cref="OperationKindTable"/>, and each row's snippet holds its kind and gets what the row says.
/// </summary>
public sealed class OperationKindTests
{
    /// <summary>The rows the front end gets wrong, until it is fixed on main: each skipped below, with what goes wrong.</summary>
    public static IReadOnlySet<string> Open { get; } = typeof(OperationKindTests).GetMethod(nameof(Front_end_differentiates_or_diagnoses))!
        .GetCustomAttributes<InlineDataAttribute>()
        .Select(a => (string)a.GetData(null!).Single()[0])
        .ToHashSet();

    public static IEnumerable<object[]> Settled =>
        OperationKindTable.Snippets.Where(s => !Open.Contains(s.Name)).Select(s => new object[] { s.Name });

    [Fact]
    public void Every_operation_kind_has_a_row()
    {
        // Distinct: BinaryOperator and the like are hidden aliases of Binary and the like.
        OperationKind[] kinds = Enum.GetValues<OperationKind>().Distinct().Where(k => k != OperationKind.None).ToArray();
        HashSet<OperationKind> rows = OperationKindTable.All.Select(r => r.Kind).ToHashSet();
        Assert.True(kinds.All(rows.Contains), "no row for " + string.Join(", ", kinds.Where(k => !rows.Contains(k)).Select(KindCase.NameOf)));
        Assert.True(rows.All(kinds.Contains), "rows for what is not a kind: " + string.Join(", ", rows.Where(k => !kinds.Contains(k))));
    }

    [Fact]
    public void A_kind_that_cannot_occur_has_no_other_row_and_rows_are_named_apart()
    {
        OperationKind[] absent = OperationKindTable.All.OfType<CannotOccur>().Select(r => r.Kind).ToArray();
        string[] both = OperationKindTable.Snippets.Where(s => absent.Contains(s.Kind)).Select(s => s.Name).ToArray();
        Assert.True(both.Length == 0, "said not to occur, yet shown: " + string.Join(", ", both));
        string[] twice = OperationKindTable.All.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(twice.Length == 0, "rows named alike: " + string.Join(", ", twice));
        string[] unknown = Open.Where(name => !OperationKindTable.Snippets.Any(s => s.Name == name)).ToArray();
        Assert.True(unknown.Length == 0, "skipped as open, but no such row: " + string.Join(", ", unknown));
    }

    /// <summary>A claim that a kind cannot occur, held against every snippet: none of them may hold it.</summary>
    [Fact]
    public void No_snippet_holds_a_kind_said_not_to_occur()
    {
        HashSet<OperationKind> held = OperationKindRun.Settled.Value.AllKinds.ToHashSet();
        string[] shown = OperationKindTable.All.OfType<CannotOccur>().Where(r => held.Contains(r.Kind)).Select(r => r.Name).ToArray();
        Assert.True(shown.Length == 0, "said not to occur, yet a snippet holds: " + string.Join(", ", shown));
    }

    [Theory]
    [MemberData(nameof(Settled))]
    public void Front_end_differentiates_or_diagnoses(string name)
    {
        Snippet snippet = OperationKindTable.Snippets.Single(s => s.Name == name);
        OperationKindRun run = OperationKindRun.Settled.Value;
        Assert.True(run.KindsIn(name).Contains(snippet.Kind),
            $"the snippet never makes the front end meet {KindCase.NameOf(snippet.Kind)}; its [Differentiable] methods hold: "
            + string.Join(", ", run.KindsIn(name).Select(KindCase.NameOf).Order()));
        CaseOutcome outcome = run.OutcomeOf(name);
        switch (snippet)
        {
            case Differentiated:
                Assert.True(outcome.Kind == Outcome.Checked, $"expected companions that check, got {outcome.Kind}: {outcome.Detail}");
                Assert.True(outcome.Detail.Length == 0, "checked, but with AG warnings: " + outcome.Detail);
                Assert.True(outcome.Warnings.Length == 0, "the companions compile with warnings:\n" + outcome.Warnings);
                break;
            case Diagnosed diagnosed:
                // The judge holds a diagnosed case to its ExpectedDiagnostic: that AG error, at that text, alone there.
                Assert.True(outcome.Kind == Outcome.Diagnosed, $"expected {diagnosed.Id} at '{diagnosed.At}', got {outcome.Kind}: {outcome.Detail}");
                Assert.Null(run.MisplacedMark(name));
                break;
        }
    }
}
