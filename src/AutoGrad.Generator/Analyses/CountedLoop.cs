using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// A loop the reverse sweep can run backwards from its bounds alone, as Tapenade reverses DO loops:
/// <c>k = start; while (k &lt; end) { …; k = k + 1; }</c> (also <c>&lt;=</c>, or counting down with
/// <c>&gt;</c>, <c>&gt;=</c> and <c>k - 1</c>), where only this loop touches the index and nothing in
/// it changes the bounds. The index ends at <see cref="Final"/> however many times the loop ran, so
/// the reverse sweep sets it there and steps it back to <see cref="Start"/>: no trip count is kept and
/// the index is not recorded when an outer loop starts it again. Besides saving the pushes, the loops
/// then carry no call of a recording stack's slow path, so the JIT can keep their values in registers.
/// </summary>
/// <param name="Condition">The forward loop's condition, which identifies the loop (the index belongs to it alone).</param>
internal sealed record CountedLoop(string Index, IrType IndexType, Expr Start, Expr Final, bool Up, Expr Condition)
{
    /// <summary>Sets the index where the forward loop left it.</summary>
    public Assign Rewind => new(Index, Final);

    /// <summary>How many times the loop runs, evaluated where it starts: 0 if the range is empty.</summary>
    public Expr Trips
    {
        get
        {
            if (IntValue(Start) is long s && IntValue(Final) is long f)
            {
                return Literal.OfInteger(Up ? f - s : s - f, IrType.Int);
            }
            Expr trips = Up
                ? IntValue(Start) == 0 ? Final : new Binary(BinaryOp.Subtract, Final, Start, IndexType)
                : new Binary(BinaryOp.Subtract, Start, Final, IndexType);
            return IndexType.Kind == ValueKind.Int ? trips : new Cast(trips, IrType.Int, IsImplicit: false);
        }
    }

    /// <summary>Whether a reversed iteration remains: the index has not yet stepped back to the start.</summary>
    public Expr ReverseCondition => X.Compare(Up ? BinaryOp.Greater : BinaryOp.Less, new Var(Index, IndexType), Start);

    /// <summary>
    /// Every counted loop of <paramref name="function"/>, the whole structured body;
    /// <paramref name="fixedNames"/> comes from <see cref="FixedNames"/>.
    /// </summary>
    public static IReadOnlyList<CountedLoop> FindAll(Block function, ISet<string> fixedNames)
    {
        var writes = Count(Writes(function));
        var mentions = Count(IrWalk.Statements(function).SelectMany(IrWalk.Mentions));
        var found = new List<CountedLoop>();
        void Visit(Block block)
        {
            Stmt? previous = null;
            foreach (Stmt statement in block.Statements)
            {
                if (statement is While loop && Match(previous, loop, writes, mentions, fixedNames) is CountedLoop counted)
                {
                    found.Add(counted);
                }
                foreach (Block child in IrWalk.ChildBlocks(statement))
                {
                    Visit(child);
                }
                previous = statement is Comment ? previous : statement;
            }
        }
        Visit(function);
        return found;
    }

    /// <summary>
    /// The counted loop <paramref name="loop"/> is, given the statement before it, or null. The index
    /// must be written and mentioned nowhere but there (<paramref name="writes"/> and <paramref name="mentions"/>
    /// count them over the whole function).
    /// </summary>
    private static CountedLoop? Match(Stmt? init, While loop, IReadOnlyDictionary<string, int> writes, IReadOnlyDictionary<string, int> mentions, ISet<string> fixedNames)
    {
        if (!loop.Body.Statements.Any())
        {
            return null;
        }
        if (loop.Condition is not Binary { Op: BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual, Left: Var index } condition
            || index.Type.Kind is not (ValueKind.Int or ValueKind.Long)
            || init is not Assign { IsElement: false } start || start.Target != index.Name)
        {
            return null;
        }
        bool up = condition.Op is BinaryOp.Less or BinaryOp.LessOrEqual;
        var steps = loop.Body.Statements.OfType<Assign>().Where(a => a.Target == index.Name).ToList();
        if (steps.Count != 1 || !IsUnitStep(steps[0], up))
        {
            return null;
        }
        // The init and the step are the index's only writes, and the loop and its init its only mentions.
        if (mentions[index.Name] != IrWalk.MentionCount(Block.Of(start, loop), index.Name) || writes[index.Name] != 2)
        {
            return null;
        }
        var writtenInLoop = new HashSet<string>(Writes(loop.Body));
        if (!IsInvariant(start.Value, writtenInLoop, fixedNames) || !IsInvariant(condition.Right, writtenInLoop, fixedNames))
        {
            return null;
        }
        Expr end = condition.Op switch
        {
            BinaryOp.LessOrEqual => Step(condition.Right, +1),
            BinaryOp.GreaterOrEqual => Step(condition.Right, -1),
            _ => condition.Right,
        };
        return new CountedLoop(index.Name, index.Type, start.Value, FinalValue(start.Value, end, up, index.Type), up, loop.Condition);
    }

