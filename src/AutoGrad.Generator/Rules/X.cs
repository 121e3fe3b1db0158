using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Rules;

/// <summary>
/// Builders for IR expressions that fold the trivial cases (<c>1 * a</c>, <c>a + 0</c>, <c>-(-a)</c>),
/// so derivative code reads like code a person would write.
/// </summary>
internal static class X
{
    public static Literal Lit(double value) => Literal.Of(value);

    /// <summary>An infinite or NaN literal: <c>1.5 / 0.0</c>, folded.</summary>
    public static bool IsNonFinite(Expr e) => e is Literal { Number: double v } && (double.IsNaN(v) || double.IsInfinity(v));

    public static bool IsLiteral(Expr e, double value) =>
        e is Literal { LiteralType.Kind: ValueKind.Double, Number: double v } && v.Equals(value);

    public static Expr Add(Expr a, Expr b)
    {
        if (IsLiteral(a, 0))
        {
            return b;
        }
        if (IsLiteral(b, 0))
        {
            return a;
        }
        if (b is Unary { Op: UnaryOp.Negate } nb)
        {
            return Sub(a, nb.Operand);
        }
        return new Binary(BinaryOp.Add, a, b, IrType.Double);
    }

    public static Expr Sub(Expr a, Expr b)
    {
        if (IsLiteral(b, 0))
        {
            return a;
        }
        if (IsLiteral(a, 0))
        {
            return Neg(b);
        }
        return new Binary(BinaryOp.Subtract, a, b, IrType.Double);
    }

    /// <summary>
    /// <c>a · b</c> in derivative code. A zero factor gives exactly 0, whatever the other is: a zero partial
    /// (Max's losing argument, Abs at 0) sends back nothing even when the adjoint or tangent it meets is
    /// infinite. So a choice of partials with a literal among them is distributed (<c>v &gt; w ? s : 0.0</c>,
    /// not <c>s * (v &gt; w ? 1.0 : 0.0)</c>): the branch taken multiplies, the others are their literals.
    /// </summary>
    public static Expr Mul(Expr a, Expr b)
    {
        if (IsLiteral(a, 0) || IsLiteral(b, 0))
        {
            return Lit(0);
        }
        if (b is Conditional choice && HasLiteralBranch(choice))
        {
            return Choose(choice.Condition, Mul(a, choice.WhenTrue), Mul(a, choice.WhenFalse));
        }
        if (a is Conditional leftChoice && HasLiteralBranch(leftChoice))
        {
            return Choose(leftChoice.Condition, Mul(leftChoice.WhenTrue, b), Mul(leftChoice.WhenFalse, b));
        }
        if (IsLiteral(a, 1))
        {
            return b;
        }
        if (IsLiteral(b, 1))
        {
            return a;
        }
        if (IsLiteral(a, -1))
        {
            return Neg(b);
        }
        if (IsLiteral(b, -1))
        {
            return Neg(a);
        }
        if (b is Binary { Op: BinaryOp.Divide, Left: var one } reciprocal && IsLiteral(one, 1))
        {
            return Div(a, reciprocal.Right);
        }
        if (a is Unary { Op: UnaryOp.Negate } na)
        {
            return Neg(Mul(na.Operand, b));
        }
        if (b is Unary { Op: UnaryOp.Negate } nb)
        {
            return Neg(Mul(a, nb.Operand));
        }
        return new Binary(BinaryOp.Multiply, a, b, IrType.Double);
    }

    /// <summary>
    /// <c>a · b</c> where a may be infinite and b may be 0: <c>StrongZero.Times(a, b)</c>, 0 for ∞·0. A choice
    /// of partials is distributed first, as in <see cref="Mul"/>, so its literal branches stay literal.
    /// </summary>
    public static Expr StrongTimes(Expr a, Expr b) => b switch
    {
        Conditional choice when HasLiteralBranch(choice) => Choose(choice.Condition, StrongTimes(a, choice.WhenTrue), StrongTimes(a, choice.WhenFalse)),
        Literal => Mul(a, b),
        _ => Call(PrimitiveRules.StrongProduct, a, b),
    };

