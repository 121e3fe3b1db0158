using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Diagnostics;

/// <summary>Every diagnostic AutoGrad reports, in one place.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "AutoGrad";
    private const string HelpRoot = "https://github.com/autograd-dotnet/autograd/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "AG0001",
        title: "AutoGrad cannot differentiate this construct",
        messageFormat: "AutoGrad cannot differentiate {0}: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0001.md");

    public static readonly DiagnosticDescriptor TypeNotPartial = new(
        id: "AG0002",
        title: "The type of a [Differentiable] method must be partial",
        messageFormat: "Type '{0}' must be declared 'partial' so AutoGrad can add the derivatives of '{1}' to it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0002.md");

    public static readonly DiagnosticDescriptor UnsupportedType = new(
        id: "AG0003",
        title: "Unsupported parameter, local or return type",
        messageFormat: "{0} of type '{1}' is not supported by [Differentiable] methods: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0003.md");

    public static readonly DiagnosticDescriptor NoDerivative = new(
        id: "AG0004",
        title: "Call to a method that has no derivative",
        messageFormat: "'{0}' has no derivative, but its argument '{1}' depends on a differentiable input; mark '{0}' [Differentiable], or pass only values that do not depend on differentiable inputs",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0004.md");

    public static readonly DiagnosticDescriptor WriteToInputArray = new(
        id: "AG0005",
        title: "Write into a differentiable input array",
        messageFormat: "'{0}' writes into the differentiable input array '{1}': that would change the caller's data and the values the derivative needs; copy it first: var copy = (double[]){1}.Clone();",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0005.md");

    public static readonly DiagnosticDescriptor CustomDerivativeIncomplete = new(
        id: "AG0020",
        title: "A custom derivative lacks the companions it needs",
        messageFormat: "The custom derivative of '{0}' {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0020.md");

    public static readonly DiagnosticDescriptor CompanionSignatureMismatch = new(
        id: "AG0021",
        title: "A hand-written companion does not have the signature AutoGrad expects",
        messageFormat: "'{0}' does not match the {1} of '{2}' that AutoGrad expects: {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0021.md");

    public static readonly DiagnosticDescriptor InternalError = new(
        id: "AG0099",
        title: "AutoGrad failed on this method",
        messageFormat: "AutoGrad failed to differentiate '{0}' ({1}); please report this with the method's code",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0099.md");

    public static DiagnosticDescriptor? ById(string id) => id switch
    {
        "AG0001" => UnsupportedConstruct,
        "AG0002" => TypeNotPartial,
        "AG0003" => UnsupportedType,
        "AG0004" => NoDerivative,
        "AG0005" => WriteToInputArray,
        "AG0020" => CustomDerivativeIncomplete,
        "AG0021" => CompanionSignatureMismatch,
        "AG0099" => InternalError,
        _ => null,
    };
}
