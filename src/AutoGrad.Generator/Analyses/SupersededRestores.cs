using System;
using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Element stores whose old values no reverse sweep reads: a work array's fill earlier in the same
/// block (see <see cref="WorkArrays"/>) restores every element in reverse, and nothing reversed in
/// between reads the array, so a restore of a later store would only be overwritten. A product built
/// in place (a work array filled, then updated entry by entry, whose updates' adjoints read other arrays)
/// then records only the fill.
/// </summary>
internal static class SupersededRestores
{
    /// <param name="function">The body as the sweeps record it.</param>
    /// <param name="readInReverse">The variables the reverse of a statement, and of the statements nested in it, may read.</param>
    public static HashSet<Assign> Find(Block function, ReverseRecording recording, Func<Stmt, IEnumerable<string>> readInReverse)
    {
        var superseded = new HashSet<Assign>(ByReference<Assign>.Instance);
        Dictionary<string, Expr> arrays = WorkArrays.UsedByElement(function, recording);
        if (arrays.Count == 0)
        {
            return superseded;
        }
        // Each statement's reverse reads, once: a block with several fills asks for the same statements again.
        var reads = new Dictionary<Stmt, IEnumerable<string>>(ByReference<Stmt>.Instance);
        IEnumerable<string> ReadBy(Stmt statement) => reads.TryGetValue(statement, out IEnumerable<string>? known)
            ? known
            : reads[statement] = readInReverse(statement).ToList();
        foreach (Block block in IrWalk.Statements(function).SelectMany(IrWalk.ChildBlocks).Prepend(function))
        {
            EquatableArray<Stmt> statements = block.Statements;
            for (int f = 0; f < statements.Count; f++)
            {
                if (statements[f] is not While fill)
                {
                    continue;
                }
                foreach (KeyValuePair<string, Expr> array in arrays.Where(a => WorkArrays.FillsArray(fill, a.Key, a.Value, recording, fresh: null)))
                {
                    // The fill's own reverse reads its elements before restoring them: a later store would have changed them.
                    var read = new HashSet<string>(ReadBy(fill));
                    for (int k = f + 1; k < statements.Count; k++)
                    {
                        read.UnionWith(ReadBy(statements[k]));
                        if (read.Contains(array.Key))
                        {
                            break;
                        }
                        superseded.UnionWith(IrWalk.Statements(Block.Of(statements[k])).OfType<Assign>().Where(a => a.IsElement && a.Target == array.Key));
                    }
                }
            }
        }
        return superseded;
    }
}