    private static bool HasLiteralBranch(Conditional choice) =>
        choice.WhenTrue is Literal || choice.WhenFalse is Literal
        || choice.WhenTrue is Conditional t && HasLiteralBranch(t) || choice.WhenFalse is Conditional f && HasLiteralBranch(f);

    public static Expr Div(Expr a, Expr b) => IsLiteral(b, 1) ? a : new Binary(BinaryOp.Divide, a, b, IrType.Double);

    public static Expr Neg(Expr a) => a switch
    {
        Unary { Op: UnaryOp.Negate } u => u.Operand,
        Literal { Number: double v } l when l.LiteralType.IsDouble => Lit(-v),
        _ => new Unary(UnaryOp.Negate, a, IrType.Double),
    };

    public static Expr Call(string primitive, params Expr[] args) => new Primitive(primitive, args.ToEquatableArray());

    /// <summary>
    /// <c>a op b</c>; of one variable with itself (Max(x, x)'s partials), the answer, which C# would warn about (CS1718).
    /// As for NaN, which equals nothing: a NaN operand makes the value NaN anyway.
    /// </summary>
    public static Expr Compare(BinaryOp op, Expr a, Expr b)
    {
        if (a.Equals(b) && a is Var or Index { Array: Var })
        {
            return Bool(op is BinaryOp.Equal or BinaryOp.LessOrEqual or BinaryOp.GreaterOrEqual);
        }
        // Two literals (Pow(2.0, x)'s base tested against 0, a switch on 3 tested against its labels): the answer, not an if C# finds unreachable (CS0162).
        // Of mixed kinds too (2L < 2.0), as C# compares them, in the wider type: as doubles, but two longs as longs.
        if (a is Literal { Number: double u } la && b is Literal { Number: double v } lb)
        {
            if (la.Integer is long i && lb.Integer is long j && la.LiteralType.Kind == ValueKind.Long && lb.LiteralType.Kind == ValueKind.Long)
            {
                (u, v) = (i.CompareTo(j), 0);
            }
            return Bool(op switch
            {
                BinaryOp.Equal => u == v,
                BinaryOp.NotEqual => u != v,
                BinaryOp.Less => u < v,
                BinaryOp.LessOrEqual => u <= v,
                BinaryOp.Greater => u > v,
                _ => u >= v,
            });
        }
        return new Binary(op, a, b, IrType.Bool);
    }

    public static Expr And(Expr a, Expr b) => a is Literal ? (IsTrue(a) ? b : a) : b is Literal ? (IsTrue(b) ? a : b) : new Binary(BinaryOp.And, a, b, IrType.Bool);

    public static Expr Or(Expr a, Expr b) => a is Literal ? (IsTrue(a) ? a : b) : b is Literal ? (IsTrue(b) ? b : a) : new Binary(BinaryOp.Or, a, b, IrType.Bool);


    private static Literal Bool(bool value) => value ? Literal.True : Literal.False;

    private static bool IsTrue(Expr condition) => condition.Equals(Literal.True);

    public static Expr Not(Expr a) => a is Literal { LiteralType.Kind: ValueKind.Bool } ? Bool(!IsTrue(a)) : new Unary(UnaryOp.Not, a, IrType.Bool);

    /// <summary><c>condition ? whenTrue : whenFalse</c>, or the branch a literal condition takes.</summary>
    public static Expr Choose(Expr condition, Expr whenTrue, Expr whenFalse) => condition is Literal { LiteralType.Kind: ValueKind.Bool }
        ? (IsTrue(condition) ? whenTrue : whenFalse)
        : new Conditional(condition, whenTrue, whenFalse, whenTrue.Type);

    public static Expr Square(Expr a) => Mul(a, a);
}
