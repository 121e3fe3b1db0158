using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Loops at the end of a function whose iterations only add into accumulators (a loss, an energy, a
/// log-likelihood: <c>sum += term(i)</c>) that the result depends on through a tail whose partials
/// read nothing the loops or the tail compute (<c>return sum;</c>, <c>return sum / n;</c>). The
/// adjoint of each accumulator is then the same in every iteration and known before the loops run,
/// so each iteration's adjoint can run right after the iteration itself, while its values are still
/// in registers: one pass over the data instead of a forward pass and a reverse pass that reads or
/// recomputes every value again. Hand-written gradients of sums are written this way.
/// </summary>
/// <remarks>
/// What makes an iteration's adjoint independent of the others: every variable the loop writes is an
/// accumulator (written only by <c>v = v ± w</c>, read nowhere else in the loop), a trailing step of
/// inactive state (<c>i += 2</c>), or the iteration's own: set before any read in each iteration, or
/// in each iteration of a nested loop, and for an array, filled whole by a counted loop over its size
/// before any read (<c>for (j = 0; j &lt; d; j++) centered[j] = …;</c>); and none of them but the
/// accumulators is read outside its loop. Within an iteration, nested loops record and restore as
/// usual, so the stack holds one iteration's values at a time; the iteration's first writes restore
/// nothing (<see cref="Fresh"/>).
/// </remarks>
internal sealed class FusedLoops
{
    private FusedLoops(IEnumerable<Stmt> prefix, IReadOnlyList<Stmt> loops, IEnumerable<Stmt> tail, IReadOnlyCollection<string> counters, IReadOnlyCollection<Assign> fresh, IReadOnlyCollection<string> sums)
    {
        Fresh = fresh;
        Sums = sums;
        Prefix = new Block(prefix.ToEquatableArray());
        Loops = loops;
        Tail = new Block(tail.ToEquatableArray());
        Counters = counters;
    }

    /// <summary>The trip counters the loops no longer need: only an ordinary reverse sweep reads them.</summary>
    public IReadOnlyCollection<string> Counters { get; }

    /// <summary>The first writes of each iteration's own values: the reverse sweep restores nothing for them.</summary>
    public IReadOnlyCollection<Assign> Fresh { get; }

    /// <summary>The accumulators: their adjoints are set before the loops and do not change in them.</summary>
    public IReadOnlyCollection<string> Sums { get; }

    /// <summary>The statements before the loops: the ordinary forward and reverse sweeps.</summary>
    public Block Prefix { get; }

    /// <summary>The loops (each body without its trip count) and the inactive statements between them, in order.</summary>
    public IReadOnlyList<Stmt> Loops { get; }

    /// <summary>The assignments after the loops that compute the result from the accumulators.</summary>
    public Block Tail { get; }

    /// <summary>The trailing statements of each fused loop body that step its state: the iteration's adjoint goes before them.</summary>
    public static int Steps(EquatableArray<Stmt> body) =>
        body.Reverse().TakeWhile(s => s is Comment || s is Assign a && ReverseRecording.IsIntegerStep(a)).Count();

    /// <param name="body">The structured body as the forward sweep records it, ending in <c>return result;</c>.</param>
    public static FusedLoops? Find(Block body, Activity activity, ReverseRecording recording)
    {
        EquatableArray<Stmt> statements = body.Statements;
        int end = statements.Count > 0 && statements[statements.Count - 1] is Return ? statements.Count - 1 : statements.Count;
        int tailStart = end;
        while (tailStart > 0 && statements[tailStart - 1] is Assign { IsElement: false } or Comment { IsHeader: false })
        {
            tailStart--;
        }
        var loops = new List<Stmt>();
        var counters = new List<string>();
        var fresh = new List<Assign>();
        var starts = new List<string>();
        Dictionary<string, Expr> allocations = WorkArrays.Allocations(body, recording);
        // The tail's reverse runs before the loops: what it reads must be set before them too (int n = x.Length; … return s / n;).
        var tailReads = new HashSet<string>(statements.Skip(tailStart).SelectMany(Reads));
        // Each loop with what it sets for itself and its accumulators (a list: loops are records, equal when written alike).
        var fusable = new List<(While Loop, HashSet<string> Written, HashSet<string> Sums)>();
        int start = tailStart;
        for (; start > 0; start--)
        {
            Stmt statement = statements[start - 1];
            if (statement is While loop && (recording.TripCounter(loop.Body.Statements) is not null || recording.Counted(loop) is not null))
            {
                // A counted loop keeps no trip count: its body is already as it runs.
                string? counter = recording.TripCounter(loop.Body.Statements);
                var uncounted = counter is not null ? loop with { Body = new Block(loop.Body.Statements.Skip(1).ToEquatableArray()) } : loop;
                if (Analyze(uncounted.Body, activity, recording, allocations) is not Iteration iteration)
                {
                    break;
                }
                loops.Insert(0, uncounted);
                fusable.Add((uncounted, iteration.Written, iteration.Sums));
                fresh.AddRange(iteration.Fresh);
                // The trip count's start goes with its counter; a counted loop's start stays, among the statements between loops.
                if (counter is not null)
                {
                    counters.Add(counter);
                    if (start >= 2 && statements[start - 2] is Assign init && init.Target == counter)
                    {
                        start--;
                    }
                }
            }
            else if (statement is Comment || statement is Assign inactive && !activity.IsActive(inactive.Target) && recording.Restore(inactive, inLoop: false) is null
                && !tailReads.Contains(inactive.Target))
            {
                loops.Insert(0, statement);
            }
            else if (statement is Assign { IsElement: false, Value: Literal } start0 && recording.Restore(start0, inLoop: false) is null)
            {
                // A sum's start (double prior = 0;): its adjoint adds nothing anywhere, provided nothing before sets the sum.
                loops.Insert(0, statement);
                starts.Add(start0.Target);
            }
            else
            {
                break;
            }
        }
        if (fusable.Count == 0)
        {
            return null;
        }
        var tail = statements.Skip(tailStart).Take(end - tailStart).ToList();
        var prefix = statements.Take(start).ToList();
        if (prefix.Any(s => starts.Any(v => IrWalk.Mentions(s, v))))
        {
            return null;
        }
        if (!TailIsLinear(tail, fusable.SelectMany(f => f.Written.Concat(f.Sums)), activity, recording))
        {
            return null;
        }
        // What a loop sets for itself must stay inside it, and another loop reads an accumulator only to add to it:
        // outside the loops, only the tail reads the accumulators, after them.
        foreach ((While loop, HashSet<string> written, HashSet<string> sums) in fusable)
        {
            IEnumerable<Stmt> others = loops.Where(s => !ReferenceEquals(s, loop));
            if (prefix.Concat(tail).Concat(others).SelectMany(Reads).Any(written.Contains)
                || others.Any(other => Reads(other).Any(v => sums.Contains(v) && !fusable.Any(f => ReferenceEquals(f.Loop, other) && f.Sums.Contains(v)))))
            {
                return null;
            }
        }
        return new FusedLoops(prefix, loops, tail, counters, fresh, new HashSet<string>(fusable.SelectMany(f => f.Sums)));
    }

    /// <summary>What one iteration of a fusable loop writes.</summary>
    /// <param name="Written">Variables and arrays the iteration sets for itself, and the loop's steps: none may be read outside the loop.</param>
    /// <param name="Sums">The accumulators.</param>
    /// <param name="Fresh">The first writes of the iteration's own values, whose old values no reverse sweep needs.</param>
    private sealed record Iteration(HashSet<string> Written, HashSet<string> Sums, List<Assign> Fresh);

    /// <summary>
    /// What the loop body writes; null if an iteration's adjoint could depend on another iteration or
    /// on something outside the loop. Nested loops and branches are fine: within an iteration the
    /// forward sweep records and the reverse sweep restores as usual.
    /// </summary>
    private static Iteration? Analyze(Block body, Activity activity, ReverseRecording recording, IReadOnlyDictionary<string, Expr> allocations)
    {
        List<Stmt> all = IrWalk.Statements(body).ToList();
        if (all.Any(s => s is not (Assign or If or While or Comment)) || all.OfType<Assign>().Any(a => !a.IsElement && a.Value.Type.IsArray))
        {
            return null;
        }
        int head = body.Statements.Count - Steps(body.Statements);
        var steps = new HashSet<Stmt>(body.Statements.Skip(head), ByReference<Stmt>.Instance);
        var iteration = new Block(body.Statements.Take(head).ToEquatableArray());
        var result = new Iteration(new HashSet<string>(), new HashSet<string>(), new List<Assign>());
        foreach (IGrouping<string, Assign> sites in all.OfType<Assign>().GroupBy(a => a.Target))
        {
            string variable = sites.Key;
            if (sites.Any(a => a.IsElement))
            {
                // An array the iteration fills before it reads it.
                if (!allocations.TryGetValue(variable, out Expr? size) || sites.Any(a => !a.IsElement)
                    || !IsLocal(variable, iteration, result.Fresh, freshScope: true, (loop, fresh) => WorkArrays.FillsArray(loop, variable, size, recording, fresh)))
                {
                    return null;
                }
                result.Written.Add(variable);
            }
            else if (activity.IsActive(variable) && sites.All(a => IsAccumulation(a, variable) && recording.Restore(a, inLoop: true) is null)
                && all.Where(s => !sites.Contains(s)).All(s => !IrWalk.Mentions(s).Contains(variable)))
            {
                result.Sums.Add(variable);
            }
            else if (sites.All(steps.Contains))
            {
                // A trailing step of the loop's state (i += 2): it runs after the iteration's adjoint.
                result.Written.Add(variable);
            }
            else if (!sites.Any(steps.Contains) && IsLocal(variable, iteration, result.Fresh, freshScope: true, (_, _) => false))
            {
                result.Written.Add(variable);
            }
            else
            {
                return null;
            }
        }
        return result;
    }

    /// <summary><c>v = v ± w</c> with w not v: its adjoint reads no value, and leaves v's adjoint as it is.</summary>
    private static bool IsAccumulation(Assign assign, string variable) =>
        assign.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Var left } sum
        && left.Name == variable && !IrWalk.VariablesRead(sum.Right).Contains(variable);

    /// <summary>
    /// Whether each run of <paramref name="block"/> sets <paramref name="variable"/> before reading it: the
    /// first statement that mentions it assigns it (without reading it), or, for an array, is a loop that
    /// <paramref name="fills"/> it; or that statement is a branch or loop that holds every mention and
    /// sets it first inside. Writes that run once per run of the block, not within a nested loop, go
    /// into <paramref name="fresh"/>: nothing before them in the iteration reads the old value.
    /// </summary>
    private static bool IsLocal(string variable, Block block, List<Assign> fresh, bool freshScope, System.Func<While, List<Assign>?, bool> fills)
    {
        List<Stmt> statements = block.Statements.ToList();
        int first = statements.FindIndex(s => IrWalk.Mentions(s, variable));
        if (first < 0)
        {
            return true;
        }
        bool mentionedLater = statements.Skip(first + 1).Any(s => IrWalk.Mentions(s, variable));
        switch (statements[first])
        {
            case Assign { IsElement: false } assign when assign.Target == variable && !IrWalk.VariablesRead(assign.Value).Contains(variable):
                if (freshScope)
                {
                    fresh.Add(assign);
                }
                return true;
            case While loop when fills(loop, freshScope ? fresh : null):
                return true;
            case While loop when !mentionedLater && !IrWalk.VariablesRead(loop.Condition).Contains(variable):
                return IsLocal(variable, loop.Body, fresh, freshScope: false, fills);
            case If branch when !mentionedLater && !IrWalk.VariablesRead(branch.Condition).Contains(variable):
                return IsLocal(variable, branch.Then, fresh, freshScope, fills) && IsLocal(variable, branch.Else, fresh, freshScope, fills);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the tail's reverse can run before the loops: its assignments restore nothing, and their
    /// partials, and the positions of the elements they differentiate, read nothing the loops or the tail itself compute.
    /// </summary>
    private static bool TailIsLinear(List<Stmt> tail, IEnumerable<string> loopWrites, Activity activity, ReverseRecording recording)
    {
        var computed = new HashSet<string>(loopWrites.Concat(tail.OfType<Assign>().Select(a => a.Target)));
        foreach (Assign assign in tail.OfType<Assign>())
        {
            if (recording.Restore(assign, inLoop: false) is not null || assign.Value.Type.IsArray)
            {
                return false;
            }
            if (!activity.IsActive(assign.Target))
            {
                continue;
            }
            if (assign.Value is Call { Form: CalleeForm.Primal, Part: null } call)
            {
                // A call's adjoint reads its arguments: they must already have their values when it runs first.
                if (IrWalk.Children(call).SelectMany(IrWalk.VariablesRead).Any(computed.Contains))
                {
                    return false;
                }
                continue;
            }
            IReadOnlyList<Derivatives.Term>? terms = Derivatives.Of(assign.Value, new Var(assign.Target, IrType.Double));
            // An element's adjoint goes to its position, which must be known as well: r[k % n] with k set in the tail is not, yet.
            if (terms is null ? assign.Value is not (Var or Literal) : terms.Any(t => activity.IsActive(t.Operand)
                && IrWalk.VariablesRead(t.Partial).Concat(t.Operand is Index element ? IrWalk.VariablesRead(element.Position) : Enumerable.Empty<string>()).Any(computed.Contains)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The variables a statement reads, nested statements included.</summary>
    private static IEnumerable<string> Reads(Stmt statement) =>
        IrWalk.Expressions(statement).Concat(IrWalk.ChildBlocks(statement).SelectMany(IrWalk.Statements).SelectMany(IrWalk.Expressions))
            .SelectMany(IrWalk.VariablesRead);
}
