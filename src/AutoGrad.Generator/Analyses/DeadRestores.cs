using System;
using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Assignments whose old value no reverse sweep reads once it is back: nothing reversed after them
/// (the statements before them in their block, the whole body of each loop around them, and what
/// precedes those) reads the variable. A log-sum-exp's running sum is read by the adjoint of the
/// logarithm after the loop, which the reverse sweep runs before the loop: restoring each partial
/// sum in the reversed loop fed nothing, and recording them cost a push and a pop per element.
/// </summary>
internal static class DeadRestores
{
    /// <param name="body">The body as the sweeps record it.</param>
    /// <param name="parameters">The inputs: their elements are put back for the caller, whoever reads them.</param>
    /// <param name="readInReverse">The variables the reverse of a statement, and of the statements nested in it, may read.</param>
    public static HashSet<Assign> Find(Block body, IEnumerable<string> parameters, Func<Stmt, IEnumerable<string>> readInReverse)
    {
        var dead = new HashSet<Assign>(ByReference<Assign>.Instance);
        // Each statement's reverse reads, once: every level of a nest asks for the statements inside it again.
        var reads = new Dictionary<Stmt, List<string>>(ByReference<Stmt>.Instance);
        IEnumerable<string> ReadBy(Stmt statement) => reads.TryGetValue(statement, out List<string>? known)
            ? known
            : reads[statement] = readInReverse(statement).ToList();
        Walk(body, new HashSet<string>(parameters), ReadBy, dead);
        return dead;
    }

    /// <param name="later">What the reverse sweep may read after the reverse of this block.</param>
    private static void Walk(Block block, HashSet<string> later, Func<Stmt, IEnumerable<string>> readInReverse, HashSet<Assign> dead)
    {
        // What the reverses of the statements before the current one read: they run after its reverse.
        var before = new HashSet<string>();
        foreach (Stmt statement in block.Statements)
        {
            switch (statement)
            {
                case Assign assign:
                    // Not v = v·w: that adjoint reads the old value itself, once it is back.
                    if (!before.Contains(assign.Target) && !later.Contains(assign.Target) && !readInReverse(assign).Contains(assign.Target))
                    {
                        dead.Add(assign);
                    }
                    break;
                case If branch:
                    var afterBranch = new HashSet<string>(later.Concat(before).Concat(IrWalk.VariablesRead(branch.Condition)));
                    Walk(branch.Then, afterBranch, readInReverse, dead);
                    Walk(branch.Else, afterBranch, readInReverse, dead);
                    break;
                case Comment:
                    break;
                default:
                    // Every iteration's reverse runs after the next one's.
                    var afterIteration = new HashSet<string>(later.Concat(before).Concat(readInReverse(statement)));
                    foreach (Block child in IrWalk.ChildBlocks(statement))
                    {
                        Walk(child, afterIteration, readInReverse, dead);
                    }
                    break;
            }
            before.UnionWith(readInReverse(statement));
        }
    }
}
