using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Derivatives used as values: <c>FTangent(x, v).Tangent</c> in a <c>[Differentiable]</c> method, which
/// AutoGrad differentiates again (it generated FTangent, so it knows what it computes). Parsed from
/// the syntax, because inside the generator the companion does not exist yet (see <see cref="CompanionCalls"/>).
/// </summary>
internal sealed partial class BodyParser
{
    /// <summary>
    /// <c>FTangent(…).Tangent</c> or <c>FTangent(…).Value</c>, or null if <paramref name="operation"/> is not
    /// a part of a companion's result. The value is F itself; the tangent is a call the transforms
    /// differentiate with F's second-order companions.
    /// </summary>
    private Expr? ParseCompanionPart(IOperation operation)
    {
        if (operation is IFieldReferenceOperation { Instance: IInvocationOperation { TargetMethod: var companion } } && CompanionCalls.CustomPrimalOf(companion) is IMethodSymbol custom)
        {
            return Unsupported(operation, $"'{OneLine(operation.Syntax.ToString())}'",
                $"'{custom.Name}' has hand-written companions ([CustomDerivative]), and a derivative of such a method cannot be used as a value yet; if AutoGrad can differentiate '{custom.Name}', make it [Differentiable(Order = 2)] instead");
        }
        if (operation.Syntax is MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax inner } && IsCompanionResultPart(inner, operation.SemanticModel!))
        {
            // GTangentTangent(…).Tangent.Tangent: a part of a part is never a first derivative; said of the call, not as a member read.
            return UnsupportedCompanionCall(operation);
        }
        if (operation.Syntax is not MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax invocation, Name: IdentifierNameSyntax part }
            || CompanionCalls.Resolve(invocation, operation.SemanticModel!) is not (IMethodSymbol primal, CalleeForm form))
        {
            return null;
        }
        string what = $"'{OneLine(operation.Syntax.ToString())}'";
        if (form != CalleeForm.Tangent || part.Identifier.ValueText is not ("Value" or "Tangent"))
        {
            return UnsupportedCompanionCall(operation);
        }
        bool tangent = part.Identifier.ValueText == "Tangent";
        if (tangent && _order > 1)
        {
            return Unsupported(operation, what,
                $"a method that uses a derivative of '{primal.Name}' can only have Order = 1: its own second-order companions would need third-order companions of '{primal.Name}' in reverse mode");
        }
        bool onThisOrStatic = primal.IsStatic || invocation.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
        if (CalleeProblem(primal, onThisOrStatic, tangent ? _order + 1 : _order) is string problem)
        {
            return Unsupported(operation, what, problem);
        }
        if (CompanionArguments(invocation, primal, operation.SemanticModel!) is not List<CompanionArgument> args)
        {
            return Unsupported(operation, what,
                $"pass every argument of '{primal.Name}Tangent' in order, without names: each input of '{primal.Name}' with the types it declares, and after each differentiable one its direction");
        }
        foreach (CompanionArgument argument in args)
        {
            NoteConstantArgument(argument.Parameter, argument.Value, argument.Syntax, primal.Name + "Tangent");
        }
        var callee = CalleeFor(primal, primal.ContainingType, MethodParser.OrderOf(primal), operation.SemanticModel!.Compilation);
        IrType resultType = TypeMapper.Map(primal.ReturnType)!;
        if (!tangent)
        {
            // The value part is F(x): the directions do not matter, and F's own companions differentiate it.
            return new Call(callee, CalleeForm.Primal, null, args.Select(a => a.Value).ToEquatableArray(), resultType);
        }
        IEnumerable<Expr> slots = args.SelectMany(a => a.Direction is null ? new[] { a.Value } : new[] { a.Value, a.Direction });
        return new Call(callee, CalleeForm.Tangent, null, slots.ToEquatableArray(), resultType, Part: "Tangent");
    }

    /// <summary>One input of F in a call of FTangent: its value (and that argument's syntax) and, if it is differentiable, its direction.</summary>
    private sealed record CompanionArgument(IParameterSymbol Parameter, Expr Value, SyntaxNode Syntax, Expr? Direction);

    /// <summary>
    /// The arguments of a Tangent companion call, per input of F, each converted to its parameter's type
    /// (an int to a double, as C# does), or null if they are not positional and complete or a type does not fit.
    /// </summary>
    private List<CompanionArgument>? CompanionArguments(InvocationExpressionSyntax invocation, IMethodSymbol primal, SemanticModel model)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count != primal.Parameters.Sum(p => MethodParser.IsDifferentiableParameter(p) ? 2 : 1)
            || arguments.Any(a => a.NameColon is not null || a.RefKindKeyword.RawKind != 0))
        {
            return null;
        }
        var args = new List<CompanionArgument>();
        int next = 0;
        foreach (IParameterSymbol parameter in primal.Parameters)
        {
            if (TypeMapper.Map(parameter.Type) is not IrType type)
            {
                return null;
            }
            ArgumentSyntax valueSyntax = arguments[next++];
            if (CompanionArgumentValue(valueSyntax, type, model) is not Expr value)
            {
                return null;
            }
            Expr? direction = null;
            if (MethodParser.IsDifferentiableParameter(parameter) && (direction = CompanionArgumentValue(arguments[next++], type, model)) is null)
            {
                return null;
            }
            args.Add(new CompanionArgument(parameter, value, valueSyntax, direction));
        }
        return args;
    }

    /// <summary>One argument parsed and converted to <paramref name="type"/>, or null if it does not fit.</summary>
    private Expr? CompanionArgumentValue(ArgumentSyntax argument, IrType type, SemanticModel model)
    {
        ExpressionSyntax expression = argument.Expression;
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            // C# has no operation for parentheses: (x - 1.0) is bound as x - 1.0.
            expression = parenthesized.Expression;
        }
        if (model.GetOperation(expression) is not IOperation operation)
        {
            return null;
        }
        Expr parsed = ParseExpression(operation);
        bool widened = type.IsDouble && parsed.Type.Kind is ValueKind.Int or ValueKind.Long;
        return widened ? new Cast(parsed, IrType.Double, IsImplicit: true) : parsed.Type == type ? parsed : null;
    }

    /// <summary>Whether <paramref name="access"/> reads a part (or a part of a part) of a generated companion's result.</summary>
    private static bool IsCompanionResultPart(MemberAccessExpressionSyntax access, SemanticModel model) => access.Expression switch
    {
        InvocationExpressionSyntax invocation => CompanionCalls.Resolve(invocation, model) is not null,
        MemberAccessExpressionSyntax inner => IsCompanionResultPart(inner, model),
        _ => false,
    };

    /// <summary>A call of a generated companion that is not a part of a Tangent companion's result.</summary>
    private Expr UnsupportedCompanionCall(IOperation operation) =>
        Unsupported(operation, $"the call of the generated companion in '{OneLine(operation.Syntax.ToString())}'",
            "a [Differentiable] method can use a derivative only as 'FTangent(…).Tangent' (or '.Value'), which AutoGrad differentiates again with F's second-order companions; for higher derivatives of one method use [Differentiable(Order = N)] (see the README, Higher derivatives)");
}
