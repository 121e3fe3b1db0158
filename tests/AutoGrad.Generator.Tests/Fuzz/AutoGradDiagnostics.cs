using System.Collections.Immutable;
using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// The one question the fuzz and corpus tests ask about AutoGrad's own verdict on an input: which AG
/// diagnostics does it get? The analyzer reports them; the generator only its internal failures.
/// </summary>
internal static class AutoGradDiagnostics
{
    public static ImmutableArray<Diagnostic> For(GeneratorRun run) =>
        run.AnalyzerDiagnostics.Concat(run.GeneratorDiagnostics).Where(d => d.Id.StartsWith("AG", System.StringComparison.Ordinal)).ToImmutableArray();
}
