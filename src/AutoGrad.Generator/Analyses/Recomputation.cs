using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Which values inside loops the reverse sweep recomputes instead of recording. A loop body usually
/// ends with updates whose adjoints need no values: index steps (<c>i += 2</c>) and accumulations
/// (<c>x += t</c>, <c>s += t</c>). Reversing them first gives back the values the iteration started
/// with. A local the body sets once per iteration, before those updates, from arithmetic on such
/// values (inputs never written, values set before the loop, the loop's state and indices, other
/// recomputed locals), is then set again, in forward order, instead of being pushed and popped:
/// a few arithmetic operations instead of memory traffic, and the loop records only its state
/// (Enzyme's cache-or-recompute trade-off, taken for cheap values only: calls and math functions
/// are still recorded).
/// </summary>
internal sealed class Recomputation
{
    private readonly IReadOnlyDictionary<string, int> _sites;
    private readonly ISet<string> _parameters;
    private readonly ISet<string> _readInReverse;
    private readonly HashSet<string> _elementWritten;
    private readonly Dictionary<string, int> _functionMentions;
    private readonly System.Func<Stmt, string?> _loopKey;
    private readonly HashSet<Assign> _assigns = new(ByReference<Assign>.Instance);
    private readonly Dictionary<string, IReadOnlyList<Assign>> _byLoop = new();

    private Recomputation(Block function, IReadOnlyDictionary<string, int> sites, ISet<string> parameters, ISet<string> readInReverse,
        System.Func<Stmt, string?> loopKey)
    {
        _sites = sites;
        _parameters = parameters;
        _readInReverse = readInReverse;
        _loopKey = loopKey;
        _elementWritten = new HashSet<string>(IrWalk.Statements(function).OfType<Assign>().Where(a => a.IsElement).Select(a => a.Target));
        _functionMentions = CountMentions(function.Statements);
    }

    /// <summary>
    /// Plans every counted loop of <paramref name="function"/>, inner loops first. The variables a
    /// recomputation reads join <paramref name="readInReverse"/>, so their own assignments are undone
    /// (or recomputed in an outer loop) like any other value the reverse sweep reads.
    /// </summary>
    public static Recomputation Plan(Block function, IReadOnlyDictionary<string, int> sites, ISet<string> parameters, ISet<string> readInReverse,
        System.Func<Stmt, string?> loopKey)
    {
        var plan = new Recomputation(function, sites, parameters, readInReverse, loopKey);
        plan.Visit(function);
        return plan;
    }

    public bool Contains(Assign assign) => _assigns.Contains(assign);

    /// <summary>The assignments to run again, in forward order, at the start of each reversed iteration of the loop named by <paramref name="loopKey"/>.</summary>
    public IReadOnlyList<Assign> In(string loopKey) => _byLoop.TryGetValue(loopKey, out IReadOnlyList<Assign>? list) ? list : System.Array.Empty<Assign>();

    /// <summary>
    /// How many statements at the end of a loop body are index steps or accumulations (<c>v = v ± w</c>,
    /// w a variable or literal): their adjoints read no values, and undoing them restores the state
    /// the iteration started from.
    /// </summary>
    public static int StateUpdates(EquatableArray<Stmt> body)
    {
        int count = 0;
        while (count < body.Count && body[body.Count - 1 - count] is Assign a && IsStateUpdate(a) || count < body.Count && count > 0 && body[body.Count - 1 - count] is Comment)
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// The body with its state updates moved to its end: those whose variable the body read earlier
    /// (the loop's state, which recomputation starts from) and after which nothing reads or writes
    /// the variable or changes the increment. The same computation, with the updates last, so the
    /// reverse sweep undoes them first and recomputes the rest of the iteration from the state. A
    /// user statement that is only the update takes its comment along.
    /// </summary>
    public static Block SinkStateUpdates(Block body)
    {
        EquatableArray<Stmt> statements = body.Statements;
        var sinks = new bool[statements.Count];
        for (int k = 0; k < statements.Count; k++)
        {
            sinks[k] = statements[k] is Assign update && IsStateUpdate(update)
                && statements.Take(k).Any(earlier => IrWalk.Mentions(earlier, update.Target))
                && statements.Skip(k + 1).All(later => !IrWalk.Mentions(later, update.Target) && !Writes(later, ((Binary)update.Value).Right));
            if (sinks[k] && k > 0 && statements[k - 1] is Comment { IsHeader: false } && (k + 1 == statements.Count || statements[k + 1] is Comment))
            {
                sinks[k - 1] = true;
            }
        }
        if (!sinks.Any(s => s))
        {
            return body;
        }
        IEnumerable<Stmt> kept = statements.Where((_, k) => !sinks[k]);
        IEnumerable<Stmt> sunk = statements.Where((_, k) => sinks[k]);
        return new Block(kept.Concat(sunk).ToEquatableArray());
    }

    private static bool Writes(Stmt statement, Expr increment) =>
        increment is Var v && (statement is Assign a && a.Target == v.Name || IrWalk.ChildBlocks(statement).Any(b => b.Statements.Any(s => Writes(s, increment))));

    private static bool IsStateUpdate(Assign assign) =>
        !assign.IsElement
        && assign.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Var v, Right: Var or Literal } b
        && v.Name == assign.Target && b.Type.Kind is ValueKind.Double or ValueKind.Int or ValueKind.Long;

