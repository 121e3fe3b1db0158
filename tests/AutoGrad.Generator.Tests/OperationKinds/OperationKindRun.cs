using System;
using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Tests.Fuzz;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.Tests.OperationKinds;

/// <summary>
/// Every snippet of <see cref="OperationKindTable"/> judged at once, as the fuzz test judges a batch
/// (one generator run, one assembly), and bound once more without the generator, to learn which
/// operation kinds its [Differentiable] methods hold and where.
/// </summary>
internal sealed class OperationKindRun
{
    private readonly Dictionary<string, CaseOutcome> _outcomes = new();
    private readonly Dictionary<string, HashSet<OperationKind>> _kinds = new();
    private readonly Dictionary<string, string> _misplaced = new();

    public OperationKindRun(IReadOnlyList<Snippet> snippets)
    {
        FuzzCase[] cases = snippets.Select((s, i) => new FuzzCase(i, s.Name, $"Fuzz.C{i}", IsGeneric: false, Source(i, s),
            s is Diagnosed d ? new ExpectedDiagnostic(d.Id, d.At, Says: "") : null)).ToArray();
        var settings = new FuzzSettings(FuzzSettings.CiSeed, 0, cases.Length, cases.Length);
        List<CaseOutcome> outcomes = FuzzBatch.Run(cases, settings, new CheckCounts());
        Compilation input = GeneratorHarness.Compile(cases.Select(c => c.Source).ToArray());
        // By name, which A_kind_that_cannot_occur_has_no_other_row_and_rows_are_named_apart holds unique: a clash fails there, not here.
        for (int i = 0; i < snippets.Count; i++)
        {
            string name = snippets[i].Name;
            _outcomes[name] = outcomes[i];
            SyntaxTree tree = input.SyntaxTrees.ElementAt(i);
            SemanticModel model = input.GetSemanticModel(tree);
            MethodDeclarationSyntax[] methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(m => model.GetDeclaredSymbol(m)?.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(DifferentiableAttribute)) == true)
                .ToArray();
            _kinds[name] = methods.SelectMany(m => model.GetOperation(m)?.DescendantsAndSelf() ?? Enumerable.Empty<IOperation>())
                .Select(o => o.Kind).ToHashSet();
            if (snippets[i] is Diagnosed diagnosed && Misplaced(tree, methods, diagnosed.At) is string problem)
            {
                _misplaced[name] = problem;
            }
        }
    }

    /// <summary>The run of the table's settled snippets, made by the first test that asks.</summary>
    public static readonly Lazy<OperationKindRun> Settled = new(() => new OperationKindRun(OperationKindTable.Snippets.Where(s => !OperationKindTests.Open.Contains(s.Name)).ToArray()));

    public CaseOutcome OutcomeOf(string name) => _outcomes[name];

    /// <summary>The kinds the snippet's [Differentiable] methods hold, as the front end gets them from <see cref="SemanticModel.GetOperation"/>.</summary>
    public IReadOnlySet<OperationKind> KindsIn(string name) => _kinds[name];

    /// <summary>Why a diagnosed snippet's marked text does not pin its diagnostic inside a [Differentiable] method, or null.</summary>
    public string? MisplacedMark(string name) => _misplaced.GetValueOrDefault(name);

    /// <summary>Every kind any settled snippet holds.</summary>
    public IEnumerable<OperationKind> AllKinds => _kinds.Values.SelectMany(k => k);

    private static string? Misplaced(SyntaxTree tree, MethodDeclarationSyntax[] methods, string at)
    {
        string text = tree.GetText().ToString();
        var starts = new List<int>();
        for (int start = text.IndexOf(at, StringComparison.Ordinal); start >= 0; start = text.IndexOf(at, start + 1, StringComparison.Ordinal))
        {
            starts.Add(start);
        }
        if (starts.Count == 0)
        {
            return $"'{at}' is not in the snippet";
        }
        return starts.All(s => methods.Any(m => m.Span.Contains(new Microsoft.CodeAnalysis.Text.TextSpan(s, at.Length))))
            ? null
            : $"'{at}' occurs outside the snippet's [Differentiable] methods";
    }

    /// <summary>The snippet as case <paramref name="index"/> of a batch: the members of class Fuzz.C{index}, whose hint names the batch reads.</summary>
    private static string Source(int index, Snippet snippet) =>
        "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing AutoGrad;\n\nnamespace Fuzz;\n\n"
        + $"public partial class C{index}\n{{\n{snippet.Members}\n}}\n";
}
