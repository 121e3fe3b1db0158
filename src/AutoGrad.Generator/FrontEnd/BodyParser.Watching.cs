using System.Collections.Generic;
using System.Linq;
using System.Text;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Code that only watches the computation: a <c>throw</c> (a guard), and a call of an ordinary method as a
/// statement (<c>Console.WriteLine($"step {i}: {x}")</c>, <c>Debug.Assert(…)</c>, <c>ThrowIfNegative(x)</c>).
/// Nothing it does can reach a double of the method, so it carries no derivative: the companions run it
/// where the method does, once, in the forward sweep (the Adjoint's recording sweep), and its arguments may
/// read any value. A call given an array is not watching code: it could write into the array.
/// </summary>
internal sealed partial class BodyParser
{
    private static readonly IrType StringType = IrType.OtherType("string");

    // Parsing an argument of watching code: strings, boxing, exceptions and any ordinary call are fine.
    private bool _watching;
    private readonly List<IOperation> _watchingStatements = new();

    /// <summary>Whether <paramref name="operation"/> is part of code that only watches (a cast there loses no derivative).</summary>
    public bool Watches(IOperation operation)
    {
        for (IOperation? node = operation; node is not null; node = node.Parent)
        {
            if (_watchingStatements.Contains(node))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A throw, or a call of an ordinary method as a statement; false for any other statement.</summary>
    private bool ParseWatching(IOperation operation, List<Stmt> output)
    {
        switch (operation)
        {
            case IThrowOperation { Exception: IOperation exception }:
                output.Add(SourceComment(operation));
                output.Add(new Throw(Watched(operation, exception)));
                return true;
            case IExpressionStatementOperation { Operation: IInvocationOperation call } when IsOrdinary(call):
                output.Add(SourceComment(operation));
                output.Add(new Evaluate(Watched(operation, call)));
                return true;
            default:
                return false;
        }
    }

    private Expr Watched(IOperation statement, IOperation value)
    {
        _watchingStatements.Add(statement);
        bool watching = _watching;
        _watching = true;
        Expr parsed = ParseExpression(value);
        _watching = watching;
        return parsed;
    }

    /// <summary>A method with no derivative of its own: not [Differentiable], no custom derivative, not a math primitive, not a companion.</summary>
    private static bool IsOrdinary(IInvocationOperation call) =>
        !MethodParser.IsDifferentiable(call.TargetMethod) && MathCalls.TryGetPrimitive(call.TargetMethod) is null && !CompanionNameClashes.IsGeneratedByAutoGrad(call.TargetMethod)
        && CustomDerivatives.CompanionTypeOf(call.TargetMethod, call.SemanticModel!.Compilation) is null;

    /// <summary>What only watching code may hold (strings, boxing, a new exception, any ordinary call or static member); null for the rest.</summary>
    private Expr? ParseWatched(IOperation operation)
    {
        switch (operation)
        {
            case IInterpolatedStringOperation text:
                return Interpolated(text);
            case IInterpolatedStringHandlerCreationOperation { Content: IInterpolatedStringOperation text }:
                return Interpolated(text);
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
                return new Literal("null", IrType.OtherType("object"));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                Expr left = ParseExpression(concatenation.LeftOperand);
                Expr right = ParseExpression(concatenation.RightOperand);
                return new Opaque(Operand(left, 0) + " + " + Operand(right, 1), EquatableArray.Of(left, right), StringType);
            case IConversionOperation { IsImplicit: true, Conversion.IsUserDefined: false } conversion when TypeMapper.Map(conversion.Type) is null:
                // Boxing, to object or a string: C# converts again where it is printed.
                return ParseExpression(conversion.Operand);
            case IObjectCreationOperation { Initializer: null, Constructor: IMethodSymbol constructor } creation:
                return NewObject(constructor, Arguments(creation.Arguments), TypeOf(constructor.ContainingType));
            case IInvocationOperation call when IsOrdinary(call):
                return WatchedCall(call);
            case IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } member when member is IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.Length: 0 }:
                string owner = member.Member.IsStatic ? FullName(member.Member.ContainingType) : "this";
                return new Opaque(owner + "." + member.Member.Name, EquatableArray<Expr>.Empty, TypeOf(member.Type!));
            default:
                return null;
        }
    }

