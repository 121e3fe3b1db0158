using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// In a loop of the reverse sweep, an element of a local array's adjoint that every iteration adds
/// into at the same index (<c>centeredBar[column] += t0Bar * l[row, column]</c> over the rows of a
/// triangular product) is a chain through memory: each add waits for the previous iteration's store to be read
/// back. Summed in a local and added once after the loop, the chain stays in a register. Only for
/// the adjoints of arrays the companion makes itself (nothing else can be the same array), only
/// where the loop touches that adjoint nowhere else and the index is made of scalars the loop does
/// not change, and never for the value the function returns: that is the user's arithmetic and
/// keeps its order. The sum is added in a different order, so the adjoint may differ in its last bits.
/// </summary>
internal static class RegisterAccumulations
{
    /// <summary>Only the adjoints among the locals that are arrays made with <c>new</c> qualify.</summary>
    public static Function Run(Function function)
    {
        var adjoints = new HashSet<string>(function.Locals.Where(l => l.IsAdjoint).Select(l => l.Name));
        var fresh = new HashSet<string>(MadeHere(function.Body).Where(adjoints.Contains));
        if (fresh.Count == 0)
        {
            return function;
        }
        var locals = new List<Local>();
        Block body = Rewrite(function.Body, fresh, NameTable.For(function), locals);
        return locals.Count == 0 ? function : function with { Body = body, Locals = function.Locals.Concat(locals).ToEquatableArray() };
    }

    /// <summary>The variables whose every whole assignment makes a new array (or takes back one it made, from a recording), in one pass over the body.</summary>
    private static IEnumerable<string> MadeHere(Block body) =>
        IrWalk.Statements(body)
            .SelectMany(s => s switch
            {
                Assign { IsElement: false } a => new[] { (Name: a.Target, New: a.Value is NewArray or PopExpr) },
                AssignTuple t => t.Targets.Select(name => (Name: name, New: false)),
                _ => Enumerable.Empty<(string Name, bool New)>(),
            })
            .GroupBy(assignment => assignment.Name)
            .Where(group => group.All(assignment => assignment.New))
            .Select(group => group.Key);

    private static Block Rewrite(Block block, ISet<string> fresh, NameTable names, List<Local> locals) => new(block.Statements.SelectMany(statement =>
    {
        Stmt inner = IrWalk.MapBlocks(statement, b => Rewrite(b, fresh, names, locals));
        return inner is While loop ? Hoist(loop, fresh, names, locals) : new[] { inner };
    }).ToEquatableArray());

    /// <summary>An index made of scalars the loop does not change: an element read in it could change through any store or call.</summary>
    private static bool IsFixed(Expr position, ISet<string> assigned) =>
        !IrWalk.SelfAndDescendants(position).Any(e => e is Index or Call or Opaque or PopExpr)
        && !IrWalk.VariablesRead(position).Any(assigned.Contains);

    private static IEnumerable<Stmt> Hoist(While loop, ISet<string> fresh, NameTable names, List<Local> locals)
    {
        List<Stmt> all = IrWalk.Statements(loop.Body).ToList();
        if (all.Any(s => s is Return))
        {
            return new[] { loop };
        }
        HashSet<string> assigned = IrWalk.Changed(all);
        var before = new List<Stmt>();
        var after = new List<Stmt>();
        var body = new List<Stmt>();
        foreach (Stmt statement in loop.Body.Statements)
        {
            if (statement is Assign { Position: Expr position, Value: Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Index { Array: Var array } read } added } assign
                && assign.Writes(read) && fresh.Contains(assign.Target) && array.Type.Element is { IsDouble: true }
                && !IrWalk.VariablesRead(added.Right).Contains(assign.Target)
                && !IrWalk.VariablesRead(loop.Condition).Contains(assign.Target)
                && IrWalk.MentionCount(loop.Body, assign.Target) == IrWalk.MentionCount(Block.Of(assign), assign.Target)
                && IsFixed(position, assigned))
            {
                var sum = new Var(names.Fresh(assign.Target + "Sum"), IrType.Double);
                locals.Add(new Local(sum.Name, IrType.Double));
                before.Add(new Assign(sum.Name, X.Lit(0)));
                body.Add(new Assign(sum.Name, new Binary(added.Op, sum, added.Right, IrType.Double)));
                // Nothing added, nothing to store: also no element read where the loop did not run.
                after.Add(new If(X.Compare(BinaryOp.NotEqual, sum, X.Lit(0)),
                    Block.Of(assign with { Value = X.Add(read, sum) }), Block.Empty));
                continue;
            }
            body.Add(statement);
        }
        return before.Count == 0 ? new[] { loop } : before.Append(loop with { Body = new Block(body.ToEquatableArray()) }).Concat(after);
    }
}
