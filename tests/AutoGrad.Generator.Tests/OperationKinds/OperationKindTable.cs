using System.Collections.Generic;
using System.Linq;

namespace AutoGrad.Generator.Tests.OperationKinds;

/// <summary>
/// Every <see cref="Microsoft.CodeAnalysis.OperationKind"/>, and what the front end does when it meets it in a
/// [Differentiable] method: it differentiates it, or diagnoses it, or it cannot occur there. A kind left out
/// fails <see cref="OperationKindTests"/>, so does each kind a new Roslyn adds.
/// </summary>
internal static partial class OperationKindTable
{
    // Computed on each use: the parts live in other files, whose static initializers C# runs in no fixed order.
    public static IReadOnlyList<KindCase> All => Differentiable.Concat<KindCase>(Rejected).Concat(Absent).ToArray();

    public static IReadOnlyList<Snippet> Snippets => All.OfType<Snippet>().ToArray();
}
