using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Whether a [Differentiable] method of a compilation gets companions, remembered from parsing it. A
/// caller must know this about each callee before it calls the callee's companions, and the pipeline
/// parses every such method anyway: remembering the answer spares the caller a second parse (and a
/// second binding) of the callee. The answer depends on nothing but the compilation, and the table is
/// held weakly by it, so it is never stale and never outlives what it describes.
/// </summary>
internal static class CompanionVerdicts
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, bool>> Verdicts = new();

    public static bool? Known(Compilation compilation, IMethodSymbol method) =>
        Verdicts.TryGetValue(compilation, out ConcurrentDictionary<ISymbol, bool>? known) && known.TryGetValue(method, out bool hasCompanions)
            ? hasCompanions
            : null;

    public static void Note(Compilation compilation, IMethodSymbol method, bool hasCompanions) =>
        Verdicts.GetValue(compilation, static _ => new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default))[method] = hasCompanions;
}
