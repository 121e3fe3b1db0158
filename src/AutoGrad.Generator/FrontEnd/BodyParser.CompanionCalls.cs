using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
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
        if (CompanionArguments(invocation, primal, operation.SemanticModel!) is not List<Expr> args)
        {
            return Unsupported(operation, what,
                $"pass every argument of '{primal.Name}Tangent' in order, without names: each input of '{primal.Name}' with the types it declares, and after each differentiable one its direction");
        }
        for (int p = 0, slot = 0; p < primal.Parameters.Length; slot += MethodParser.IsDifferentiableParameter(primal.Parameters[p++]) ? 2 : 1)
        {
            NoteConstantArgument(primal.Parameters[p], args[slot], invocation.ArgumentList.Arguments[slot], primal.Name + "Tangent");
        }
        var callee = CalleeFor(primal, primal.ContainingType, MethodParser.OrderOf(primal));
        IrType resultType = TypeMapper.Map(primal.ReturnType)!;
        if (!tangent)
        {
            // The value part is F(x): the directions do not matter, and F's own companions differentiate it.
            List<Expr> values = args.Where((_, i) => IsValueSlot(primal, i)).ToList();
            return new Call(callee, CalleeForm.Primal, null, values.ToEquatableArray(), resultType);
        }
        return new Call(callee, CalleeForm.Tangent, null, args.ToEquatableArray(), resultType, Part: "Tangent");
    }

    /// <summary>
    /// The arguments of a Tangent companion call, each converted to its parameter's type (an int to a
    /// double, as C# does), or null if they are not positional and complete or a type does not fit.
    /// </summary>
    private List<Expr>? CompanionArguments(InvocationExpressionSyntax invocation, IMethodSymbol primal, SemanticModel model)
    {
        List<IrType> slots = primal.Parameters
            .SelectMany(p => MethodParser.IsDifferentiableParameter(p) ? new[] { p.Type, p.Type } : new[] { p.Type })
            .Select(TypeMapper.Map).OfType<IrType>().ToList();
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count != slots.Count || arguments.Any(a => a.NameColon is not null || a.RefKindKeyword.RawKind != 0))
        {
            return null;
        }
        var args = new List<Expr>();
        for (int i = 0; i < slots.Count; i++)
        {
            ExpressionSyntax expression = arguments[i].Expression;
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                // C# has no operation for parentheses: (x - 1.0) is bound as x - 1.0.
                expression = parenthesized.Expression;
            }
            if (model.GetOperation(expression) is not IOperation argument)
            {
                return null;
            }
            Expr parsed = ParseExpression(argument);
            bool widened = slots[i].IsDouble && parsed.Type.Kind is ValueKind.Int or ValueKind.Long;
            if (!widened && parsed.Type != slots[i])
            {
                return null;
            }
            args.Add(widened ? new Cast(parsed, IrType.Double, IsImplicit: true) : parsed);
        }
        return args;
    }

    /// <summary>Whether <paramref name="access"/> reads a part (or a part of a part) of a generated companion's result.</summary>
    private static bool IsCompanionResultPart(MemberAccessExpressionSyntax access, SemanticModel model) => access.Expression switch
    {
        InvocationExpressionSyntax invocation => CompanionCalls.Resolve(invocation, model) is not null,
        MemberAccessExpressionSyntax inner => IsCompanionResultPart(inner, model),
        _ => false,
    };

    /// <summary>Whether argument <paramref name="index"/> of FTangent is one of F's own inputs, not a direction.</summary>
    private static bool IsValueSlot(IMethodSymbol primal, int index)
    {
        int slot = 0;
        foreach (IParameterSymbol parameter in primal.Parameters)
        {
            if (slot == index)
            {
                return true;
            }
            slot += MethodParser.IsDifferentiableParameter(parameter) ? 2 : 1;
        }
        return false;
    }

    /// <summary>A call of a generated companion that is not a part of a Tangent companion's result.</summary>
    private Expr UnsupportedCompanionCall(IOperation operation) =>
        Unsupported(operation, $"the call of the generated companion in '{OneLine(operation.Syntax.ToString())}'",
            "a [Differentiable] method can use a derivative only as 'FTangent(…).Tangent' (or '.Value'), which AutoGrad differentiates again with F's second-order companions; for higher derivatives of one method use [Differentiable(Order = N)] (see the README, Higher derivatives)");
}
