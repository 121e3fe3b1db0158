using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Emit;
using AutoGrad.Generator.FrontEnd;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator;

/// <summary>
/// The pipeline: each <c>[Differentiable]</c> method is parsed into an equatable model (IR, no symbols
/// or syntax), the model is turned into the source of its companions, and the source is added. Each
/// step compares by value, so an edit elsewhere leaves a method's output cached. Why a method can't be
/// differentiated is reported by <see cref="Analyzers.DifferentiableMethodAnalyzer"/>, which runs the same
/// front end; the generator reports only failures of its own transforms (AG0099).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AutoGradGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Keys first: what each method's parse depends on, compared by value, so that an edit that changes none
        // of it (a body elsewhere, a comment) reuses the method's model without binding it again.
        IncrementalValueProvider<ProjectShape> shape = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ProjectShape.Of(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.Shape);
        IncrementalValuesProvider<ParseKey> keys = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MethodParser.DifferentiableAttribute,
                predicate: static (node, _) => node is MethodDeclarationSyntax,
                transform: static (ctx, cancellationToken) => MethodSite.Of((MethodDeclarationSyntax)ctx.TargetNode, cancellationToken))
            .Combine(shape)
            .Select(static (pair, _) => ParseKey.Of(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ParseKeys);

        IncrementalValuesProvider<MethodModel> methods = keys
            .Combine(context.CompilationProvider.Select(static (compilation, _) => new CurrentCompilation(compilation)))
            .WithComparer(CurrentCompilation.KeyComparer)
            .Select(static (pair, cancellationToken) => MethodParser.Parse(pair.Left, pair.Right.Get(), cancellationToken))
            .WithTrackingName(TrackingNames.Methods);

        // AutoGradOptimize=false in the project leaves the optimizations out, to tell a wrong derivative from a wrong optimization.
        IncrementalValueProvider<bool> optimize = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => !(options.GlobalOptions.TryGetValue("build_property.AutoGradOptimize", out string? value)
                && string.Equals(value.Trim(), "false", System.StringComparison.OrdinalIgnoreCase)));
        IncrementalValuesProvider<GeneratedCompanions> companions = methods
            .Combine(optimize)
            .Select(static (pair, _) => CompanionGenerator.Generate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Companions);

        context.RegisterSourceOutput(companions, static (context, output) => Add(context, output.HintName, output.Source, output.Diagnostics));

        // Hand-written companions: on a [CustomDerivative] method, or registered on the assembly for a method of another one.
        IncrementalValuesProvider<CustomDerivativeModel> customMethods = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CustomDerivatives.Attribute,
                predicate: static (node, _) => node is MethodDeclarationSyntax,
                transform: static (ctx, _) => CustomDerivativeParser.ParseMethod(
                    (IMethodSymbol)ctx.TargetSymbol, ((MethodDeclarationSyntax)ctx.TargetNode).Identifier.GetLocation()))
            .WithTrackingName(TrackingNames.CustomDerivatives);
        IncrementalValuesProvider<CustomDerivativeModel> registrations = context.CompilationProvider
            .Select(static (compilation, _) => CustomDerivativeParser.ParseRegistrations(compilation))
            .WithTrackingName(TrackingNames.Registrations)
            .SelectMany(static (models, _) => models);
        context.RegisterSourceOutput(customMethods, static (context, model) => AddDerived(context, model));
        context.RegisterSourceOutput(registrations, static (context, model) => AddDerived(context, model));
    }

    /// <summary>The analyzer reports what is wrong with hand-written companions; the generator only adds the one it derives.</summary>
    private static void AddDerived(SourceProductionContext context, CustomDerivativeModel model)
    {
        if (model.Derive is not null)
        {
            context.AddSource(model.HintName, DerivedCompanionEmitter.Write(model));
        }
    }

    private static void Add(SourceProductionContext context, string hintName, string? source, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo info in diagnostics)
        {
            if (DiagnosticDescriptors.ById(info.Id) is DiagnosticDescriptor descriptor)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, info.Location?.ToLocation(), System.Linq.Enumerable.ToArray(info.MessageArgs)));
            }
        }
        if (source is not null)
        {
            context.AddSource(hintName, source);
        }
    }
}