    private void Visit(Block block)
    {
        foreach (Stmt statement in block.Statements)
        {
            foreach (Block child in IrWalk.ChildBlocks(statement))
            {
                Visit(child);
            }
            if (_loopKey(statement) is string key)
            {
                PlanLoop(key, IrWalk.ChildBlocks(statement).First());
            }
        }
    }

    /// <param name="key">The loop's trip counter or counted index, which is not recomputed.</param>
    private void PlanLoop(string key, Block body)
    {
        EquatableArray<Stmt> statements = body.Statements;
        int head = statements.Count - StateUpdates(statements);
        Dictionary<string, int> bodyMentions = CountMentions(body.Statements);
        // Written before the state updates: not restored when the reverse sweep undoes them.
        var writtenBeforeUpdates = new HashSet<string>(statements.Take(head).SelectMany(Flatten).OfType<Assign>().Select(a => a.Target));
        bool IsStable(string variable) =>
            !_elementWritten.Contains(variable)
            && !(_parameters.Contains(variable) && _sites.ContainsKey(variable))
            && !writtenBeforeUpdates.Contains(variable);

        // Every value the body could recompute, in forward order; then only those the reverse sweep
        // reads, with the ones they are computed from.
        var recomputable = new List<Assign>();
        var recomputableNames = new HashSet<string>();
        var mentionedEarlier = new HashSet<string>();
        for (int k = 0; k < head; k++)
        {
            if (statements[k] is Assign assign && assign.Target != key
                && IsCandidate(assign)
                // Local to this body, and set before any read in the iteration: the value is this iteration's own.
                && _functionMentions[assign.Target] == bodyMentions[assign.Target]
                && !mentionedEarlier.Contains(assign.Target)
                && IrWalk.VariablesRead(assign.Value).All(v => recomputableNames.Contains(v) || IsStable(v)))
            {
                recomputable.Add(assign);
                recomputableNames.Add(assign.Target);
            }
            mentionedEarlier.UnionWith(Flatten(statements[k]).SelectMany(IrWalk.Mentions));
        }
        var needed = new HashSet<string>(recomputableNames.Where(_readInReverse.Contains));
        for (int k = recomputable.Count - 1; k >= 0; k--)
        {
            if (needed.Contains(recomputable[k].Target))
            {
                needed.UnionWith(IrWalk.VariablesRead(recomputable[k].Value).Where(recomputableNames.Contains));
            }
        }
        List<Assign> chosen = recomputable.Where(a => needed.Contains(a.Target)).ToList();
        foreach (Assign assign in chosen)
        {
            _assigns.Add(assign);
        }
        foreach (string operand in chosen.SelectMany(a => IrWalk.VariablesRead(a.Value)).Where(v => !needed.Contains(v)))
        {
            _readInReverse.Add(operand);
        }
        _byLoop[key] = chosen;
    }

    /// <summary>A cheap scalar local the method sets exactly once.</summary>
    private bool IsCandidate(Assign assign) =>
        !assign.IsElement
        && assign.Value.Type.Kind is ValueKind.Double or ValueKind.Int or ValueKind.Long or ValueKind.Bool
        && !_parameters.Contains(assign.Target)
        && _sites.TryGetValue(assign.Target, out int sites) && sites == 1
        && IsCheap(assign.Value);

    /// <summary>Arithmetic and element reads only: recomputing them costs less than a push and a pop.</summary>
    private static bool IsCheap(Expr value) =>
        IrWalk.SelfAndDescendants(value).All(e => e is Literal or Var or Index or Indices or ArrayLength or Binary or Unary or Cast);

    /// <summary>A statement and every statement nested in it.</summary>
    private static IEnumerable<Stmt> Flatten(Stmt statement) => IrWalk.Statements(Block.Of(statement));

    /// <summary>How often each name is read or written in these statements, nested ones included.</summary>
    private static Dictionary<string, int> CountMentions(IEnumerable<Stmt> statements)
    {
        var counts = new Dictionary<string, int>();
        foreach (string name in statements.SelectMany(Flatten).SelectMany(IrWalk.Mentions))
        {
            counts[name] = counts.TryGetValue(name, out int count) ? count + 1 : 1;
        }
        return counts;
    }
}
