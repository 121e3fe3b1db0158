using System.Collections.Generic;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// Drops the statements of a block that follow one that always leaves it (a return, throw, break or continue, or
/// an if whose branches all do). Preserves everything that runs. A condition C# could not call constant may be one
/// once the front end has folded it (<c>x &lt; (ok ? 0.0 : throw …)</c> after the throw is hoisted): the branch it
/// takes then ends the block, and C# warns about what follows (CS0162).
/// </summary>
internal static class UnreachableCode
{
    public static Function Run(Function function) => function with { Body = Trim(function.Body) };

    private static Block Trim(Block block)
    {
        var kept = new List<Stmt>();
        foreach (Stmt statement in block.Statements)
        {
            Stmt trimmed = IrWalk.MapBlocks(statement, Trim);
            kept.Add(trimmed);
            if (AlwaysLeaves(trimmed))
            {
                break;
            }
        }
        return kept.Count == block.Statements.Count ? block : new Block(kept.ToEquatableArray());
    }

    private static bool AlwaysLeaves(Stmt statement) => statement switch
    {
        Return or Throw or Break or Continue => true,
        If s => Ends(s.Then) && Ends(s.Else),
        _ => false,
    };

    private static bool Ends(Block block) => block.Statements.Count > 0 && AlwaysLeaves(block.Statements[block.Statements.Count - 1]);
}
