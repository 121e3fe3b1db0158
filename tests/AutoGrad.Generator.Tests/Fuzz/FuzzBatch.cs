using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Xunit.Sdk;

namespace AutoGrad.Generator.Tests.Fuzz;

internal enum Outcome
{
    /// <summary>
    /// Companions were generated, compiled, and passed the derivative check. AG warnings and infos
    /// (AG0008–AG0011: a derivative that is partly 0) do not stop the check: their companions must be right too.
    /// </summary>
    Checked,

    /// <summary>AutoGrad reported an AG error and generated nothing that fails to compile.</summary>
    Diagnosed,

    /// <summary>
    /// The input does not compile; AutoGrad stayed quiet and added no errors of its own. Also a broken
    /// case that compiles but holds a loop whose body is an empty statement (<c>{ … } while (i &lt; 3);</c>
    /// once its <c>do</c> is deleted): it may never end, so it is not run.
    /// </summary>
    CompilerErrorInput,

    Failed,
}

/// <param name="Warnings">
/// The compiler's warnings in a checked case's files, its own and its companions', as the build that holds the
/// companions sees them: the fuzz tolerates them (its cases may have unused locals), a test of clean input need not.
/// </param>
internal sealed record CaseOutcome(FuzzCase Case, Outcome Kind, string Detail, string Warnings = "");

/// <summary>
/// Runs the generator once over many cases, one file each, so a broken case cannot spoil its
/// neighbours; judges each case by what AutoGrad and the compiler say about its own file and its
/// own generated files; then compiles the clean cases with their companions into one in-memory
/// assembly, in a collectible load context, and checks their derivatives. Binding is what costs, so
/// the output is bound once, by that Emit, plus the trees of the few unclean cases that got companions.
/// </summary>
internal static class FuzzBatch
{
    private static readonly Regex GeneratedCase = new(@"\.C(\d+)(_\d+)?\.", RegexOptions.CultureInvariant);

    public static List<CaseOutcome> Run(IReadOnlyList<FuzzCase> cases, FuzzSettings settings, CheckCounts counts)
    {
        GeneratorRun run;
        // AUTOGRAD_FUZZ_TRACE=file logs each batch and each case before its check: where a run hangs.
        if (Environment.GetEnvironmentVariable("AUTOGRAD_FUZZ_TRACE") is string trace)
        {
            File.AppendAllText(trace, $"batch {cases[0].Index}..{cases[^1].Index}\n");
        }
        try
        {
            run = GeneratorHarness.Run(cases.Select(c => c.Source).ToArray());
        }
        catch (XunitException exception)
        {
            // The generator threw: run the cases one by one to name the culprit.
            return cases.Count > 1
                ? cases.SelectMany(c => Run(new[] { c }, settings, counts)).ToList()
                : new List<CaseOutcome> { new(cases[0], Outcome.Failed, exception.Message) };
        }

        var position = cases.Select((c, i) => (c.Index, i)).ToDictionary(p => p.Index, p => p.i);
        var generated = new Dictionary<int, List<SyntaxTree>>();
        foreach (SyntaxTree tree in run.Output.SyntaxTrees.Except(run.Input.SyntaxTrees))
        {
            Match match = GeneratedCase.Match(Path.GetFileName(tree.FilePath));
            int at = match.Success && position.TryGetValue(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), out int p) ? p : -1;
            (generated.TryGetValue(at, out List<SyntaxTree>? list) ? list : generated[at] = new List<SyntaxTree>()).Add(tree);
        }

        ILookup<int, Diagnostic> autoGrad = AutoGradDiagnostics.For(run).ToLookup(d => CaseOf(d, run, generated));
        ILookup<int, Diagnostic> inputErrors = UsersErrors(run, generated);
        if (autoGrad[-1].Any())
        {
            throw new XunitException($"Seed {settings.Seed}, cases {cases[0].Index}..{cases[^1].Index}: AG diagnostics outside any case's file:\n" + Describe(autoGrad[-1]));
        }

