using System.Collections.Immutable;
using System.Linq;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.FrontEnd;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoGrad.Generator.Analyzers;

/// <summary>
/// Reports why a <c>[Differentiable]</c> method can't be differentiated (or loses its derivative).
/// It runs the generator's own front end, <see cref="MethodParser.Parse"/>, so the analyzer and the
/// generator cannot disagree; reporting from an analyzer rather than the generator gives the IDE
/// squiggles, code fixes and suppressions, and keeps the generator's cached pipeline free of them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DifferentiableMethodAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Without the attribute in the compilation there is nothing to analyze.
            if (start.Compilation.GetTypeByMetadataName(MethodParser.DifferentiableAttribute) is not null)
            {
                start.RegisterSyntaxNodeAction(AnalyzeMethod, SyntaxKind.MethodDeclaration);
            }
        });
    }

    private static void AnalyzeMethod(SyntaxNodeAnalysisContext context)
    {
        var syntax = (MethodDeclarationSyntax)context.Node;
        if (syntax.AttributeLists.Count == 0
            || context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not IMethodSymbol method
            || !MethodParser.HasDifferentiableAttribute(method))
        {
            return;
        }
        MethodModel model = MethodParser.Parse(method, syntax, context.SemanticModel, context.CancellationToken);
        foreach (DiagnosticInfo info in model.Diagnostics)
        {
            context.ReportDiagnostic(ToDiagnostic(info, syntax.SyntaxTree));
        }
    }

    /// <summary>
    /// The front end points into the method's own tree (the method, its parameters, the types around
    /// it), so the span is re-anchored there: a location in a tree is what the IDE can underline.
    /// </summary>
    private static Diagnostic ToDiagnostic(DiagnosticInfo info, SyntaxTree tree)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(info.Id)!;
        Location location = info.Location is null ? Location.None : Location.Create(tree, info.Location.Span);
        ImmutableDictionary<string, string?>? properties = descriptor == DiagnosticDescriptors.WriteToInputArray
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.InputArrayProperty, info.MessageArgs[1])
            : null;
        return Diagnostic.Create(descriptor, location, properties, info.MessageArgs.ToArray<object>());
    }
}
