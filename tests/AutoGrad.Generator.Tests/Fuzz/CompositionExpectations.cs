using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Ways to get a derivative used as a value wrong, each of which AutoGrad must diagnose (AG0001) at
/// the construct: the README's rules for <c>GTangent(…).Tangent</c> in a [Differentiable] method.
/// </summary>
internal enum CompositionMisuse
{
    /// <summary><c>GTangent(…).Tangent</c> of a G with Order = 1: differentiating it needs G's second-order companions.</summary>
    OrderOneCallee,

    /// <summary><c>GTangent(…).Tangent</c> in a caller with Order = 2: its own second-order companions would need G's third-order ones.</summary>
    OrderTwoCaller,

    /// <summary><c>var pair = GTangent(…)</c>: the whole tuple kept instead of one part.</summary>
    WholeTuple,

    /// <summary><c>GAdjoint(…)</c> called in the body.</summary>
    AdjointCall,

    /// <summary><c>GTangentTangent(…)</c> or <c>GAdjointTangent(…)</c> called in the body.</summary>
    SecondOrderCall,

    /// <summary><c>GTangent(x: …, xTangent: …).Tangent</c>: named arguments.</summary>
    NamedArguments,

    /// <summary><c>GTangent(…).Tangent</c> of a [CustomDerivative] G, which cannot be used this way yet.</summary>
    CustomCallee,
}

/// <summary>What AutoGrad must say about derivatives used as values, rightly or wrongly.</summary>
internal static class CompositionMisuses
{
    /// <summary>
    /// An AG0001 at a derivative written as the README allows (<c>GTangent(…).Tangent</c> of an Order = 2 G
    /// in an Order = 1 method): a derivative rejected that should not be. Unless it says G has no companions,
    /// or the derivative is passed for a [NoDerivative] parameter (it would be lost).
    /// </summary>
    public static Diagnostic? RejectedDerivative(IEnumerable<Diagnostic> diagnostics, string callee) => diagnostics.FirstOrDefault(d =>
        d.Id == "AG0001"
        && d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan).StartsWith(callee + "Tangent(", StringComparison.Ordinal) == true
        && !d.GetMessage(CultureInfo.InvariantCulture).Contains(ExpectedDiagnostic.NoCompanions, StringComparison.Ordinal)
        && !d.GetMessage(CultureInfo.InvariantCulture).Contains("[NoDerivative]", StringComparison.Ordinal));

    /// <summary>What AG0001's message must say about the misuse: the rule it breaks.</summary>
    public static ExpectedDiagnostic Diagnostic(this CompositionMisuse misuse, string at) => new("AG0001", at, misuse switch
    {
        CompositionMisuse.OrderOneCallee => "takes its second-order companions",
        CompositionMisuse.OrderTwoCaller => "can only have Order = 1",
        CompositionMisuse.NamedArguments => "without names",
        CompositionMisuse.CustomCallee => "[CustomDerivative]",
        _ => "the call of the generated companion",
    });
}

/// <summary>The AG diagnostic a case must get, the exact source text it must point at, and part of what it must say.</summary>
internal sealed record ExpectedDiagnostic(string Id, string At, string Says)
{
    /// <summary>
    /// Whether <paramref name="diagnostics"/> hold this one, and no other at the same place: one construct, one
    /// message. Where G itself cannot be differentiated (the writer's G may use a construct AutoGrad rejects), that comes first.
    /// </summary>
    public bool IsMetBy(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan) == At)
            .GroupBy(d => d.Location.SourceSpan)
            .Any(here => here.Count() == 1 && here.First().Id == Id && here.First().GetMessage(CultureInfo.InvariantCulture) is string message
                && (message.Contains(Says, StringComparison.Ordinal) || message.Contains(NoCompanions, StringComparison.Ordinal)));

    /// <summary>What AutoGrad says of a call of a [Differentiable] method that has errors of its own.</summary>
    public const string NoCompanions = "cannot be differentiated itself";

    public override string ToString() => $"{Id} at '{At}' saying '{Says}', and nothing else there";
}
