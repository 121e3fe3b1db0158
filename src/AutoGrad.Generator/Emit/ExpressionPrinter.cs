using System;
using System.Globalization;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Emit;

/// <summary>Prints IR expressions as C#, with only the parentheses precedence requires.</summary>
internal static class ExpressionPrinter
{
    private const int Conditional = 4;
    private const int UnaryLevel = 15;
    private const int Primary = 16;

    public static string Print(Expr expr) => Print(expr, 0);

    private static string Print(Expr expr, int context)
    {
        (string text, int level) = expr switch
        {
            Literal l => (l.Text, l.Text.StartsWith("-", StringComparison.Ordinal) ? UnaryLevel : Primary),
            Var v => (Identifier(v.Name), Primary),
            RefArg r => ("ref " + Identifier(r.Name), Primary),
            PopExpr p => (p.Stack + ".Pop()", Primary),
            Unary u => (UnaryText(u), UnaryLevel),
            Binary b => (Print(Computed(b), Level(b.Op)) + " " + Symbol(b.Op) + " " + Print(b.Right, Level(b.Op) + 1), Level(b.Op)),
            Cast { IsImplicit: true } c => (Print(c.Operand, context), Primary),
            Cast c => ("(" + c.TargetType.CSharpName + ")" + Print(c.Operand, UnaryLevel), UnaryLevel),
            Ir.Conditional c => (Print(c.Condition, Conditional + 1) + " ? " + Print(c.WhenTrue, Conditional) + " : " + Print(c.WhenFalse, Conditional), Conditional),
            Primitive p => (PrimitiveRules.Get(p.Name).CallText + Arguments(p.Args), Primary),
            Call c => (CallTarget(c) + Arguments(c.Args) + (c.Part is null ? "" : "." + c.Part), Primary),
            Opaque o => (string.Format(o.Template, o.Args.Select(a => (object)Print(a, 0)).ToArray()), Primary),
            TupleExpr t => (Arguments(t.Items), Primary),
            Index i => (Print(i.Array, Primary) + Brackets(i.Position), Primary),
            ArrayLength { Dimension: int d } l => (Print(l.Array, Primary) + ".GetLength(" + d.ToString(CultureInfo.InvariantCulture) + ")", Primary),
            ArrayLength l => (Print(l.Array, Primary) + ".Length", Primary),
            NewArray n => ("new " + n.ArrayType.Element!.CSharpName + Brackets(n.Size), Primary),
            CloneArray c => ("(" + c.Type.CSharpName + ")" + Print(c.Array, Primary) + ".Clone()", UnaryLevel),
            _ => throw new InvalidOperationException("Unknown expression " + expr.GetType().Name),
        };
        return level < context ? "(" + text + ")" : text;
    }

    /// <summary>
    /// The left operand of <paramref name="b"/> as printed: explicitly converted where both operands would print as
    /// integers but the IR computes in doubles (an int arm of a switch folded in place, <c>h.Length / n</c>), which
    /// C# would otherwise divide as integers. A user's own code never has this shape: C# converts one operand.
    /// </summary>
    private static Expr Computed(Binary b) =>
        b.IsArithmetic && b.Type.IsDouble && b.Left is Cast { IsImplicit: true } left && !Printed(left).IsDouble && !Printed(b.Right).IsDouble
            ? left with { IsImplicit = false }
            : b.Left;

    /// <summary>The type C# gives <paramref name="expr"/> as printed: an implicit conversion is printed bare.</summary>
    private static IrType Printed(Expr expr) => expr is Cast { IsImplicit: true } c ? Printed(c.Operand) : expr.Type;

    /// <summary>A name as C# source: a parameter named <c>class</c> is written <c>@class</c>.</summary>
    public static string Identifier(string name) => Keywords.IsKeyword(name) ? "@" + name : name;

    /// <summary><c>[i]</c>, <c>[i, j]</c> or, along a jagged path, <c>[i][j]</c>.</summary>
    public static string Brackets(Expr position) => position switch
    {
        Indices { Jagged: true } path => string.Concat(path.Items.Select(i => "[" + Print(i, 0) + "]")),
        Indices many => "[" + string.Join(", ", many.Items.Select(i => Print(i, 0))) + "]",
        _ => "[" + Print(position, 0) + "]",
    };

    private static string UnaryText(Unary u)
    {
        string operand = Print(u.Operand, UnaryLevel);
        string symbol = u.Op switch
        {
            UnaryOp.Negate => "-",
            UnaryOp.Plus => "+",
            UnaryOp.Not => "!",
            _ => "~",
        };
        // "- -x" must not print as the decrement "--x".
        return symbol + (operand.StartsWith("-", StringComparison.Ordinal) || operand.StartsWith("+", StringComparison.Ordinal) ? "(" + operand + ")" : operand);
    }

    private static string CallTarget(Call call)
    {
        string name = call.Callee.Name + call.Form.Suffix();
        if (call.Receiver is not null)
        {
            return Print(call.Receiver, Primary) + "." + name;
        }
        string type = call.Form == CalleeForm.Primal ? call.Callee.ContainingType : call.Callee.CompanionType;
        return call.Callee.IsStatic ? type + "." + name : "this." + name;
    }

    private static string Arguments(System.Collections.Generic.IEnumerable<Expr> args) =>
        "(" + string.Join(", ", args.Select(a => Print(a, 0))) + ")";

    private static int Level(BinaryOp op) => op switch
    {
        BinaryOp.Multiply or BinaryOp.Divide or BinaryOp.Remainder => 14,
        BinaryOp.Add or BinaryOp.Subtract => 13,
        BinaryOp.LeftShift or BinaryOp.RightShift => 12,
        BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual => 11,
        BinaryOp.Equal or BinaryOp.NotEqual => 10,
        BinaryOp.BitwiseAnd => 9,
        BinaryOp.ExclusiveOr => 8,
        BinaryOp.BitwiseOr => 7,
        BinaryOp.And => 6,
        _ => 5,
    };

    private static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        BinaryOp.Remainder => "%",
        BinaryOp.Equal => "==",
        BinaryOp.NotEqual => "!=",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.And => "&&",
        BinaryOp.Or => "||",
        BinaryOp.BitwiseAnd => "&",
        BinaryOp.BitwiseOr => "|",
        BinaryOp.ExclusiveOr => "^",
        BinaryOp.LeftShift => "<<",
        _ => ">>",
    };
}
