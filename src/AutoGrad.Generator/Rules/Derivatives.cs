using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Rules;

/// <summary>
/// The local derivative of one linearized assignment <c>v = op(a, b…)</c>: for each operand, the
/// partial ∂op/∂operand as IR, read from <see cref="PrimitiveRules"/>. The forward and the reverse
/// transform both build on it, so the rule table is the only place a derivative is written.
/// </summary>
internal static class Derivatives
{
    /// <summary>One operand with its partial derivative.</summary>
    internal sealed record Term(Expr Operand, Expr Partial, bool MayBeUnbounded);

    /// <summary>
    /// The partials of <paramref name="value"/> with respect to its operands, or null when
    /// <paramref name="value"/> is not a differentiable operation (a copy, a constant, a call).
    /// </summary>
    public static IReadOnlyList<Term>? Of(Expr value, Expr result)
    {
        if (ScaledSquare(value) is (Literal twiceScale, Expr operand))
        {
            return new[] { new Term(operand, X.Mul(twiceScale, operand), MayBeUnbounded: false) };
        }
        if (RuleOf(value) is not (PrimitiveRule primitive, Expr[] operands))
        {
            return null;
        }
        Expr?[] partials = primitive.Partials(operands, result);
        var terms = new List<Term>();
        for (int i = 0; i < operands.Length; i++)
        {
            if (partials[i] is not Expr partial || !operands[i].Type.IsDouble)
            {
                continue;
            }
            // x·x: one term with partial x + x, so the adjoint is updated once, not twice.
            int same = terms.FindIndex(t => t.Operand.Equals(operands[i]));
            if (same >= 0)
            {
                terms[same] = terms[same] with { Partial = X.Add(terms[same].Partial, partial) };
            }
            else
            {
                terms.Add(new Term(operands[i], partial, primitive.MayBeUnbounded));
            }
        }
        return terms;
    }

    /// <summary>The rule of a differentiable operation and its operands, or null for anything else (a copy, a constant, a call).</summary>
    public static (PrimitiveRule Rule, Expr[] Operands)? RuleOf(Expr value) => value switch
    {
        Binary { IsArithmetic: true } b when b.Type.IsDouble => (PrimitiveRules.Get(PrimitiveRules.OperatorName(b.Op)), new[] { b.Left, b.Right }),
        Unary { Op: UnaryOp.Negate } u when u.Type.IsDouble => (PrimitiveRules.Get(PrimitiveRules.Negate), new[] { u.Operand }),
        Primitive p => (PrimitiveRules.Get(p.Name), p.Args.ToArray()),
        _ => null,
    };

    /// <summary>
    /// <c>c * v * v</c> as written (or <c>v * (c * v)</c>, <c>v * c * v</c>…): a literal c and one operand v
    /// twice, which the linearizer keeps in one statement. Its partial is 2c·v, a single product: the chain
    /// rule through a temporary t = c·v adds v̄ += t̄·c after t̄ = s·v, beside v̄ += s·t, three products
    /// for what a person writes as 2c·v (so the reverse of 100·b·b is b̄ = s·(200·b), as by hand). Doubling
    /// c is exact, so 2c·v is exactly c·v + v·c, the sum of the two partials. Gives 2c and v, or null.
    /// </summary>
    public static (Literal TwiceScale, Expr Operand)? ScaledSquare(Expr value) =>
        value is Binary { Op: BinaryOp.Multiply, Left: var left, Right: var right } && value.Type.IsDouble
            ? Scaled(left, right) ?? Scaled(right, left)
            : null;

    /// <summary>Whether <paramref name="product"/> is c·v or v·c for <paramref name="v"/>, a double variable or element, and c a finite literal: 2c then.</summary>
    private static (Literal TwiceScale, Expr Operand)? Scaled(Expr product, Expr v)
    {
        if (!v.Type.IsDouble || v is not (Var or Index { Array: Var }) || product is not Binary { Op: BinaryOp.Multiply, Left: var a, Right: var b })
        {
            return null;
        }
        (Expr scale, Expr factor) = a is Literal ? (a, b) : (b, a);
        return scale is Literal { LiteralType.Kind: ValueKind.Double } c && factor.Equals(v)
            && c.Number is double value && !double.IsNaN(value) && !double.IsInfinity(2 * value)
                ? (X.Lit(2 * value), v)
                : null;
    }

    /// <summary><c>scale · partial</c>, through <c>StrongZero.Times</c> where the scale may be infinite.</summary>
    public static Expr Product(Expr scale, Expr partial, bool scaleMayBeInfinite) =>
        scaleMayBeInfinite && scale is not Literal ? X.StrongTimes(scale, partial) : X.Mul(scale, partial);

    /// <summary>
    /// <c>scale · partial</c>, a tangent or adjoint times a partial, under the zero rule: a zero factor
    /// contributes 0, whatever the other one is. A partial that may be infinite is skipped when
    /// <paramref name="scale"/> is 0 (a zero direction or seed never turns into 0·∞ = NaN); a scale that
    /// may be infinite (<paramref name="scaleMayBeInfinite"/>, see <c>Analyses.InfiniteDerivatives</c>)
    /// meets its partial through <c>StrongZero.Times</c>, which gives 0 for ∞·0.
    /// </summary>
    public static Expr Scaled(Expr scale, Term term, bool scaleMayBeInfinite = false)
    {
        Expr product = Product(scale, term.Partial, scaleMayBeInfinite);
        // A literal partial can be infinite too: x *= 1.5 / 0.0.
        bool unbounded = term.MayBeUnbounded && term.Partial is not Literal || X.IsNonFinite(term.Partial);
        return unbounded && scale is not Literal
            ? X.Choose(X.Compare(BinaryOp.Equal, scale, X.Lit(0)), X.Lit(0), product)
            : product;
    }
}
