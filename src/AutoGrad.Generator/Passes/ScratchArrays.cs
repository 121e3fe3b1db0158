using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// An Adjoint's local arrays, and their adjoints, come from <c>AutoGrad.Internal.Scratch</c> instead of
/// <c>new</c> when they never leave the call: made once at the top of the body, used only through their
/// elements and lengths (an adjoint may also be handed to a callee's Adjoint, which adds into it and
/// keeps nothing). They go back before the return. A loss with work arrays then allocates nothing per
/// gradient, and its arrays keep their addresses from call to call.
/// </summary>
internal static class ScratchArrays
{
    private const string Scratch = "global::AutoGrad.Internal.Scratch";

    /// <summary>The adjoints among the locals may be passed to callees' Adjoints.</summary>
    public static Function Run(Function function) => function with { Body = Rewrite(function.Body, new HashSet<string>(function.Locals.Where(l => l.IsAdjoint).Select(l => l.Name))) };

    private static Block Rewrite(Block body, ISet<string> adjoints)
    {
        if (!body.Statements.Any(s => s is Assign { Value: NewArray }))
        {
            return body;
        }
        List<Stmt> all = IrWalk.Statements(body).ToList();
        // A sum of arrays reads both whole and keeps neither; recording a whole array copies its elements.
        List<Expr> uses = all.Where(s => s is not (AccumulateArray or PushElements or PopElements)).SelectMany(IrWalk.Expressions).ToList();
        var writes = all.SelectMany(IrWalk.WholeTargets).GroupBy(name => name).ToDictionary(g => g.Key, g => g.Count());
        var output = new List<Stmt>();
        var rented = new List<Var>();
        foreach (Stmt statement in body.Statements)
        {
            if (statement is Assign { IsElement: false, Value: NewArray { ArrayType: { Rank: 1 or 2, Element.Kind: ValueKind.Double } } allocation } assign
                && writes[assign.Target] == 1
                && !uses.Any(e => WorkArrays.Leaves(e, assign.Target, adjointCallsKeepNothing: adjoints.Contains(assign.Target))))
            {
                Expr size = allocation.Size;
                var sizes = size is Indices indices ? indices.Items : EquatableArray.Of(size);
                output.Add(assign with { Value = new Opaque(Scratch + ".Rent(" + string.Join(", ", sizes.Select((_, i) => "{" + i + "}")) + ")", sizes, allocation.ArrayType) });
                rented.Add(new Var(assign.Target, allocation.ArrayType));
            }
            else
            {
                output.Add(statement);
            }
        }
        if (rented.Count == 0)
        {
            return body;
        }
        int end = output.FindLastIndex(s => s is Return);
        output.InsertRange(end < 0 ? output.Count : end, rented.Select(array => new Evaluate(new Opaque(Scratch + ".Return({0})", EquatableArray.Of<Expr>(array), IrType.Void))));
        return new Block(output.ToEquatableArray());
    }
}