    /// <summary>
    /// The scalar variables the reverse sweep reads to run the loop backwards: they must have their
    /// forward values there. Arrays whose length a bound reads are never reassigned (see <see cref="FixedNames"/>).
    /// </summary>
    public IEnumerable<string> BoundVariables =>
        new[] { Start, Final }.SelectMany(IrWalk.SelfAndDescendants).OfType<Var>().Where(v => !v.Type.IsArray).Select(v => v.Name).Distinct();

    private static bool IsUnitStep(Assign step, bool up) =>
        step.Value is Binary { Left: Var v, Right: Literal { Integer: 1 } } b && v.Name == step.Target
        && b.Op == (up ? BinaryOp.Add : BinaryOp.Subtract);

    /// <summary>
    /// Where the index stops: the end, or the start if the loop never ran (max for a loop counting up,
    /// min counting down); folded when both are integer literals or the loop runs from 0 to a length.
    /// </summary>
    private static Expr FinalValue(Expr start, Expr end, bool up, IrType type)
    {
        if (IntValue(start) is long s && IntValue(end) is long e)
        {
            long final = up ? System.Math.Max(s, e) : System.Math.Min(s, e);
            return Literal.OfInteger(final, type);
        }
        if (up && IntValue(start) == 0 && end is ArrayLength)
        {
            return end;
        }
        Expr endIndex = end.Type == type ? end : new Cast(end, type, IsImplicit: false);
        return new Conditional(X.Compare(up ? BinaryOp.Less : BinaryOp.Greater, start, end), endIndex, start, type);
    }

    /// <summary>The bound one past an inclusive end: <c>end + 1</c> or <c>end - 1</c>, folded for a literal.</summary>
    private static Expr Step(Expr bound, int by) =>
        IntValue(bound) is long value
            ? Literal.OfInteger(value + by, bound.Type)
            : new Binary(by > 0 ? BinaryOp.Add : BinaryOp.Subtract, bound, Literal.IntOne, bound.Type);

    private static long? IntValue(Expr e) => (e as Literal)?.Integer;

    /// <summary>Arithmetic on integers, lengths and variables the loop does not write: the same value when the reverse sweep reads it.</summary>
    private static bool IsInvariant(Expr bound, ISet<string> writtenInLoop, ISet<string> fixedNames) =>
        bound.Type.Kind is ValueKind.Int or ValueKind.Long
        && IrWalk.SelfAndDescendants(bound).All(e => e switch
        {
            Literal => true,
            Var { Type.IsArray: true } a => fixedNames.Contains(a.Name),
            Var v => !writtenInLoop.Contains(v.Name) && v.Type.Kind is ValueKind.Int or ValueKind.Long,
            ArrayLength { Dimension: null, Array: Var } => true,
            Binary { Op: BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply } => true,
            Unary { Op: UnaryOp.Negate or UnaryOp.Plus } or Cast => true,
            _ => false,
        });

    /// <summary>
    /// The names that hold one value wherever the function reads them: written nowhere (parameters), or
    /// locals set once at the function's top level, before anything can read them. An array among them
    /// is always the same array: its length never changes.
    /// </summary>
    public static ISet<string> FixedNames(Block function, ISet<string> parameters)
    {
        var writes = Count(Writes(function));
        var topLevel = new HashSet<string>(function.Statements.OfType<Assign>().Where(a => !a.IsElement).Select(a => a.Target));
        return new HashSet<string>(IrWalk.Statements(function).SelectMany(IrWalk.Mentions).Distinct()
            .Where(name => !writes.TryGetValue(name, out int count) || count == 1 && topLevel.Contains(name) && !parameters.Contains(name)));
    }

    private static Dictionary<string, int> Count(IEnumerable<string> names)
    {
        var counts = new Dictionary<string, int>();
        foreach (string name in names)
        {
            counts[name] = counts.TryGetValue(name, out int count) ? count + 1 : 1;
        }
        return counts;
    }

    /// <summary>Every name written in the block: assigned, deconstructed into, or passed by <c>ref</c>.</summary>
    private static IEnumerable<string> Writes(Block block) =>
        IrWalk.Statements(block).SelectMany(s =>
        {
            IEnumerable<string> byRef = IrWalk.Expressions(s).SelectMany(IrWalk.SelfAndDescendants).OfType<RefArg>().Select(r => r.Name);
            return s switch
            {
                Assign { IsElement: false } a => byRef.Append(a.Target),
                AssignTuple t => byRef.Concat(t.Targets),
                _ => byRef,
            };
        });
}