        var outcomes = new CaseOutcome?[cases.Count];
        var warnings = new string[cases.Count];
        for (int i = 0; i < cases.Count; i++)
        {
            Diagnostic[] ag = autoGrad[i].Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (ag.FirstOrDefault(d => d.Id == "AG0099") is Diagnostic internalError)
            {
                outcomes[i] = Failure(cases[i], generated, i, "AutoGrad blamed itself: " + internalError);
            }
            else if (ag.Length > 0 || inputErrors[i].Any())
            {
                outcomes[i] = Unclean(cases[i], run, generated, i, ag, inputErrors[i]);
            }
            else if (HasEmptyLoop(run.Input.SyntaxTrees[i]))
            {
                outcomes[i] = new CaseOutcome(cases[i], Outcome.CompilerErrorInput, "empty loop body (not run)");
            }
            warnings[i] = string.Join(",", autoGrad[i].Where(d => d.Severity != DiagnosticSeverity.Error).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        }

        foreach ((int i, string? failure, string compilerWarnings) in Execute(run, generated, cases, outcomes, settings, counts))
        {
            outcomes[i] = failure is null
                ? new CaseOutcome(cases[i], Outcome.Checked, warnings[i], compilerWarnings)
                : Failure(cases[i], generated, i, failure);
        }
        for (int i = 0; i < cases.Count; i++)
        {
            if (outcomes[i]!.Kind != Outcome.Failed && Unmet(cases[i], outcomes[i]!, autoGrad[i], inputErrors[i]) is string problem)
            {
                outcomes[i] = Failure(cases[i], generated, i, problem);
            }
        }
        return outcomes.Select(o => o!).ToList();
    }

    /// <summary>A loop whose body is <c>;</c>: it runs until its condition changes by itself, which a broken case's may never do.</summary>
    private static bool HasEmptyLoop(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().Any(n => n is WhileStatementSyntax { Statement: EmptyStatementSyntax } or ForStatementSyntax { Statement: EmptyStatementSyntax });

    /// <summary>What a case that uses (or misuses) a derivative as a value was owed and did not get, or null.</summary>
    private static string? Unmet(FuzzCase @case, CaseOutcome outcome, IEnumerable<Diagnostic> autoGrad, IEnumerable<Diagnostic> userErrors)
    {
        if (@case.Expected is ExpectedDiagnostic expected)
        {
            // A misuse is wrong code that compiles: only AutoGrad's diagnostic, at the construct, tells the user.
            return expected.IsMetBy(autoGrad) ? null : $"expected {expected}, got: " + (autoGrad.Any() ? Describe(autoGrad) : "no AG diagnostic");
        }
        if (@case.DerivativesOf is not string callee)
        {
            return null;
        }
        if (CompositionMisuses.RejectedDerivative(autoGrad, callee) is Diagnostic rejected)
        {
            return "a derivative used as a value as the README allows was rejected: " + rejected;
        }
        // Written from the supported subset: a compile error is the writer's or AutoGrad's, and would leave the case unchecked.
        return outcome.Kind == Outcome.CompilerErrorInput ? "a supported case does not compile: " + Describe(userErrors) : null;
    }

    /// <summary>
    /// The compile errors in each case's own file, as the user's build sees it. A file that calls one of its
    /// companions by name (<c>GTangent(…).Tangent</c>, a derivative used as a value) cannot be judged by the
    /// input, where the companion is an unknown name (as it is to the generator, which never sees its output)
    /// and what it types goes unchecked: its errors are those it has beside the companions. In any other
    /// file an error the input lacks is AutoGrad's doing. Only files that call companions are bound again.
    /// </summary>
    private static ILookup<int, Diagnostic> UsersErrors(GeneratorRun run, Dictionary<int, List<SyntaxTree>> generated)
    {
        ILookup<int, Diagnostic> input = Errors(run.Input.GetDiagnostics()).ToLookup(d => CaseOf(d, run, generated));
        return input[-1]
            .Concat(run.Input.SyntaxTrees.SelectMany((tree, i) => CallsCompanions(tree, generated.GetValueOrDefault(i))
                ? Errors(run.Output.GetSemanticModel(tree).GetDiagnostics())
                : input[i]))
            .ToLookup(d => CaseOf(d, run, generated));
    }

    /// <summary>Whether <paramref name="tree"/> names a method declared in <paramref name="companions"/>.</summary>
    private static bool CallsCompanions(SyntaxTree tree, List<SyntaxTree>? companions)
    {
        if (companions is null)
        {
            return false;
        }
        var names = new HashSet<string>(companions.SelectMany(c => c.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()).Select(m => m.Identifier.ValueText));
        return tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => names.Contains(n.Identifier.ValueText));
    }

