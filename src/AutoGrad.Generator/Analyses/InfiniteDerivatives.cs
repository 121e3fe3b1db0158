using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Which tangents and adjoints may become infinite, so that products of them with partials follow the
/// zero rule (a zero factor contributes 0, even against ∞) and the rest stay plain products. Flow-insensitive,
/// over variables (an array counts as one), like <see cref="Activity"/>; a call counts as a source unless its callee is known
/// to have no singular partials (<see cref="Callee.MayBeSingular"/>).
/// </summary>
/// <remarks>
/// Forward: a tangent is infinite only downstream of a partial that can be (a division, √ at 0, Log at 0)
/// or of a singular call. Reverse: an adjoint is infinite only upstream of a partial that is infinite where the
/// value is finite (<see cref="Rules.PrimitiveRule.IsSingular"/>, √ at 0) or of a singular call. A division or Log
/// with an infinite partial has an infinite value, and whatever makes that value finite again (Min, Exp
/// of −∞, Atan2) has a zero partial there: the adjoint it sends back is 0, which the guards skip.
/// </remarks>
internal sealed class InfiniteDerivatives
{
    private readonly HashSet<string> _variables;

    private InfiniteDerivatives(HashSet<string> variables) => _variables = variables;

    /// <summary>Whether the tangent (forward) or adjoint (reverse) of the variable or array <paramref name="name"/> may be infinite.</summary>
    public bool MayBeInfinite(string name) => _variables.Contains(name);

    /// <summary>Whether the derivative of a variable or element operand may be infinite.</summary>
    public bool MayBeInfinite(Expr operand) => operand switch
    {
        Var v => MayBeInfinite(v.Name),
        Index { Array: Var a } => MayBeInfinite(a.Name),
        _ => Activity.DifferentiableReads(operand).Any(MayBeInfinite),
    };

    /// <summary>Tangents: from each source along each assignment, from what it reads to what it sets.</summary>
    public static InfiniteDerivatives Tangents(Function function)
    {
        var graph = new Reachability();
        foreach (Stmt statement in IrWalk.Statements(function.Body))
        {
            switch (statement)
            {
                case Assign a when a.Value.Type.IsDifferentiable:
                    // A product with an infinite literal (x *= 1.5 / 0.0) is an infinite partial too.
                    if (a.Value is Call assigned && MayBeSingular(assigned) || Derivatives.RuleOf(a.Value) is { Rule.MayBeUnbounded: true }
                        || IrWalk.SelfAndDescendants(a.Value).Any(X.IsNonFinite))
                    {
                        graph.Sources.Add(a.Target);
                    }
                    graph.Flow(Activity.DifferentiableReads(a.Value), new[] { a.Target });
                    break;
                case AssignTuple { Value: Call call } t:
                    if (MayBeSingular(call))
                    {
                        graph.Sources.UnionWith(t.Targets);
                    }
                    graph.Flow(call.Args.SelectMany(Activity.DifferentiableReads), t.Targets);
                    break;
                case AccumulateArray { Target: Var target } s:
                    graph.Flow(Activity.DifferentiableReads(s.Source), new[] { target.Name });
                    break;
                case Evaluate { Value: Call call }:
                    // A callee's Adjoint adds into the adjoints it is given (forward over reverse differentiates them).
                    if (MayBeSingular(call))
                    {
                        graph.Sources.UnionWith(Outputs(call));
                    }
                    graph.Flow(call.Args.SelectMany(Activity.DifferentiableReads), Outputs(call));
                    break;
            }
        }
        return new InfiniteDerivatives(graph.Reach());
    }

    /// <summary>Adjoints: from each source along each assignment, from what it sets to what it reads.</summary>
    public static InfiniteDerivatives Adjoints(Function function)
    {
        var graph = new Reachability();
        foreach (Stmt statement in IrWalk.Statements(function.Body))
        {
            switch (statement)
            {
                case Assign { Value: Call call } a:
                    IEnumerable<string> arguments = call.Args.SelectMany(Activity.DifferentiableReads);
                    if (MayBeSingular(call))
                    {
                        graph.Sources.UnionWith(arguments);
                    }
                    graph.Flow(new[] { a.Target }, arguments);
                    break;
                case Assign a when a.Value.Type.IsDifferentiable:
                    IEnumerable<string> reads = Activity.DifferentiableReads(a.Value);
                    if (Derivatives.RuleOf(a.Value) is { Rule.IsSingular: true })
                    {
                        graph.Sources.UnionWith(reads);
                    }
                    graph.Flow(new[] { a.Target }, reads);
                    break;
                case AssignTuple { Value: Call call } t:
                    if (MayBeSingular(call))
                    {
                        graph.Sources.UnionWith(call.Args.SelectMany(Activity.DifferentiableReads));
                    }
                    graph.Flow(t.Targets, call.Args.SelectMany(Activity.DifferentiableReads));
                    break;
                case Evaluate { Value: Call call }:
                    if (MayBeSingular(call))
                    {
                        graph.Sources.UnionWith(Outputs(call));
                    }
                    graph.Flow(Outputs(call), call.Args.SelectMany(Activity.DifferentiableReads));
                    break;
                case AccumulateArray { Target: Var target } s:
                    graph.Flow(new[] { target.Name }, Activity.DifferentiableReads(s.Source));
                    break;
            }
        }
        return new InfiniteDerivatives(graph.Reach());
    }

    /// <summary>A derivative used as a value (<c>GTangent(…).Tangent</c>) is differentiated again: its derivatives are G's second ones.</summary>
    private static bool MayBeSingular(Call call) => call.Callee.MayBeSingular || call.Part is not null;

    private static IEnumerable<string> Outputs(Call call) =>
        call.Args.SelectMany(arg => arg is RefArg r ? new[] { r.Name } : Activity.DifferentiableReads(arg));
}
