using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// An element that receives several contributions in a row (<c>xAdjoint[i] += a; …; xAdjoint[i] -= b;</c>,
/// x[i] having fed two operations) gets them in one statement, <c>xAdjoint[i] += a - b;</c>: one load and
/// one store of the element instead of two each, as a hand-written gradient would do. Only when nothing
/// between the two reads or writes that array or changes what the second contribution reads.
/// </summary>
internal static class MergedAccumulations
{
    public static Function Run(Function function) => function with { Body = Rewrite(function.Body) };

    private static Block Rewrite(Block block)
    {
        var output = new List<Stmt>();
        var statements = block.Statements.Select(s => IrWalk.MapBlocks(s, Rewrite)).ToList();
        var merged = new HashSet<int>();
        for (int k = 0; k < statements.Count; k++)
        {
            if (merged.Contains(k))
            {
                continue;
            }
            Stmt statement = statements[k];
            if (statement is Assign first && Contribution(first) is Expr total)
            {
                bool any = false;
                for (int later = k + 1; later < statements.Count && Transparent(statements[later], first); later++)
                {
                    if (!merged.Contains(later) && statements[later] is Assign next && next.Target == first.Target && Equals(next.Position, first.Position)
                        && Contribution(next) is Expr more && Unchanged(statements, k + 1, later, next))
                    {
                        total = X.Add(total, more);
                        merged.Add(later);
                        any = true;
                    }
                }
                if (any)
                {
                    statement = first with { Value = X.Add(((Binary)first.Value).Left, total) };
                }
            }
            output.Add(statement);
        }
        return new Block(output.ToEquatableArray());
    }

    /// <summary>What <c>a[p] = a[p] ± e</c> adds to the element (e or −e), or null for any other statement.</summary>
    private static Expr? Contribution(Assign assign) =>
        assign.Position is Expr position && assign.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Index { Array: Var array } element } sum
        && array.Name == assign.Target && Equals(element.Position, position) && sum.Type.IsDouble
        && !IrWalk.VariablesRead(sum.Right).Contains(assign.Target)
            ? sum.Op == BinaryOp.Add ? sum.Right : X.Neg(sum.Right)
            : null;

    /// <summary>
    /// A statement a contribution to <paramref name="first"/>'s array can move across: a comment, a scalar
    /// assignment that does not read the array, or another contribution to it (additions commute).
    /// </summary>
    private static bool Transparent(Stmt statement, Assign first) => statement switch
    {
        Comment => true,
        Assign a when a.Target == first.Target => Contribution(a) is not null,
        Assign { IsElement: false } a => !IrWalk.VariablesRead(a.Value).Contains(first.Target),
        _ => false,
    };

    /// <summary>Whether the statements between <paramref name="from"/> and <paramref name="to"/> leave every variable <paramref name="next"/> reads as it was.</summary>
    private static bool Unchanged(List<Stmt> statements, int from, int to, Assign next)
    {
        var read = new HashSet<string>(IrWalk.Expressions(next).SelectMany(IrWalk.VariablesRead));
        read.Remove(next.Target);
        return statements.Skip(from).Take(to - from).OfType<Assign>().All(a => !read.Contains(a.Target));
    }
}
