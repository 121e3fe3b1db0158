using System.Collections.Generic;
using System.Linq;

namespace AutoGrad.Generator.Ir;

internal enum UnaryOp
{
    Negate,
    Plus,
    Not,
    BitwiseNot,
}

internal enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    BitwiseAnd,
    BitwiseOr,
    ExclusiveOr,
    LeftShift,
    RightShift,
}

/// <summary>An IR expression. Every node is a value-equatable record and knows its type.</summary>
internal abstract record Expr
{
    public abstract IrType Type { get; }
}

/// <summary>A literal, already spelled as C# (e.g. <c>2.0</c>, <c>double.NaN</c>, <c>true</c>).</summary>
/// <summary>A constant, as C# spells it, with its value when it is a number: passes test the value, never the text.</summary>
internal sealed record Literal(string Text, IrType LiteralType) : Expr
{
    public override IrType Type => LiteralType;

    /// <summary>The value of a number (NaN and the infinities too); null for anything else (a string, <c>null</c>, a cast).</summary>
    public double? Number { get; } = LiteralText.Number(Text, LiteralType);

    /// <summary>The exact value of an <c>int</c> or <c>long</c> literal; null for anything else.</summary>
    public long? Integer { get; } = LiteralText.Integer(Text, LiteralType);

    /// <summary>An integer literal of <paramref name="type"/> (<c>int</c> or <c>long</c>), spelled as C# does.</summary>
    public static Literal OfInteger(long value, IrType type) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture) + (type.Kind == ValueKind.Long ? "L" : ""), type);

    public static readonly Literal Zero = new("0.0", IrType.Double);
    public static readonly Literal One = new("1.0", IrType.Double);
    public static readonly Literal True = new("true", IrType.Bool);
    public static readonly Literal False = new("false", IrType.Bool);
    public static readonly Literal IntZero = new("0", IrType.Int);
    public static readonly Literal IntOne = new("1", IrType.Int);

    public static Literal Of(double value) => new(LiteralText.Of(value), IrType.Double);
}

/// <summary>A local or parameter.</summary>
internal sealed record Var(string Name, IrType VarType) : Expr
{
    public override IrType Type => VarType;
}

internal sealed record Unary(UnaryOp Op, Expr Operand, IrType ResultType) : Expr
{
    public override IrType Type => ResultType;
}

internal sealed record Binary(BinaryOp Op, Expr Left, Expr Right, IrType ResultType) : Expr
{
    public override IrType Type => ResultType;

    public bool IsArithmetic => Op <= BinaryOp.Remainder;
}

/// <summary>A call of a primitive with a derivative rule (<c>Math.Sin</c>, …); see <c>Rules.PrimitiveRules</c>.</summary>
internal sealed record Primitive(string Name, EquatableArray<Expr> Args) : Expr
{
    public override IrType Type => IrType.Double;
}

/// <summary>A call of another <c>[Differentiable]</c> method (or of a generated companion of one).</summary>
/// <param name="Part">
/// The element of a Tangent companion's result the user reads, <c>FTangent(x, v).Tangent</c>: a
/// derivative used as a value, which the transforms differentiate again. Null for the whole result.
/// </param>
internal sealed record Call(Callee Callee, CalleeForm Form, Expr? Receiver, EquatableArray<Expr> Args, IrType ResultType, string? Part = null) : Expr
{
    public override IrType Type => ResultType;

    /// <summary>Whether each argument carries a derivative: the callee's differentiable inputs in the slots of this companion.</summary>
    public IReadOnlyList<bool> DifferentiableArgs
    {
        get
        {
            IEnumerable<bool> primal = Callee.Parameters.Select(p => p.IsDifferentiable);
            IEnumerable<bool> adjoint = Callee.Parameters.SelectMany(p => p.IsDifferentiable ? new[] { true, true } : new[] { false }).Append(true);
            return (Form switch
            {
                CalleeForm.Tangent => WithTangents(primal),
                CalleeForm.TangentTangent => WithTangents(WithTangents(primal)),
                CalleeForm.Adjoint => adjoint,
                CalleeForm.AdjointTangent => WithTangents(adjoint),
                _ => primal,
            }).ToList();
        }
    }

