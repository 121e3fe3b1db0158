using System;
using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Transforms;

namespace AutoGrad.Generator.Emit;

/// <summary>
/// The source of one method's companions, or the internal failure (AG0099) that says why there is none.
/// The front end's diagnostics are the analyzer's to report (<c>Analyzers.DifferentiableMethodAnalyzer</c>).
/// </summary>
internal sealed record GeneratedCompanions(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Runs the analyses and transforms over a parsed method and writes the result.</summary>
internal static class CompanionGenerator
{
    private static Function Linearize(Function function) => Linearizer.Run(function, Activity.Analyze(function));

    private static Function Forward(Function function) => ForwardOfLinear(Linearize(function));

    private static Function ForwardOfLinear(Function linear) => ForwardTransform.Run(linear, Activity.Analyze(linear));

    public static GeneratedCompanions Generate(MethodModel model)
    {
        if (model.Primal is null)
        {
            // The analyzer reports why a method has no IR, but for a method the pipeline could not find (no location) and an
            // internal failure, which may happen only here (binding with companion stubs the analyzer does not need): nothing else would.
            return new GeneratedCompanions(model.HintName, null, model.Location is null
                ? model.Diagnostics
                : model.Diagnostics.Where(d => d.Id == DiagnosticDescriptors.InternalError.Id).ToEquatableArray());
        }
        try
        {
            CompanionSet companions = Build(model.Primal, model.Order);
            return new GeneratedCompanions(model.HintName, CompanionFileEmitter.Write(model, companions), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception exception)
        {
            // The generator must never throw into the compiler: an internal failure is a diagnostic.
            var failure = new DiagnosticInfo(DiagnosticDescriptors.InternalError.Id, model.Location,
                EquatableArray.Of(model.DisplayName, exception.GetType().Name + ": " + exception.Message));
            return new GeneratedCompanions(model.HintName, null, EquatableArray.Of(failure));
        }
    }

    /// <summary>
    /// Every companion of <paramref name="primal"/> up to <paramref name="order"/>. Hand-written
    /// companions are checked against these signatures, so the contract has one definition.
    /// </summary>
    public static CompanionSet Build(Function primal, int order)
    {
        Function linear = Linearize(primal);
        Function tangent = ForwardOfLinear(linear);
        Function adjoint = ReverseTransform.Run(linear, isFinal: true);
        Function? reverseSweep = null;
        // A scalar function of one scalar differentiates fastest forward; a companion differentiated again keeps the reverse sweep.
        if (order == 1 && TangentAdjoint.Applies(linear)
            && TangentAdjoint.Run(linear, UnreachableCode.Run(ForwardTransform.Run(linear, Activity.Analyze(linear), zeroRule: false)), adjoint) is { } forward)
        {
            (adjoint, reverseSweep) = forward;
        }
        else if (ForwardFallback.Run(linear, adjoint) is { } guarded)
        {
            (adjoint, reverseSweep) = guarded;
        }
        // Higher orders compose the transforms: the tangent of the adjoint is forward over reverse.
        // It differentiates an Adjoint built to be differentiated (plain calls and allocations), not the one emitted.
        Function? adjointTangent = order >= 2 ? Forward(ReverseTransform.Run(linear, isFinal: false)) : null;
        // Forward over forward, once per order above the first: FTangentTangent, FTangentTangentTangent, …
        var higherTangents = new List<Function>();
        for (Function lower = tangent; higherTangents.Count < order - 1; lower = higherTangents[higherTangents.Count - 1])
        {
            higherTangents.Add(Forward(lower));
        }
        Function? series = DerivativeSeries.Run(primal, new[] { tangent }.Concat(higherTangents).ToList());
        return new CompanionSet(Tidy(tangent), Tidy(adjoint), reverseSweep is null ? null : Tidy(reverseSweep),
            adjointTangent is null ? null : Tidy(adjointTangent), higherTangents.Select(Tidy).ToList(), series,
            GradientAdapter.Run(primal, adjoint));
    }

    /// <summary>What every companion gets last, so that it compiles without warnings: no unreachable statement, no unread local.</summary>
    private static Function Tidy(Function companion) => UnreadLocals.Run(UnreachableCode.Run(companion));
}

/// <summary>The companions of one method, in IR.</summary>
internal sealed class CompanionSet
{
    public CompanionSet(Function tangent, Function adjoint, Function? reverseSweep, Function? adjointTangent, IReadOnlyList<Function> higherTangents, Function? series, Function? gradient)
    {
        Series = series;
        Gradient = gradient;
        Tangent = tangent;
        Adjoint = adjoint;
        ReverseSweep = reverseSweep;
        AdjointTangent = adjointTangent;
        HigherTangents = higherTangents;
    }

    public Function Tangent { get; }

    public Function Adjoint { get; }

    /// <summary>
    /// The reverse sweep as a local function of the Adjoint: one that runs forward mode and falls back on it
    /// (<see cref="TangentAdjoint"/>), or one that runs it and falls back on forward mode (<see cref="ForwardFallback"/>).
    /// </summary>
    public Function? ReverseSweep { get; }

    public Function? AdjointTangent { get; }

    /// <summary>FTangentTangent, FTangentTangentTangent, …</summary>
    public IReadOnlyList<Function> HigherTangents { get; }

    /// <summary>FDerivatives: all derivatives of a function of one variable up to its order (see <see cref="DerivativeSeries"/>).</summary>
    public Function? Series { get; }

    /// <summary>FGradient: the gradient in the shape of the inputs (see <see cref="GradientAdapter"/>).</summary>
    public Function? Gradient { get; }
}
