using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Transforms;

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
/// inactive state (<c>i += 2</c>), or set once per iteration before any read; none of them but the
/// accumulators is read outside its loop; and nothing is written into arrays. Then nothing the loop
/// overwrites needs restoring, so the forward sweep records nothing for it.
/// </remarks>
internal sealed class FusedLoops
{
    private FusedLoops(IEnumerable<Stmt> prefix, IReadOnlyList<Stmt> loops, IEnumerable<Stmt> tail, IReadOnlyCollection<string> counters)
    {
        Prefix = new Block(prefix.ToEquatableArray());
        Loops = loops;
        Tail = new Block(tail.ToEquatableArray());
        Counters = counters;
    }

    /// <summary>The trip counters the loops no longer need: only an ordinary reverse sweep reads them.</summary>
    public IReadOnlyCollection<string> Counters { get; }

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
                if (Writes(uncounted.Body, activity, recording) is not (HashSet<string> written, HashSet<string> sums))
                {
                    break;
                }
                loops.Insert(0, uncounted);
                fusable.Add((uncounted, written, sums));
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
            else if (statement is Comment || statement is Assign inactive && !activity.IsActive(inactive.Target) && recording.Restore(inactive, inLoop: false) is null)
            {
                loops.Insert(0, statement);
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
        return new FusedLoops(prefix, loops, tail, counters);
    }

    /// <summary>
    /// The variables the loop body sets for itself, and its accumulators; null if an iteration's adjoint
    /// could depend on another iteration or on something outside the loop.
    /// </summary>
    private static (HashSet<string> Written, HashSet<string> Accumulators)? Writes(Block body, Activity activity, ReverseRecording recording)
    {
        List<Stmt> all = IrWalk.Statements(body).ToList();
        if (all.Any(s => s is not (Assign { IsElement: false } or If or Comment)) || all.OfType<Assign>().Any(a => a.Value.Type.IsArray))
        {
            return null;
        }
        int head = body.Statements.Count - Steps(body.Statements);
        var steps = new HashSet<Stmt>(body.Statements.Skip(head));
        var written = new HashSet<string>();
        var accumulators = new HashSet<string>();
        foreach (IGrouping<string, Assign> sites in all.OfType<Assign>().GroupBy(a => a.Target))
        {
            string variable = sites.Key;
            if (activity.IsActive(variable) && sites.All(a => IsAccumulation(a, variable) && recording.Restore(a, inLoop: true) is null)
                && all.Where(s => !sites.Contains(s)).All(s => !IrWalk.Mentions(s).Contains(variable)))
            {
                accumulators.Add(variable);
            }
            else if (sites.All(steps.Contains))
            {
                // A trailing step of the loop's state (i += 2): it runs after the iteration's adjoint.
                written.Add(variable);
            }
            else if (sites.Count() == 1 && !steps.Contains(sites.First()) && SetBeforeRead(body, sites.First()))
            {
                written.Add(variable);
            }
            else
            {
                return null;
            }
        }
        return (written, accumulators);
    }

    /// <summary><c>v = v ± w</c> with w not v: its adjoint reads no value, and leaves v's adjoint as it is.</summary>
    private static bool IsAccumulation(Assign assign, string variable) =>
        assign.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Var left } sum
        && left.Name == variable && !IrWalk.VariablesRead(sum.Right).Contains(variable);

    /// <summary>
    /// Whether the one assignment of its variable comes, in every iteration, before each read of it:
    /// every read is in the block that holds the assignment, after it (or nested in a later statement).
    /// </summary>
    private static bool SetBeforeRead(Block body, Assign site)
    {
        Block holder = Holder(body, site)!;
        var inHolder = new HashSet<Stmt>(IrWalk.Statements(holder));
        int index = holder.Statements.TakeWhile(s => !Equals(s, site)).Count();
        return !IrWalk.VariablesRead(site.Value).Contains(site.Target)
            && holder.Statements.Take(index).All(s => !Reads(s).Contains(site.Target))
            && IrWalk.Statements(body).Where(s => !inHolder.Contains(s)).All(s => !IrWalk.Mentions(s).Contains(site.Target));
    }

    /// <summary>The block whose own statements include <paramref name="site"/>.</summary>
    private static Block? Holder(Block block, Assign site) =>
        block.Statements.Contains(site)
            ? block
            : block.Statements.SelectMany(IrWalk.ChildBlocks).Select(b => Holder(b, site)).FirstOrDefault(b => b is not null);

    /// <summary>
    /// Whether the tail's reverse can run before the loops: its assignments restore nothing, and their
    /// partials read nothing the loops or the tail itself compute.
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
            IReadOnlyList<Derivatives.Term>? terms = Derivatives.Of(assign.Value, new Var(assign.Target, IrType.Double));
            if (terms is null ? assign.Value is not (Var or Literal) : terms.Any(t => activity.IsActive(t.Operand) && IrWalk.VariablesRead(t.Partial).Any(computed.Contains)))
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