    /// <summary>A call of a Tangent companion's arguments, per parameter of the callee: its value and, if it is differentiable, its direction.</summary>
    public IEnumerable<(Expr Value, Expr? Direction)> TangentArguments()
    {
        int next = 0;
        foreach (CalleeParameter parameter in Callee.Parameters)
        {
            Expr value = Args[next++];
            yield return (value, parameter.IsDifferentiable ? Args[next++] : null);
        }
    }

    /// <summary>The arguments of a Tangent companion: each one, and after a differentiable one its tangent.</summary>
    private static IEnumerable<bool> WithTangents(IEnumerable<bool> slots) => slots.SelectMany(d => d ? new[] { true, true } : new[] { false });
}

/// <summary>Which method of a differentiable callee a <see cref="Call"/> names.</summary>
internal enum CalleeForm
{
    Primal,
    Tangent,
    Adjoint,
    AdjointTangent,
    TangentTangent,
}

internal static class CalleeForms
{
    /// <summary>What a companion adds to its method's name: <c>F</c> + <c>Tangent</c>, and so on.</summary>
    public static string Suffix(this CalleeForm form) => form == CalleeForm.Primal ? "" : form.ToString();
}

/// <summary>A <c>ref</c> argument: only valid as an argument of a <see cref="Call"/>.</summary>
internal sealed record RefArg(string Name) : Expr
{
    public override IrType Type => IrType.Double;
}

/// <summary>
/// Code AutoGrad does not look into and does not differentiate: a call of an ordinary method, a
/// field or property read. <see cref="Template"/> is C# with <c>{0}</c>, <c>{1}</c>… for the arguments.
/// </summary>
/// <param name="IsPiecewiseConstant">Its derivative is 0 wherever it exists (<c>Math.Floor</c>), so a differentiable argument is fine.</param>
internal sealed record Opaque(string Template, EquatableArray<Expr> Args, IrType ResultType, bool IsPiecewiseConstant = false) : Expr
{
    public override IrType Type => ResultType;
}

internal sealed record Conditional(Expr Condition, Expr WhenTrue, Expr WhenFalse, IrType ResultType) : Expr
{
    public override IrType Type => ResultType;
}

/// <summary>A numeric conversion. Implicit ones are printed bare, exactly as the user wrote them.</summary>
internal sealed record Cast(Expr Operand, IrType TargetType, bool IsImplicit) : Expr
{
    public override IrType Type => TargetType;
}

/// <summary>A tuple literal, e.g. the <c>(value, tangent)</c> a Tangent companion returns.</summary>
internal sealed record TupleExpr(EquatableArray<Expr> Items, IrType TupleType) : Expr
{
    public override IrType Type => TupleType;
}

/// <summary>Takes back the value a forward sweep recorded last in <see cref="Stack"/>.</summary>
internal sealed record PopExpr(string Stack, IrType ElementType) : Expr
{
    public override IrType Type => ElementType;
}

/// <summary>
/// An array element, <c>a[i]</c>. The position of an element of a matrix or of a jagged array is one
/// <see cref="Indices"/> value, so an element is always one array variable and one position.
/// </summary>
internal sealed record Index(Expr Array, Expr Position) : Expr
{
    public override IrType Type => Position is Indices { Jagged: true } path
        ? path.Items.Aggregate(Array.Type, (type, _) => type.Element!)
        : Array.Type.Element!;
}

/// <summary>
/// Several indices: <c>[i, j]</c> into a matrix, or with <see cref="Jagged"/> the path <c>[i][j]</c>
/// through a jagged array. Also the sizes of <c>new double[m, n]</c>.
/// </summary>
internal sealed record Indices(EquatableArray<Expr> Items, bool Jagged) : Expr
{
    public override IrType Type => IrType.Int;
}

/// <summary><c>a.Length</c>, or with <see cref="Dimension"/> <c>a.GetLength(dimension)</c>.</summary>
internal sealed record ArrayLength(Expr Array, int? Dimension = null) : Expr
{
    public override IrType Type => IrType.Int;
}

/// <summary><c>new double[size]</c> or <c>new double[m, n]</c>: an array of zeros.</summary>
internal sealed record NewArray(IrType ArrayType, Expr Size) : Expr
{
    public override IrType Type => ArrayType;
}

/// <summary><c>(double[])a.Clone()</c>: a copy of an array.</summary>
internal sealed record CloneArray(Expr Array) : Expr
{
    public override IrType Type => Array.Type;
}
