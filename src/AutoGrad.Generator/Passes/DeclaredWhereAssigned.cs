using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// A local whose first mention is an assignment of it at the body's top level, from a value that does not read it,
/// is declared there (<c>double t3 = x * c;</c>) instead of at the top with its default and assigned later: one line
/// instead of two, and the declaration stands where the value is made. Preserves every statement and value; only
/// where the declaration is printed changes. Nothing before that statement can read the local.
/// </summary>
internal static class DeclaredWhereAssigned
{
    public static Function Run(Function function)
    {
        // Each name's first mention: the top-level statement it is in, and whether it is that statement itself.
        var first = new Dictionary<string, (int At, bool Itself)>();
        for (int i = 0; i < function.Body.Statements.Count; i++)
        {
            Stmt top = function.Body.Statements[i];
            foreach (Stmt statement in IrWalk.Statements(Block.Of(top)))
            {
                foreach (string name in IrWalk.Mentions(statement).Where(name => !first.ContainsKey(name)))
                {
                    first[name] = (i, ReferenceEquals(statement, top));
                }
            }
        }
        bool Declares(Local local) =>
            first.TryGetValue(local.Name, out (int At, bool Itself) mention) && mention.Itself
            && function.Body.Statements[mention.At] is Assign { Position: null } assign && assign.Target == local.Name
            && !IrWalk.VariablesRead(assign.Value).Contains(local.Name);
        return function.Locals.Any(Declares)
            ? function with { Locals = function.Locals.Select(l => Declares(l) ? l with { IsDeclaredWhereAssigned = true } : l).ToEquatableArray() }
            : function;
    }
}
