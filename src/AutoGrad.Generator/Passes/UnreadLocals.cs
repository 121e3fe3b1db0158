using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// Drops the scalar locals a companion never reads, with their assignments, when those have no effect, and the
/// locals of any type nothing mentions. Preserves every value the companion returns or writes. Without it, a local
/// only the derivative would have read (or one the user's code reads in a branch a constant condition or an
/// unreachable statement removed) is assigned and never used: CS0219.
/// </summary>
internal static class UnreadLocals
{
    public static Function Run(Function function)
    {
        // Dropping k2 = k1 may leave k1 unread in turn.
        for (Function next = Once(function); !ReferenceEquals(next, function); next = Once(function))
        {
            function = next;
        }
        // A local of any type that nothing mentions any more (its statements were unreachable) is only a declaration.
        var mentioned = new HashSet<string>(IrWalk.Statements(function.Body).SelectMany(IrWalk.Mentions));
        bool Kept(Local l) => mentioned.Contains(l.Name);
        return function.Locals.All(Kept) ? function : function with { Locals = function.Locals.Where(Kept).ToEquatableArray() };
    }

    private static Function Once(Function function)
    {
        var read = new HashSet<string>(IrWalk.Statements(function.Body).SelectMany(IrWalk.Expressions).SelectMany(IrWalk.VariablesRead));
        var unread = new HashSet<string>(function.Locals
            .Where(l => l.Type.Kind is ValueKind.Double or ValueKind.Int or ValueKind.Long or ValueKind.Bool && !read.Contains(l.Name))
            .Select(l => l.Name));
        Block body = Without(function.Body, unread);
        var assigned = new HashSet<string>(IrWalk.Statements(body).SelectMany(IrWalk.Mentions));
        if (unread.All(assigned.Contains))
        {
            return function;
        }
        return function with
        {
            Locals = function.Locals.Where(l => !unread.Contains(l.Name) || assigned.Contains(l.Name)).ToEquatableArray(),
            Body = body,
        };
    }

    private static Block Without(Block block, HashSet<string> unread) => new(block.Statements
        .Where(s => s is not Assign { IsElement: false } a || !unread.Contains(a.Target) || !IsPure(a.Value))
        .Select(s => IrWalk.MapBlocks(s, inner => Without(inner, unread)))
        .ToEquatableArray());

    /// <summary>No call, no pop, no integer division that could throw: evaluating it or not changes nothing.</summary>
    private static bool IsPure(Expr value) => !IrWalk.SelfAndDescendants(value).Any(e =>
        e is Call or Opaque or PopExpr or NewArray or CloneArray
        || e is Binary { Op: BinaryOp.Divide or BinaryOp.Remainder } b && !b.Type.IsDouble);
}
