using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Which <c>double</c> variables need derivative code: those that depend on a differentiable input
/// (varied) and influence the result (useful). Everything else — int counters, constants,
/// <c>[NoDerivative]</c> parameters — gets no tangent and no adjoint. Flow-insensitive (over all
/// assignments, in any order), which is conservative and cheap.
/// </summary>
internal sealed class Activity
{
    private Activity(HashSet<string> varied, HashSet<string> active)
    {
        Varied = varied;
        Active = active;
    }

    public IReadOnlyCollection<string> Varied { get; }

    public IReadOnlyCollection<string> Active { get; }

    public bool IsActive(string name) => ((HashSet<string>)Active).Contains(name);

    /// <summary>Whether <paramref name="expr"/> depends differentiably on an active variable.</summary>
    public bool IsActive(Expr expr) => DifferentiableReads(expr).Any(IsActive);

    public static Activity Analyze(Function function)
    {
        var flows = IrWalk.Statements(function.Body).SelectMany(Flows).ToList();

        var varied = new HashSet<string>(function.Parameters.Where(p => p.IsDifferentiable).Select(p => p.Name));
        FixPoint(() => flows
            .Where(f => !varied.Contains(f.Target) && f.Reads.Any(varied.Contains))
            .Select(f => varied.Add(f.Target)).ToList().Any(added => added));

        // Outputs: the returned value, and what the caller sees change (ref parameters, written arrays).
        var written = new HashSet<string>(flows.Select(f => f.Target));
        var useful = new HashSet<string>(IrWalk.Statements(function.Body).OfType<Return>()
            .Where(r => r.Value is not null).SelectMany(r => DifferentiableReads(r.Value!))
            .Concat(function.Parameters.Where(p => p.IsRef || p.Type.IsArray && written.Contains(p.Name)).Select(p => p.Name)));
        FixPoint(() => flows
            .Where(f => useful.Contains(f.Target))
            .SelectMany(f => f.Reads)
            .Select(useful.Add).ToList().Any(added => added));

        var active = new HashSet<string>(varied.Where(useful.Contains));
        return new Activity(varied, active);
    }

    /// <summary>A write of <see cref="Target"/> from values that may carry a derivative.</summary>
    private sealed record Flow(string Target, IReadOnlyCollection<string> Reads);

    private static IEnumerable<Flow> Flows(Stmt statement)
    {
        switch (statement)
        {
            case Assign a when a.Value.Type.IsDifferentiable:
                yield return new Flow(a.Target, DifferentiableReads(a.Value).ToList());
                break;
            case AssignTuple { Value: Call { Form: CalleeForm.Tangent } call } a:
                // (y, yTangent) = GTangent(…): both depend on every argument (values and tangents).
                var inputs = call.Args.SelectMany(DifferentiableReads).ToList();
                foreach (string target in a.Targets)
                {
                    yield return new Flow(target, inputs);
                }
                break;
            case AccumulateArray a when AddedInto(a.Target) is string accumulated:
                yield return new Flow(accumulated, DifferentiableReads(a.Source).Append(accumulated).ToList());
                break;
            case Evaluate { Value: Call { Form: CalleeForm.Adjoint } call }:
                // The callee adds into the adjoints it is given: each depends on every differentiable argument.
                var slots = AdjointSlots.Of(call.Callee, call.Args[call.Args.Count - 1].Type);
                var reads = call.Args.Where((_, i) => slots[i].IsDifferentiable).SelectMany(a => a is RefArg r ? new[] { r.Name } : DifferentiableReads(a)).ToList();
                foreach (Expr output in call.Args.Where((_, i) => slots[i].Kind == AdjointSlots.Kind.Adjoint))
                {
                    if (output is RefArg r)
                    {
                        yield return new Flow(r.Name, reads);
                    }
                    else if (AddedInto(output) is string array)
                    {
                        yield return new Flow(array, reads);
                    }
                }
                break;
        }
    }

    /// <summary>The array an adjoint is added into: the array, or for a row of a jagged one (xAdjoint[i]) the array as a whole.</summary>
    private static string? AddedInto(Expr target) => target switch
    {
        Var v => v.Name,
        Index { Array: Var row } => row.Name,
        _ => null,
    };

    private static void FixPoint(System.Func<bool> step)
    {
        while (step())
        {
        }
    }

    /// <summary>The <c>double</c> and <c>double[]</c> variables <paramref name="expr"/> depends on with a derivative that can be non-zero.</summary>
    public static IEnumerable<string> DifferentiableReads(Expr expr)
    {
        if (expr is TupleExpr tuple)
        {
            return tuple.Items.SelectMany(DifferentiableReads);
        }
        if (!expr.Type.IsDifferentiable)
        {
            return Enumerable.Empty<string>();
        }
        return expr switch
        {
            Var v => new[] { v.Name },
            Unary { Op: UnaryOp.Negate or UnaryOp.Plus } u => DifferentiableReads(u.Operand),
            Binary { IsArithmetic: true } b => DifferentiableReads(b.Left).Concat(DifferentiableReads(b.Right)),
            Primitive p => p.Args.Where((_, i) => PrimitiveRules.Get(p.Name).Partials(p.Args.ToArray(), p)[i] is not null)
                .SelectMany(DifferentiableReads),
            Call c => c.Args.Zip(c.DifferentiableArgs, (a, differentiable) => differentiable ? a : null).OfType<Expr>().SelectMany(DifferentiableReads),
            Conditional c => DifferentiableReads(c.WhenTrue).Concat(DifferentiableReads(c.WhenFalse)),
            Cast c => DifferentiableReads(c.Operand),
            Index i => DifferentiableReads(i.Array),
            CloneArray c => DifferentiableReads(c.Array),
            _ => Enumerable.Empty<string>(),
        };
    }
}
