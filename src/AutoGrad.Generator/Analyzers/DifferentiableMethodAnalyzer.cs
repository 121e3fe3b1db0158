using System.Collections.Immutable;
using System.Linq;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.FrontEnd;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AutoGrad.Generator.Analyzers;

/// <summary>
/// Reports why a <c>[Differentiable]</c> method can't be differentiated (or loses its derivative).
/// It runs the generator's own front end, <see cref="MethodParser.Parse"/>, so the analyzer and the
/// generator cannot disagree; reporting from an analyzer rather than the generator gives the IDE
/// squiggles, code fixes and suppressions, and keeps the generator's cached pipeline free of them.
/// It also says which Order a missing companion needs, where the compiler only says it does not exist (<see cref="OrderTooLow"/>).
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
                start.RegisterSyntaxNodeAction(AnalyzeType,
                    SyntaxKind.ClassDeclaration, SyntaxKind.StructDeclaration, SyntaxKind.RecordDeclaration,
                    SyntaxKind.RecordStructDeclaration, SyntaxKind.InterfaceDeclaration);
                start.RegisterSymbolAction(AnalyzeCustomDerivative, SymbolKind.Method);
                start.RegisterSyntaxNodeAction(AnalyzeRegistration, SyntaxKind.Attribute);
                // A name after a dot is an IdentifierName too: M.FAdjointTangent and this.FAdjointTangent come here.
                start.RegisterSyntaxNodeAction(OrderTooLow.Analyze, SyntaxKind.IdentifierName);
            }
        });
    }

    /// <summary>A <c>[CustomDerivative]</c> method: its hand-written companions, checked as the generator reads them.</summary>
    private static void AnalyzeCustomDerivative(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.GetAttributes().Any(CustomDerivatives.IsCustomDerivative) && method.Locations.FirstOrDefault() is Location location)
        {
            ReportAll(context.Compilation, CustomDerivativeParser.ParseMethod(method, location).Diagnostics, context.ReportDiagnostic);
        }
    }

    /// <summary>An <c>[assembly: CustomDerivative(…)]</c> registration.</summary>
    private static void AnalyzeRegistration(SyntaxNodeAnalysisContext context)
    {
        if (context.Node.Parent is not AttributeListSyntax { Target.Identifier.ValueText: "assembly" })
        {
            return;
        }
        foreach (CustomDerivativeModel model in CustomDerivativeParser.ParseRegistrations(context.SemanticModel.Compilation))
        {
            ReportAll(context.SemanticModel.Compilation, model.Diagnostics.Where(d => d.Location?.Span == context.Node.Span && d.Location.FilePath == context.Node.SyntaxTree.FilePath), context.ReportDiagnostic);
        }
    }

    /// <summary>Diagnostics that may point into any tree of the compilation (a companion beside its method).</summary>
    private static void ReportAll(Compilation compilation, System.Collections.Generic.IEnumerable<DiagnosticInfo> diagnostics, System.Action<Diagnostic> report)
    {
        foreach (DiagnosticInfo info in diagnostics)
        {
            SyntaxTree? tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == info.Location?.FilePath);
            if (tree is not null)
            {
                report(ToDiagnostic(info, tree));
            }
        }
    }

    /// <summary>
    /// Each diagnostic is reported by the action whose node holds it, so the IDE sees it as local to what
    /// it analyzes (and offers fixes): the method reports what lies inside it.
    /// </summary>
    private static void AnalyzeMethod(SyntaxNodeAnalysisContext context)
    {
        var syntax = (MethodDeclarationSyntax)context.Node;
        if (Parse(syntax, context) is MethodModel model)
        {
            Report(context, model, syntax.Span);
        }
    }

    /// <summary>A type that is not partial reports AG0002 for each <c>[Differentiable]</c> method in it, at its name.</summary>
    private static void AnalyzeType(SyntaxNodeAnalysisContext context)
    {
        var type = (TypeDeclarationSyntax)context.Node;
        if (type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return;
        }
        foreach (MethodDeclarationSyntax method in type.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            if (Parse(method, context) is MethodModel model)
            {
                Report(context, model, type.Identifier.Span);
            }
        }
    }

    private static MethodModel? Parse(MethodDeclarationSyntax syntax, SyntaxNodeAnalysisContext context) =>
        syntax.AttributeLists.Count > 0
        && context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is IMethodSymbol method
        && MethodParser.HasDifferentiableAttribute(method)
            ? MethodParser.Parse(method, syntax, context.SemanticModel, context.CancellationToken)
            : null;

    private static void Report(SyntaxNodeAnalysisContext context, MethodModel model, TextSpan within)
    {
        foreach (DiagnosticInfo info in model.Diagnostics)
        {
            if (info.Location is not null && within.Contains(info.Location.Span))
            {
                context.ReportDiagnostic(ToDiagnostic(info, context.Node.SyntaxTree));
            }
        }
    }

    /// <summary>
    /// The front end points into the method's own tree (the method, its parameters, the types around
    /// it), so the span is re-anchored there: a location in a tree is what the IDE can underline.
    /// </summary>
    private static Diagnostic ToDiagnostic(DiagnosticInfo info, SyntaxTree tree)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(info.Id)!;
        Location location = Location.Create(tree, info.Location!.Span);
        ImmutableDictionary<string, string?>? properties = descriptor == DiagnosticDescriptors.WriteToInputArray
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.InputArrayProperty, info.MessageArgs[1])
            : null;
        return Diagnostic.Create(descriptor, location, properties, info.MessageArgs.ToArray<object>());
    }
}
