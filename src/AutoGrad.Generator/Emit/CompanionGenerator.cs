using System;
using System.Linq;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Pipeline;

namespace AutoGrad.Generator.Emit;

/// <summary>
/// The source of one method's companions, or the internal failure (AG0099) that says why there is none.
/// The front end's diagnostics are the analyzer's to report (<c>Analyzers.DifferentiableMethodAnalyzer</c>).
/// </summary>
internal sealed record GeneratedCompanions(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Runs the pipeline over a parsed method and writes the result.</summary>
internal static class CompanionGenerator
{
    public static GeneratedCompanions Generate(MethodModel model, bool optimize)
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
            CompanionSet companions = CompanionPipeline.Build(model.Primal, model.Order, optimize);
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
}