    private Expr WatchedCall(IInvocationOperation call)
    {
        IMethodSymbol method = call.TargetMethod;
        // An interpolated string handler is passed by ref (sb.Append($"…")): C# makes it again from the string printed back.
        if (call.Arguments.FirstOrDefault(a => a.Parameter?.RefKind is RefKind.Ref or RefKind.Out && a.Value is not IInterpolatedStringHandlerCreationOperation
            || a.ArgumentKind == ArgumentKind.ParamArray) is IArgumentOperation byReference)
        {
            return Unsupported(byReference, $"the argument '{byReference.Syntax}'", "ref, out and params arguments are not supported");
        }
        if (call.Arguments.FirstOrDefault(a => MayWriteInto(method, a)) is IArgumentOperation given)
        {
            return Unsupported(given, $"passing the array '{given.Syntax}' to '{method.Name}'",
                "a method given an array may write into it, so this call is not taken as code that only watches; pass it a copy, (double[])a.Clone()");
        }
        var args = new List<Expr>();
        string owner = method.IsStatic ? FullName(method.ContainingType) : call.Instance is null or IInstanceReferenceOperation ? "this" : Receiver(call.Instance, args);
        args.AddRange(Arguments(call.Arguments));
        NoteObjectInputs(args, call.Syntax);
        return new Opaque(CallText(method, owner) + Holes(args.Count - call.Arguments.Length, call.Arguments.Length), args.ToEquatableArray(),
            method.ReturnsVoid ? IrType.Void : TypeOf(method.ReturnType));
    }

    /// <summary>
    /// An array a method could write into, also as an <c>Array</c> or <c>IList</c> (<c>Array.Copy(a, b, 1L)</c>): not a copy,
    /// not passed as an object, not given to a method of string (which only reads).
    /// </summary>
    private static bool MayWriteInto(IMethodSymbol method, IArgumentOperation argument) =>
        Unconverted(argument.Value).Type is IArrayTypeSymbol && argument.Parameter?.Type.SpecialType != SpecialType.System_Object
        && method.ContainingType.SpecialType != SpecialType.System_String;

    private string Receiver(IOperation instance, List<Expr> args)
    {
        args.Add(ParseExpression(instance));
        return Operand(args[0], 0);
    }

