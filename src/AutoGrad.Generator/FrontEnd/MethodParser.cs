using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// The front end: one <c>[Differentiable]</c> method → a <see cref="MethodModel"/> (its IR, or the
/// diagnostics that say why it has none). Runs inside the incremental pipeline, so it never throws
/// and keeps no symbol or syntax in what it returns.
/// </summary>
internal static class MethodParser
{
    public const string DifferentiableAttribute = "AutoGrad.DifferentiableAttribute";
    public const string NoDerivativeAttribute = "AutoGrad.NoDerivativeAttribute";

    /// <summary>Each order doubles the code of the highest forward companion: 2⁸ times the primal is plenty.</summary>
    public const int MaxOrder = 8;

    public static bool IsDifferentiable(IMethodSymbol method) => OrderOf(method) > 0;

    /// <summary>The method's <c>[Differentiable(Order = …)]</c>, 1 by default, or 0 if it has no such attribute.</summary>
    public static int OrderOf(IMethodSymbol method)
    {
        AttributeData? attribute = DifferentiableAttributeOf(method);
        if (attribute is null)
        {
            return 0;
        }
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Order" && argument.Value.Value is int order)
            {
                return order;
            }
        }
        return 1;
    }

    /// <summary>Whether the method is marked, whatever its <c>Order</c> (an invalid one is diagnosed, not ignored).</summary>
    public static bool HasDifferentiableAttribute(IMethodSymbol method) => DifferentiableAttributeOf(method) is not null;

    private static AttributeData? DifferentiableAttributeOf(IMethodSymbol method) =>
        method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == DifferentiableAttribute);

    public static bool IsDifferentiableParameter(IParameterSymbol parameter) =>
        TypeMapper.Map(parameter.Type) is { IsDifferentiable: true }
        && !parameter.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == NoDerivativeAttribute);

    /// <summary>
    /// The front end for the pipeline: the method at <paramref name="key"/>'s site, bound in <paramref name="compilation"/>,
    /// the compilation of the run that made the key.
    /// </summary>
    public static MethodModel Parse(ParseKey key, Compilation? compilation, CancellationToken cancellationToken)
    {
        MethodSite site = key.Site;
        if (compilation is not null
            && site.Find(compilation, cancellationToken) is { } syntax
            && compilation.GetSemanticModel(syntax.SyntaxTree) is var semanticModel
            && semanticModel.GetDeclaredSymbol(syntax, cancellationToken) is IMethodSymbol method)
        {
            return Parse(method, syntax, semanticModel, cancellationToken);
        }
        // Not reached: a key is parsed only in the run whose compilation it was made from. Said, not thrown.
        var lost = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, site.Body.Name,
            $"the method at {site.FilePath}({site.Start.Line + 1},{site.Start.Character + 1}) was not found in the compilation");
        return new MethodModel(null, EquatableArray<ContainingType>.Empty, "", false, "", site.Body.Name, null, 0, null, EquatableArray.Of(lost));
    }

    /// <summary>The front end for the pipeline and the analyzer: the method as it stands in the compilation of <paramref name="semanticModel"/>.</summary>
    public static MethodModel Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var callees = new CalleeSearch(syntax);
        MethodModel model;
        try
        {
            model = Parse(method, syntax, semanticModel, callees, cancellationToken);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            // The generator must never throw into the compiler, from any step of the front end (binding
            // with companion stubs, the name clash checks): an internal failure is a diagnostic at the method.
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, syntax.Identifier.GetLocation(),
                method.Name, exception.GetType().Name + ": " + exception.Message);
            return new MethodModel(null, EquatableArray<ContainingType>.Empty, "", false, "", method.Name,
                LocationInfo.From(syntax.Identifier.GetLocation()), 0, null, EquatableArray.Of(failure));
        }
        if (!callees.ReachedMaxDepth)
        {
            CompanionVerdicts.Note(semanticModel.Compilation, method, model.Primal is not null);
        }
        return model;
    }

    /// <param name="callees">Learns whether the [Differentiable] methods this one calls get companions (see <see cref="CalleeSearch"/>).</param>
    internal static MethodModel Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel semanticModel, CalleeSearch callees,
        CancellationToken cancellationToken)
    {
        // Binding the body for its errors is the front end's costliest step: done once, or twice when the generator must see companions.
        Diagnostic[] errors = Errors(semanticModel, syntax, cancellationToken);
        if (CompanionStubs.Bind(syntax, errors, semanticModel, cancellationToken) is SemanticModel seeingCompanions
            && seeingCompanions.GetDeclaredSymbol(syntax, cancellationToken) is IMethodSymbol rebound)
        {
            (method, semanticModel) = (rebound, seeingCompanions);
            errors = Errors(semanticModel, syntax, cancellationToken);
        }
        var diagnostics = new List<DiagnosticInfo>();
        EquatableArray<ContainingType> containingTypes = ContainingTypes(method, syntax, diagnostics);
        Function? primal = null;
        try
        {
            primal = ParseFunction(method, syntax, semanticModel, compiles: errors.Length == 0, diagnostics, callees, cancellationToken);
        }
        catch (System.OperationCanceledException)
        {
            throw;
        }
        catch (System.Exception exception)
        {
            // The generator must never throw into the compiler: an internal failure is a diagnostic.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, syntax.Identifier.GetLocation(),
                method.Name, exception.GetType().Name + ": " + exception.Message));
        }
        if (primal is not null && !diagnostics.Any(d => DiagnosticDescriptors.IsError(d.Id)))
        {
            CompanionNameClashes.Report(method, syntax, diagnostics);
        }
        bool failed = diagnostics.Any(d => DiagnosticDescriptors.IsError(d.Id));
        return new MethodModel(
            method.ContainingNamespace.IsGlobalNamespace ? null : method.ContainingNamespace.ToDisplayString(),
            containingTypes,
            SyntaxFacts.GetText(method.DeclaredAccessibility),
            method.IsStatic,
            HintName(method.ContainingType, method),
            method.ContainingType.Name + "." + method.Name,
            LocationInfo.From(syntax.Identifier.GetLocation()),
            OrderOf(method),
            failed ? null : primal,
            diagnostics.ToEquatableArray(),
            new[] { method.Name + "Gradient", method.Name + "Hessian", method.Name + "Derivatives" }
                .Where(name => method.ContainingType.GetMembers(name).Any(m => !CompanionNameClashes.IsGeneratedByAutoGrad(m))).ToEquatableArray());
    }

    private static Diagnostic[] Errors(SemanticModel semanticModel, MethodDeclarationSyntax syntax, CancellationToken cancellationToken) =>
        semanticModel.GetDiagnostics(syntax.Span, cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();

    /// <param name="compiles">Whether the method has no compiler errors (with the companions it calls in view).</param>
    private static Function? ParseFunction(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel semanticModel, bool compiles,
        List<DiagnosticInfo> diagnostics, CalleeSearch callees, CancellationToken cancellationToken)
    {
        if (method.GetAttributes().Any(CustomDerivatives.IsCustomDerivative))
        {
            // [CustomDerivative] wins: its checks report the clash, and nothing is generated over the user's companions.
            return null;
        }
        if (OrderOf(method) is < 1 or > MaxOrder)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, syntax.Identifier.GetLocation(),
                $"'{method.Name}' with Order = {OrderOf(method)}", $"Order must be between 1 and {MaxOrder}: each order doubles the size of the highest companion"));
        }
        if (method.IsGenericMethod)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, syntax.TypeParameterList?.GetLocation() ?? syntax.Identifier.GetLocation(),
                $"the generic method '{method.Name}'", "generic [Differentiable] methods are not supported"));
        }
        if (method.IsAsync || method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, syntax.Identifier.GetLocation(),
                $"the method '{method.Name}'", "async and ref-returning methods are not supported"));
        }
        IrType? returnType = TypeMapper.Map(method.ReturnType);
        if (returnType is not { IsDifferentiable: true } || returnType.IsArray && !returnType.IsFlatArray)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedType, syntax.ReturnType.GetLocation(),
                "The return value", method.ReturnType.ToDisplayString(), method.ReturnType.IsTupleType
                    ? "a [Differentiable] method must return double, double[] or double[,]; tuples are not supported yet as results (their companions' contract is not built): return a double[] of the results, or write a method per result"
                    : "a [Differentiable] method must return double, double[] or double[,]"));
        }
        var parameters = new List<Parameter>();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            IrType? type = TypeMapper.Map(parameter.Type);
            Location location = parameter.Locations.FirstOrDefault() ?? syntax.Identifier.GetLocation();
            if (type is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedType, location,
                    $"Parameter '{parameter.Name}'", parameter.Type.ToDisplayString(), TypeMapper.SupportedTypes));
                continue;
            }
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, location,
                    $"the parameter '{parameter.Name}'", "ref, out, in and params parameters are not supported"));
                continue;
            }
            parameters.Add(new Parameter(parameter.Name, type, IsDifferentiableParameter(parameter), DefaultValue: DefaultValue(parameter)));
        }
        if (syntax.Body is null && syntax.ExpressionBody is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, syntax.Identifier.GetLocation(),
                $"the method '{method.Name}'", "it has no body"));
            return null;
        }
        if (semanticModel.GetOperation(syntax, cancellationToken) is not IOperation body || diagnostics.Count > 0)
        {
            return null;
        }
        if (body.Syntax.ContainsDiagnostics || !compiles)
        {
            // Broken code: the compiler reports it; companions would only repeat its errors.
            return null;
        }

        var names = new NameTable(ReservedNames(method, body));
        // Each callee is parsed once, however often it is called.
        var calleeVerdicts = new Dictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        bool CalleeHasNoCompanions(IMethodSymbol callee)
        {
            if (!calleeVerdicts.TryGetValue(callee, out bool verdict))
            {
                verdict = !SymbolEqualityComparer.Default.Equals(callee.OriginalDefinition, method.OriginalDefinition)
                    && callees.HasNoCompanions(callee, semanticModel.Compilation, cancellationToken);
                calleeVerdicts.Add(callee, verdict);
            }
            return verdict;
        }
        var parser = new BodyParser(names, new HashSet<string>(parameters.Where(p => p.IsDifferentiable && p.Type.IsArray).Select(p => p.Name)), OrderOf(method),
            CalleeHasNoCompanions);
        Block block = parser.ParseBody(body);
        diagnostics.AddRange(parser.Diagnostics);
        var function = new Function(method.Name, returnType!, parameters.ToEquatableArray(), parser.Locals.ToEquatableArray(), block);
        if (parser.OpaqueCalls.Count > 0 || parser.ConstantArguments.Count > 0 || parser.ConstantArrayWrites.Count > 0 || parser.ObjectInputs.Count > 0)
        {
            var varied = new HashSet<string>(Activity.Analyze(function).Varied);
            ReportCallsWithoutDerivative(parser, varied, diagnostics);
            ReportLostDerivatives(parser, varied, diagnostics);
            ReportObjectInputs(parser, varied, diagnostics);
        }
        if (!diagnostics.Any(d => DiagnosticDescriptors.IsError(d.Id)))
        {
            DerivativeLossChecks.Report(function, parser, body, syntax.Identifier.GetLocation(), diagnostics);
        }
        return function;
    }

    /// <summary>AG0004: an ordinary method is fed a value that depends on a differentiable input.</summary>
    private static void ReportCallsWithoutDerivative(BodyParser parser, HashSet<string> varied, List<DiagnosticInfo> diagnostics)
    {
        foreach ((Opaque call, IOperation operation) in parser.OpaqueCalls)
        {
            if (call.IsPiecewiseConstant || call.ResultType.Kind is ValueKind.Bool or ValueKind.Int or ValueKind.Long)
            {
                continue;
            }
            var invocation = (IInvocationOperation)operation;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                Expr parsed = call.Args[argument.Parameter?.Ordinal ?? 0];
                if (Activity.DifferentiableReads(parsed).Any(varied.Contains))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoDerivative, operation.Syntax.GetLocation(),
                        invocation.TargetMethod.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), argument.Syntax.ToString()));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// AG0001: a value that depends on a differentiable input passed for a [NoDerivative] parameter, whose
    /// derivative the callee drops; or stored into an element of the method's own [NoDerivative] array,
    /// which as a constant has no adjoint to carry it.
    /// </summary>
    private static void ReportLostDerivatives(BodyParser parser, HashSet<string> varied, List<DiagnosticInfo> diagnostics)
    {
        foreach ((Expr argument, SyntaxNode syntax, string parameter, string callee) in parser.ConstantArguments)
        {
            if (Activity.DifferentiableReads(argument).Any(varied.Contains))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, syntax.GetLocation(), $"the argument '{syntax}'",
                    $"it depends on a differentiable input, but '{callee}' takes it as '[NoDerivative] {parameter}', a constant, so its derivative would be lost; pass a value that does not, or remove [NoDerivative]"));
            }
        }
        foreach ((Expr value, SyntaxNode syntax, string array) in parser.ConstantArrayWrites)
        {
            // The array's own elements are left out: it is varied only through such a write, reported where it is.
            if (Activity.DifferentiableReads(value).Any(v => v != array && varied.Contains(v)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, syntax.GetLocation(), $"the assignment '{syntax}'",
                    $"'{array}' is [NoDerivative], a constant, so it has no adjoint to carry the derivative of a value that depends on a differentiable input; copy it into a local array first, or remove [NoDerivative]"));
            }
        }
    }

    /// <summary>
    /// AG0001: an object local given a value that depends on a differentiable input (or on another object given one),
    /// and read outside code that only watches, where what comes out of it would be taken for a constant.
    /// </summary>
    private static void ReportObjectInputs(BodyParser parser, HashSet<string> varied, List<DiagnosticInfo> diagnostics)
    {
        var carrying = new HashSet<string>(varied);
        // Integers and conditions carry no derivative (a cast to one is AG0008's business): list.Add((int)x) is fine.
        bool Carries(Expr value) => value.Type.Kind is not (ValueKind.Int or ValueKind.Long or ValueKind.Bool)
            && IrWalk.SelfAndDescendants(value).OfType<Var>().Any(v => carrying.Contains(v.Name));
        while (parser.ObjectInputs.Where(i => !carrying.Contains(i.Object) && Carries(i.Value)).ToList() is { Count: > 0 } reached)
        {
            carrying.UnionWith(reached.Select(i => i.Object));
        }
        var reported = new HashSet<SyntaxNode>();
        foreach ((string name, Expr value, SyntaxNode syntax) in parser.ObjectInputs)
        {
            if (parser.ObjectsRead.TryGetValue(name, out SyntaxNode? read) && Carries(value) && reported.Add(syntax))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, syntax.GetLocation(), $"giving '{name}' a value in '{syntax}'",
                    $"the value depends on a differentiable input, and what the method reads out of '{name}' ('{read.Parent ?? read}') is taken as a constant, so its derivative would be lost; keep such values in double locals or arrays, and give '{name}' only values that do not depend on the inputs"));
            }
        }
    }

    /// <summary>User names, and the partner names the contract fixes, so generated names avoid them.</summary>
    private static IEnumerable<string> ReservedNames(IMethodSymbol method, IOperation body)
    {
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            yield return parameter.Name;
            yield return parameter.Name + "Tangent";
            yield return parameter.Name + "Adjoint";
        }
        yield return "seed";
        yield return method.Name;
        // Locals are renamed only on a clash; member names stay visible to unqualified calls.
        foreach (ISymbol member in method.ContainingType.GetMembers())
        {
            yield return member.Name;
        }
    }

    private static string? DefaultValue(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }
        return parameter.ExplicitDefaultValue switch
        {
            null => "default",
            double d => LiteralText.Of(d),
            bool b => b ? "true" : "false",
            object o when parameter.Type.TypeKind == TypeKind.Enum =>
                "(" + parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")" + SymbolDisplay.FormatPrimitive(o, false, false),
            object o => SymbolDisplay.FormatPrimitive(o, quoteStrings: true, useHexadecimalNumbers: false),
        };
    }

    private static EquatableArray<ContainingType> ContainingTypes(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        SyntaxNode? node = syntax.Parent;
        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType, node = node?.Parent)
        {
            var declaration = node as TypeDeclarationSyntax;
            if (declaration is not null && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeNotPartial, declaration.Identifier.GetLocation(), type.Name, method.Name));
            }
        }
        return ContainingTypes(method.ContainingType);
    }

    /// <summary>The types the companions are nested in, outermost first.</summary>
    public static EquatableArray<ContainingType> ContainingTypes(INamedTypeSymbol innermost)
    {
        var types = new List<ContainingType>();
        for (INamedTypeSymbol? type = innermost; type is not null; type = type.ContainingType)
        {
            types.Insert(0, new ContainingType(Keyword(type), type.Name + TypeParameters(type)));
        }
        return types.ToEquatableArray();
    }

    public static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    public static string TypeParameters(INamedTypeSymbol type) =>
        type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(t => t.Name)) + ">";

    /// <summary>A type as part of a file name: <c>double[,]</c> → <c>doubleMatrix</c>, <c>List&lt;int&gt;</c> → <c>List_int_</c>.</summary>
    private static string FileNamePart(ITypeSymbol type)
    {
        string text = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat).Replace("[]", "Array").Replace("[,]", "Matrix");
        return new string(text.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
    }

    /// <summary>
    /// A stable file name for companions of <paramref name="method"/> added to <paramref name="into"/>:
    /// namespace, types, method, and parameter types when the name is overloaded.
    /// </summary>
    public static string HintName(INamedTypeSymbol into, IMethodSymbol method)
    {
        var parts = new List<string>();
        if (!into.ContainingNamespace.IsGlobalNamespace)
        {
            parts.Add(into.ContainingNamespace.ToDisplayString());
        }
        var types = new List<string>();
        for (INamedTypeSymbol? type = into; type is not null; type = type.ContainingType)
        {
            types.Insert(0, type.Name + (type.Arity > 0 ? "_" + type.Arity : ""));
        }
        parts.AddRange(types);
        string name = method.Name;
        if (method.ContainingType.GetMembers(method.Name).Length > 1)
        {
            name += "_" + string.Join("_", method.Parameters.Select(p => FileNamePart(p.Type)));
        }
        parts.Add(name);
        return string.Join(".", parts) + ".AutoGrad.g.cs";
    }
}
