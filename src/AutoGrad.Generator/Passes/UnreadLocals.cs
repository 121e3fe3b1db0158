using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

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
        var scalars = new HashSet<string>(function.Locals
            .Where(l => l.Type.Kind is ValueKind.Double or ValueKind.Int or ValueKind.Long or ValueKind.Bool)
            .Select(l => l.Name));
        HashSet<string> needed = Needed(function.Body, scalars);
        scalars.ExceptWith(needed);
        Block body = scalars.Count == 0 ? function.Body : Without(function.Body, scalars);
        // A local of any type that nothing mentions any more (its statements were dropped, or were unreachable) is only a declaration.
        var mentioned = new HashSet<string>(IrWalk.Statements(body).SelectMany(IrWalk.Mentions));
        bool Kept(Local l) => mentioned.Contains(l.Name);
        return function.Locals.All(Kept) && ReferenceEquals(body, function.Body)
            ? function
            : function with { Locals = function.Locals.Where(Kept).ToEquatableArray(), Body = body };
    }

    /// <summary>
    /// The variables whose values matter: those read by a statement that is kept whatever happens (one with an effect, a
    /// condition, a return), and those read by a droppable assignment to a variable that matters. One pass over the body
    /// and one over the assignments' reads: a chain <c>k2 = k1; k3 = k2; …</c> nothing reads goes in one step.
    /// </summary>
    private static HashSet<string> Needed(Block body, ISet<string> scalars)
    {
        var feeds = new Dictionary<string, List<string>>();
        var needed = new HashSet<string>();
        var work = new Stack<string>();
        void Need(string name)
        {
            if (needed.Add(name))
            {
                work.Push(name);
            }
        }
        foreach (Stmt statement in IrWalk.Statements(body))
        {
            if (IsDroppable(statement, scalars) is Assign assign)
            {
                if (!feeds.TryGetValue(assign.Target, out List<string>? reads))
                {
                    feeds[assign.Target] = reads = new List<string>();
                }
                reads.AddRange(IrWalk.VariablesRead(assign.Value));
                continue;
            }
            foreach (string name in IrWalk.Expressions(statement).SelectMany(IrWalk.VariablesRead))
            {
                Need(name);
            }
        }
        while (work.Count > 0)
        {
            if (feeds.TryGetValue(work.Pop(), out List<string>? reads))
            {
                reads.ForEach(Need);
            }
        }
        return needed;
    }

    /// <summary>An assignment of a scalar local that has no effect but the local's new value.</summary>
    private static Assign? IsDroppable(Stmt statement, ISet<string> scalars) =>
        statement is Assign { IsElement: false } assign && scalars.Contains(assign.Target) && IsPure(assign.Value) ? assign : null;

    private static Block Without(Block block, HashSet<string> unread) => new(block.Statements
        .Where(s => IsDroppable(s, unread) is null)
        .Select(s => IrWalk.MapBlocks(s, inner => Without(inner, unread)))
        .ToEquatableArray());

    /// <summary>No call, no pop, no integer division that could throw: evaluating it or not changes nothing.</summary>
    private static bool IsPure(Expr value) => !IrWalk.SelfAndDescendants(value).Any(e =>
        e is Call or Opaque or PopExpr or NewArray or CloneArray
        || e is Binary { Op: BinaryOp.Divide or BinaryOp.Remainder } b && !b.Type.IsDouble);
}