    private Expr[] Arguments(IEnumerable<IArgumentOperation> arguments) =>
        arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => ParseExpression(a.Value)).ToArray();

    /// <summary><c>$"…{x}…"</c>, with its text spelled again as C# and each hole a placeholder of <see cref="Opaque.Template"/>.</summary>
    private Expr Interpolated(IInterpolatedStringOperation text)
    {
        var args = new List<Expr>();
        var template = new StringBuilder("$\"");
        foreach (IInterpolatedStringContentOperation part in text.Parts)
        {
            (string? literal, IOperation? value, object? alignment, object? format) = Part(part);
            if (literal is not null)
            {
                // Escaped twice: for the interpolated string, then for string.Format, which fills the template.
                template.Append(FormatEscaped(FormatEscaped(SymbolDisplay.FormatLiteral(literal, quote: false))));
            }
            else if (value is not null)
            {
                args.Add(ParseExpression(value));
                string placeholder = "{" + (args.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
                // A hole's ':' starts its format, so anything but a name or a literal goes in parentheses (an element
                // too: G(3)[0] is printed global::N.T.G(3)[0]).
                template.Append("{{").Append(args[args.Count - 1] is Var or Literal ? placeholder : "(" + placeholder + ")");
                if (alignment is int width)
                {
                    template.Append(',').Append(width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                if (format is string spelled)
                {
                    template.Append(':').Append(FormatEscaped(spelled));
                }
                template.Append("}}");
            }
        }
        return new Opaque(template.Append('"').ToString(), args.ToEquatableArray(), StringType);
    }

    /// <summary>
    /// A part of an interpolated string: its text, or its hole with alignment and format. Given to a handler
    /// (<c>sb.Append($"…")</c>), the parts are the handler's <c>AppendLiteral</c> and <c>AppendFormatted</c> calls.
    /// </summary>
    private static (string? Literal, IOperation? Value, object? Alignment, object? Format) Part(IInterpolatedStringContentOperation part)
    {
        switch (part)
        {
            case IInterpolatedStringTextOperation { Text.ConstantValue.Value: string literal }:
                return (literal, null, null, null);
            case IInterpolationOperation hole:
                return (null, hole.Expression, hole.Alignment?.ConstantValue.Value, hole.FormatString?.ConstantValue.Value);
            case IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendLiteral, AppendCall: IInvocationOperation { Arguments.Length: 1 } literalCall }:
                return (literalCall.Arguments[0].Value.ConstantValue.Value as string, null, null, null);
            case IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation append }:
                object? Named(string name) => append.Arguments.FirstOrDefault(a => a.Parameter?.Name == name)?.Value.ConstantValue.Value;
                return (null, Unconverted(append.Arguments[0].Value), Named("alignment"), Named("format"));
            default:
                return (null, null, null, null);
        }
    }

    private static string FormatEscaped(string text) => text.Replace("{", "{{").Replace("}", "}}");

    /// <summary>The placeholder of argument <paramref name="index"/>, in parentheses unless it is a name, literal, element or call.</summary>
    private static string Operand(Expr value, int index)
    {
        string placeholder = "{" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        return value is Var or Literal or Index or Opaque or Call or Primitive ? placeholder : "(" + placeholder + ")";
    }

    /// <summary><c>({first}, …)</c>: placeholders for <paramref name="count"/> arguments.</summary>
    private static string Holes(int first, int count) =>
        "(" + string.Join(", ", Enumerable.Range(first, count).Select(i => "{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}")) + ")";

    /// <summary><c>owner.Name</c>, with the method's type arguments.</summary>
    private static string CallText(IMethodSymbol method, string owner) =>
        owner + "." + method.Name + (method.IsGenericMethod ? "<" + string.Join(", ", method.TypeArguments.Select(FullName)) + ">" : "");

    private static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static IrType TypeOf(ITypeSymbol type) => TypeMapper.MapValue(type) ?? IrType.OtherType(FullName(type));

    /// <summary>
    /// <paramref name="value"/>, or null where it is a throw expression, whose throw then goes before the
    /// statement, on the path that reaches it.
    /// </summary>
    private Expr? ValueOrThrow(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true, Operand: IThrowOperation thrown })
        {
            value = thrown;
        }
        return value is IThrowOperation { Exception: IOperation exception } ? ThrowHere(value, Watched(value, exception)) : ParseExpression(value);
    }

    /// <summary>Throws <paramref name="exception"/> before the statement, where the path leads; null, as no value follows.</summary>
    private Expr? ThrowHere(IOperation at, Expr exception)
    {
        if (!Hoist(new Throw(exception)))
        {
            Unsupported(at, "'throw'", "a throw expression in a loop's header or a for clause is not supported");
        }
        return null;
    }

    /// <summary><c>condition ? whenTrue : whenFalse</c>, where a branch that throws (null) leaves the other.</summary>
    private static Expr? Join(Expr condition, Expr? whenTrue, Expr? whenFalse, IrType type) =>
        whenTrue is null ? whenFalse : whenFalse is null ? whenTrue : new Conditional(condition, whenTrue, whenFalse, type);

    /// <summary>A <c>?:</c> on a condition that is not constant; either branch may be a throw expression.</summary>
    private Expr Choice(Expr condition, IOperation whenTrue, IOperation whenFalse, IrType type) =>
        Join(condition, OnPath(condition, () => ValueOrThrow(whenTrue)), OnPath(Rules.X.Not(condition), () => ValueOrThrow(whenFalse)), type)
        ?? Literal.Zero;
}
