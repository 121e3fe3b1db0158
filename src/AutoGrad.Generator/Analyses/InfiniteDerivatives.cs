using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Transforms;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Which tangents and adjoints may become infinite, so that products of them with partials follow the
/// zero rule (a zero factor contributes 0, even against ∞) and the rest stay plain products. Flow-insensitive,
/// over variables (an array counts as one), like <see cref="Activity"/>; conservative: a call's derivatives may be anything.
/// </summary>
/// <remarks>
/// Forward: a tangent is infinite only downstream of a partial that can be (a division, √ at 0, Log at 0)
/// or of a call. Reverse: an adjoint is infinite only upstream of a partial that is infinite where the
/// value is finite (<see cref="Rules.PrimitiveRule.IsSingular"/>, √ at 0) or of a call. A division or Log
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
        var graph = new Graph();
        foreach (Stmt statement in IrWalk.Statements(function.Body))
        {
            switch (statement)
            {
                case Assign a when a.Value.Type.IsDifferentiable:
                    if (a.Value is Call || Derivatives.RuleOf(a.Value) is { Rule.MayBeUnbounded: true })
                    {
                        graph.Sources.Add(a.Target);
                    }
                    graph.Flow(Activity.DifferentiableReads(a.Value), a.Target);
                    break;
                case AssignTuple t:
                    graph.Sources.UnionWith(t.Targets);
                    break;
                case AccumulateArray { Target: Var target } s:
                    graph.Flow(Activity.DifferentiableReads(s.Source), target.Name);
                    break;
                case Evaluate { Value: Call call }:
                    // A callee's Adjoint adds into the adjoints it is given (forward over reverse differentiates them).
                    graph.Sources.UnionWith(Outputs(call));
                    break;
            }
        }
        return new InfiniteDerivatives(graph.Reach());
    }

    /// <summary>Adjoints: from each source along each assignment, from what it sets to what it reads.</summary>
    public static InfiniteDerivatives Adjoints(Function function)
    {
        var graph = new Graph();
        foreach (Stmt statement in IrWalk.Statements(function.Body))
        {
            switch (statement)
            {
                case Assign { Value: Call call }:
                    graph.Sources.UnionWith(call.Args.SelectMany(Activity.DifferentiableReads));
                    break;
                case Assign a when a.Value.Type.IsDifferentiable:
                    IEnumerable<string> reads = Activity.DifferentiableReads(a.Value);
                    if (Derivatives.RuleOf(a.Value) is { Rule.IsSingular: true })
                    {
                        graph.Sources.UnionWith(reads);
                    }
                    foreach (string read in reads)
                    {
                        graph.Flow(new[] { a.Target }, read);
                    }
                    break;
                case AssignTuple { Value: Call call }:
                    graph.Sources.UnionWith(call.Args.SelectMany(Activity.DifferentiableReads));
                    break;
                case Evaluate { Value: Call call }:
                    graph.Sources.UnionWith(Outputs(call));
                    break;
                case AccumulateArray { Target: Var target } s:
                    foreach (string read in Activity.DifferentiableReads(s.Source))
                    {
                        graph.Flow(new[] { target.Name }, read);
                    }
                    break;
            }
        }
        return new InfiniteDerivatives(graph.Reach());
    }

    private static IEnumerable<string> Outputs(Call call) =>
        call.Args.SelectMany(arg => arg is RefArg r ? new[] { r.Name } : Activity.DifferentiableReads(arg));

    /// <summary>Sources, and edges along which an infinite derivative passes on: everything reachable from a source.</summary>
    private sealed class Graph
    {
        private readonly Dictionary<string, List<string>> _edges = new();

        public HashSet<string> Sources { get; } = new();

        public void Flow(IEnumerable<string> from, string to)
        {
            foreach (string source in from)
            {
                if (!_edges.TryGetValue(source, out List<string>? targets))
                {
                    _edges[source] = targets = new List<string>();
                }
                targets.Add(to);
            }
        }

        public HashSet<string> Reach()
        {
            var reached = new HashSet<string>(Sources);
            var pending = new Stack<string>(Sources);
            while (pending.Count > 0)
            {
                if (_edges.TryGetValue(pending.Pop(), out List<string>? targets))
                {
                    foreach (string target in targets.Where(reached.Add))
                    {
                        pending.Push(target);
                    }
                }
            }
            return reached;
        }
    }
}
