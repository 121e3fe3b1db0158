using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Diagnostics;

/// <summary>Every diagnostic AutoGrad reports, in one place.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "AutoGrad";
    /// <summary>Where the pages of docs/diagnostics are: under the address in Directory.Build.props, which the build writes into this assembly.</summary>
    public static readonly string HelpRoot = typeof(DiagnosticDescriptors).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "AutoGradRepositoryUrl").Value + "/blob/main/docs/diagnostics/";

    /// <summary>The property of an AG0005 diagnostic that names the input array, for the code fix.</summary>
    public const string InputArrayProperty = "InputArray";

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "AG0001",
        title: "AutoGrad cannot differentiate this construct",
        messageFormat: "AutoGrad cannot differentiate {0}: {1}; rewrite it with the supported statements and expressions",
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
        messageFormat: "'{0}' has no derivative, but its argument '{1}' depends on a differentiable input; mark '{0}' [Differentiable] (or call a [Differentiable] method that computes the same), or pass only values that do not depend on differentiable inputs",
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

    public static readonly DiagnosticDescriptor WriteToMember = new(
        id: "AG0006",
        title: "Write to a field or property",
        messageFormat: "'{0}' writes to '{1}', a field or property: the companions would repeat this hidden side effect and no derivative flows through it; keep the value in a local and return it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0006.md");

    public static readonly DiagnosticDescriptor CompanionNameClash = new(
        id: "AG0007",
        title: "A generated companion's name is taken",
        messageFormat: "'{0}' clashes with {1} that AutoGrad generates for '{2}'; rename '{0}' or '{2}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0007.md");

    public static readonly DiagnosticDescriptor IntegerCast = new(
        id: "AG0008",
        title: "A differentiable value is cast to an integer",
        messageFormat: "The cast '{0}' turns a value that depends on a differentiable input into an integer, so its derivative is lost (0); keep it a double, or suppress this warning if a step function is intended",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0008.md");

    public static readonly DiagnosticDescriptor PiecewiseConstantCall = new(
        id: "AG0009",
        title: "A differentiable value goes through a piecewise constant function",
        messageFormat: "'{0}' is piecewise constant and its argument depends on a differentiable input, so the derivative through it is 0; keep the value unrounded, or suppress this warning if a step function is intended",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0009.md");

    public static readonly DiagnosticDescriptor PiecewiseConstantResult = new(
        id: "AG0010",
        title: "The result depends on the inputs only through comparisons or rounding",
        messageFormat: "The result of '{0}' depends on its differentiable inputs only through comparisons, rounding or integer casts, so its derivatives are 0 everywhere; make it a smooth function of the inputs, or suppress this warning if that is intended",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0010.md");

    public static readonly DiagnosticDescriptor ResultIndependentOfInputs = new(
        id: "AG0011",
        title: "The result does not depend on any differentiable input",
        messageFormat: "The result of '{0}' does not depend on any differentiable input, so its derivatives are all 0; use the inputs, or remove [Differentiable]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0011.md");

    public static readonly DiagnosticDescriptor OrderTooLow = new(
        id: "AG0012",
        title: "The method's Order does not generate this companion",
        messageFormat: "'{0}' needs [Differentiable(Order = {1})] on '{2}' (it has Order = {3})",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "AG0012.md");

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

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        UnsupportedConstruct, TypeNotPartial, UnsupportedType, NoDerivative, WriteToInputArray, WriteToMember,
        CompanionNameClash, IntegerCast, PiecewiseConstantCall, PiecewiseConstantResult, ResultIndependentOfInputs, OrderTooLow, CustomDerivativeIncomplete, CompanionSignatureMismatch, InternalError);

    public static DiagnosticDescriptor? ById(string id) => All.FirstOrDefault(d => d.Id == id);

    public static bool IsError(string id) => ById(id)?.DefaultSeverity == DiagnosticSeverity.Error;
}
