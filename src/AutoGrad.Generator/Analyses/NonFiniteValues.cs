using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Which values may be NaN or infinite although the inputs are finite: results of an operation outside its
/// domain or at a pole (a division, Log, Sqrt, Pow, Asin…) or of a call, and whatever is computed from them.
/// A partial that reads one may be NaN or infinite, so a zero tangent or adjoint must skip it, as it skips
/// the partials of those operations themselves: the zero rule. Flow-insensitive, over variables (an array counts as one).
/// </summary>
internal sealed class NonFiniteValues
{
    private readonly HashSet<string> _variables;

    private NonFiniteValues(HashSet<string> variables) => _variables = variables;

    /// <summary>Whether <paramref name="partial"/> reads a value that may be NaN or infinite.</summary>
    public bool MayBeNonFinite(Expr partial) => IrWalk.VariablesRead(partial).Any(_variables.Contains);

    /// <summary>The terms of a linearized assignment, each marked as possibly unbounded if its partial reads such a value.</summary>
    public IReadOnlyList<Derivatives.Term>? Mark(IReadOnlyList<Derivatives.Term>? terms) =>
        terms?.Select(t => t.MayBeUnbounded || !MayBeNonFinite(t.Partial) ? t : t with { MayBeUnbounded = true }).ToList();

    /// <summary>An operation that can make NaN or ∞ of finite operands; not a division by a nonzero literal (step / 6).</summary>
    private static bool MakesNonFinite(Expr e) =>
        e is Call
        || Derivatives.RuleOf(e) is { Rule.MayBeUnbounded: true }
            && !(e is Binary { Op: BinaryOp.Divide or BinaryOp.Remainder, Right: Literal { Number: double d } } && d != 0 && !double.IsNaN(d));

    public static NonFiniteValues Of(Function function)
    {
        var graph = new Reachability();
        foreach (Stmt statement in IrWalk.Statements(function.Body))
        {
            switch (statement)
            {
                case Assign a:
                    if (IrWalk.SelfAndDescendants(a.Value).Any(MakesNonFinite))
                    {
                        graph.Sources.Add(a.Target);
                    }
                    graph.Flow(IrWalk.VariablesRead(a.Value), new[] { a.Target });
                    break;
                case AssignTuple t:
                    graph.Sources.UnionWith(t.Targets);
                    break;
            }
        }
        HashSet<string> reached = graph.Reach();
        return new NonFiniteValues(reached);
    }
}