    /// <summary>
    /// A case AutoGrad diagnosed or the compiler rejects: fine, unless what AutoGrad generated for it
    /// adds errors, in its own files or in the user's. Only such cases' trees are bound again.
    /// </summary>
    private static CaseOutcome Unclean(FuzzCase @case, GeneratorRun run, Dictionary<int, List<SyntaxTree>> generated, int i,
        Diagnostic[] ag, IEnumerable<Diagnostic> inputErrors)
    {
        Diagnostic[] added = Array.Empty<Diagnostic>();
        if (generated.TryGetValue(i, out List<SyntaxTree>? trees))
        {
            var known = new HashSet<string>(inputErrors.Select(Key));
            added = trees.Append(run.Input.SyntaxTrees[i])
                .SelectMany(t => Errors(run.Output.GetSemanticModel(t).GetDiagnostics()))
                .Where(d => !known.Contains(Key(d)))
                .ToArray();
        }
        if (added.Length > 0)
        {
            return Failure(@case, generated, i, "the generated code adds compile errors:\n" + Describe(added));
        }
        if (ag.Length > 0)
        {
            return new CaseOutcome(@case, Outcome.Diagnosed, string.Join(",", ag.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal)));
        }
        return new CaseOutcome(@case, Outcome.CompilerErrorInput, inputErrors.First().Id);
    }

    /// <summary>
    /// Compiles the cases still undecided (no AG diagnostic, no compiler error in the input) with
    /// their companions and without the rest. A case whose companions do not compile fails and is
    /// left out of the next try; so does one whose companions compile with a warning of their own (the
    /// harness reports every warning wave); the others are loaded and each method's derivatives checked.
    /// </summary>
    private static IEnumerable<(int Position, string? Failure, string Warnings)> Execute(GeneratorRun run, Dictionary<int, List<SyntaxTree>> generated,
        IReadOnlyList<FuzzCase> cases, CaseOutcome?[] decided, FuzzSettings settings, CheckCounts counts)
    {
        var keep = new HashSet<int>(Enumerable.Range(0, cases.Count).Where(i => decided[i] is null));
        var results = new List<(int, string?, string)>();
        ILookup<int, Diagnostic> warnings;
        using var image = new MemoryStream();
        EmitResult emitted;
        while (true)
        {
            IEnumerable<SyntaxTree> others = run.Input.SyntaxTrees.Where((_, i) => !keep.Contains(i))
                .Concat(generated.Where(g => !keep.Contains(g.Key)).SelectMany(g => g.Value));
            image.SetLength(0);
            emitted = run.Output.RemoveSyntaxTrees(others).Emit(image);
            if (emitted.Success)
            {
                // Emit bound every tree already: its warnings cost nothing more.
                warnings = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToLookup(d => CaseOf(d, run, generated));
                break;
            }
            ILookup<int, Diagnostic> errors = Errors(emitted.Diagnostics).ToLookup(d => CaseOf(d, run, generated));
            if (errors[-1].Any() || !errors.Any())
            {
                throw new XunitException($"Seed {settings.Seed}, cases {cases[0].Index}..{cases[^1].Index}: errors outside any case's files:\n" + Describe(errors[-1]));
            }
            foreach (IGrouping<int, Diagnostic> failing in errors)
            {
                results.Add((failing.Key, "the generated code adds compile errors:\n" + Describe(failing), ""));
                keep.Remove(failing.Key);
            }
        }
        // A warning in a companion fails the case as an error would: a build with TreatWarningsAsErrors stops on it. Unless it
        // repeats a warning of the case's own code (same id and message, as `if (x > x)` or an unused local copied over): such
        // a build stops on the user's first, and fixing that removes both, so the echo alone never breaks a build. Counted.
        ILookup<int, string> users = emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is SyntaxTree tree && run.Input.SyntaxTrees.Contains(tree))
            .ToLookup(d => CaseOf(d, run, generated), WarningKey);
        foreach (IGrouping<int, Diagnostic> warned in run.WarningsInGeneratedCode(emitted.Diagnostics).ToLookup(d => CaseOf(d, run, generated)))
        {
            if (warned.Key < 0)
            {
                throw new XunitException($"Seed {settings.Seed}, cases {cases[0].Index}..{cases[^1].Index}: warnings in generated files of no case:\n" + Describe(warned));
            }
            var echoes = new HashSet<string>(users[warned.Key]);
            Diagnostic[] own = warned.Where(d => !echoes.Contains(WarningKey(d))).ToArray();
            foreach (Diagnostic echo in warned.Except(own))
            {
                counts.EchoedWarnings[echo.Id] = counts.EchoedWarnings.GetValueOrDefault(echo.Id) + 1;
            }
            if (own.Length > 0)
            {
                results.Add((warned.Key, "the generated code has compiler warnings:\n" + Describe(own), ""));
                keep.Remove(warned.Key);
            }
        }
        image.Position = 0;
        var context = new AssemblyLoadContext("AutoGrad.Fuzz", isCollectible: true);
        // A case may print (the Console.WriteLine construct, thousands of times through the difference
        // quotients): a full output pipe once stalled a long run, so the checks write nowhere.
        TextWriter console = Console.Out;
        Console.SetOut(TextWriter.Null);
        try
        {
            Assembly assembly = context.LoadFromStream(image);
            foreach (int i in keep.OrderBy(i => i))
            {
                FuzzCase @case = cases[i];
                if (Environment.GetEnvironmentVariable("AUTOGRAD_FUZZ_TRACE") is string trace)
                {
                    File.AppendAllText(trace, @case.Index + "\n");
                }
                Type type = assembly.GetType(@case.TypeName, throwOnError: true)!;
                if (@case.IsGeneric)
                {
                    type = type.MakeGenericType(typeof(int));
                }
                Random random = settings.PointsFor(@case.Index);
                string? failure = DifferentiableMethods(type).Select(m => DerivativeCheck.Run(type, m, random, counts)).FirstOrDefault(f => f is not null);
                results.Add((i, failure, Describe(warnings[i])));
            }
            return results;
        }
        finally
        {
            Console.SetOut(console);
            context.Unload();
        }
    }

    /// <summary>
    /// What the compiled type marks [Differentiable] (a broken case may have lost a method or renamed
    /// one), and [CustomDerivative] methods, whose hand-written and derived companions must agree. Of
    /// those, the ones with a double result: an array-valued callee is checked through its caller.
    /// </summary>
    private static IEnumerable<MethodInfo> DifferentiableMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(double)
                && m.GetCustomAttributes().Any(a => a.GetType().Name is "DifferentiableAttribute" or "CustomDerivativeAttribute"))
            .OrderBy(m => m.MetadataToken);

    /// <summary>The position of the case a diagnostic belongs to: by its input file, or by the hint name of its generated file; -1 if neither.</summary>
    private static int CaseOf(Diagnostic diagnostic, GeneratorRun run, Dictionary<int, List<SyntaxTree>> generated)
    {
        string path = diagnostic.Location.GetLineSpan().Path;
        int input = run.Input.SyntaxTrees.Select((t, i) => (t, i)).FirstOrDefault(p => p.t.FilePath == path, (null!, -1)).Item2;
        if (input >= 0 || path.Length == 0)
        {
            return input;
        }
        return generated.FirstOrDefault(g => g.Value.Any(t => t.FilePath == path), new KeyValuePair<int, List<SyntaxTree>>(-1, new())).Key;
    }

    private static CaseOutcome Failure(FuzzCase @case, Dictionary<int, List<SyntaxTree>> generated, int position, string problem)
    {
        string companions = generated.TryGetValue(position, out List<SyntaxTree>? trees)
            ? string.Join("\n", trees.Select(t => $"// ----- {Path.GetFileName(t.FilePath)} -----\n{t}"))
            : "(none)";
        return new CaseOutcome(@case, Outcome.Failed, $"{problem}\n\n--- source ---\n{@case.Source}\n--- generated ---\n{companions}\n");
    }

    private static IEnumerable<Diagnostic> Errors(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    private static string WarningKey(Diagnostic d) => d.Id + ":" + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static string Key(Diagnostic d) => d.Id + "@" + d.Location.GetLineSpan() + ":" + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Take(10).Select(d => d.ToString()));
}
