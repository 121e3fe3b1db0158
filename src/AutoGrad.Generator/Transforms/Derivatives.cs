using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

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
        (string? rule, Expr[] operands) = value switch
        {
            Binary { IsArithmetic: true } b when b.Type.IsDouble => (PrimitiveRules.OperatorName(b.Op), new[] { b.Left, b.Right }),
            Unary { Op: UnaryOp.Negate } u when u.Type.IsDouble => (PrimitiveRules.Negate, new[] { u.Operand }),
            Primitive p => (p.Name, p.Args.ToArray()),
            _ => ((string?)null, System.Array.Empty<Expr>()),
        };
        if (rule is null)
        {
            return null;
        }
        PrimitiveRule primitive = PrimitiveRules.Get(rule);
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

    /// <summary>
    /// <c>scale · partial</c>, but 0 when <paramref name="scale"/> is 0, for partials that may be
    /// infinite: a zero direction or seed must never turn into 0·∞ = NaN.
    /// </summary>
    public static Expr Scaled(Expr scale, Term term)
    {
        Expr product = X.Mul(scale, term.Partial);
        return term.MayBeUnbounded && scale is not Literal && term.Partial is not Literal
            ? X.Choose(X.Compare(BinaryOp.Equal, scale, X.Lit(0)), X.Lit(0), product)
            : product;
    }
}
