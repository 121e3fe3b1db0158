using System;
using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// What a reverse sweep must get back, and how ("to-be-recorded" analysis). The reverse sweep reads
/// some primal variables (operands of partials, arguments of calls, branch directions, trip counts);
/// each assignment that overwrites one of them is undone in reverse:
/// <list type="bullet">
/// <item>an integer step <c>i = i ± c</c> is inverted (<c>i = i ∓ c</c>): nothing is stored;</item>
/// <item>the first definition of a local, outside loops, destroys nothing: nothing is stored;</item>
/// <item>a cheap value set once per loop iteration is recomputed in reverse (<see cref="Recomputation"/>): nothing is stored;</item>
/// <item>any other overwrite pushes the old value in the forward sweep and pops it in reverse.</item>
/// </list>
/// Branches record their direction and loops their trip count in fresh variables, which the same
/// rules then store only when they are overwritten, that is, inside loops.
/// </summary>
internal sealed class ReverseRecording
{
    private readonly Activity _activity;
    private readonly NameTable _names;
    private readonly HashSet<string> _readInReverse;
    private readonly HashSet<string> _counters = new();
    private readonly HashSet<string> _parameters;
    private Dictionary<string, int> _sites = new();
    private readonly Dictionary<string, Local> _stacks = new();
    private readonly List<Local> _locals = new();
    private Recomputation _recomputation = null!;
    private readonly HashSet<string> _setOncePerPath;
    private readonly Dictionary<string, CountedLoop> _counted = new();
    private readonly ISet<string> _fixed;
    private readonly HashSet<Assign> _fresh = new(ByReference<Assign>.Instance);
    private readonly HashSet<Assign> _superseded;
    private readonly HashSet<Assign> _dead;
    private readonly Dictionary<string, Expr> _workArrays;
    private readonly Dictionary<While, IReadOnlyList<Assign>> _recordedWhole = new(ByReference<While>.Instance);
    private readonly HashSet<Assign> _recordedWholeStores = new(ByReference<Assign>.Instance);

    private ReverseRecording(Function structured, Activity activity, NameTable names)
    {
        _activity = activity;
        _names = names;
        _parameters = new HashSet<string>(structured.Parameters.Select(p => p.Name));
        _readInReverse = new HashSet<string>(IrWalk.Statements(structured.Body).OfType<Assign>()
            .Where(a => activity.IsActive(a.Target))
            .SelectMany(ReadByAdjoint));
        AddRestoredPositions(structured.Body);
        _fixed = CountedLoop.FixedNames(structured.Body, _parameters);
        foreach (CountedLoop counted in CountedLoop.FindAll(structured.Body, _fixed))
        {
            _counted[counted.Index] = counted;
            _readInReverse.Add(counted.Index);
            _readInReverse.UnionWith(counted.BoundVariables);
        }
        // Recomputing a value reads its operands, which no adjoint may read: a loop or branch that
        // writes one must then be reversed too (its writes undone). Plan again until nothing new is read.
        while (true)
        {
            Body = Prepare(structured.Body);
            int known = _readInReverse.Count;
            _sites = CountSites(Body);
            _recomputation = Recomputation.Plan(Body, _sites, _parameters, _readInReverse, LoopKey);
            AddRestoredPositions(structured.Body);
            if (_readInReverse.Count == known)
            {
                break;
            }
            foreach (Local control in _locals)
            {
                _names.Release(control.Name);
            }
            _locals.Clear();
            _counters.Clear();
        }
        _setOncePerPath = SetOncePerPath(Body);
        _superseded = SupersededRestores.Find(Body, this, ReadInReverse);
        _dead = DeadRestores.Find(Body, _parameters, ReadInReverse);
        _workArrays = WorkArrays.UsedByElement(Body, this);
    }

    /// <summary>The function body with each recorded branch and loop writing its direction or trip count.</summary>
    public Block Body { get; private set; } = Block.Empty;

    /// <summary>Direction, trip-count and stack variables to declare.</summary>
    public IReadOnlyList<Local> Locals => _locals;

    public IReadOnlyCollection<Local> Stacks => _stacks.Values;

    public static ReverseRecording Plan(Function structured, Activity activity, NameTable names) => new(structured, activity, names);

    /// <summary>What the reverse sweep sets again at the start of each reversed iteration of a loop, instead of recording it.</summary>
    public IReadOnlyList<Assign> RecomputedIn(string loopKey) => _recomputation.In(loopKey);

    /// <summary>The trip counter of a loop this planner counted, from its body's first statement.</summary>
    public string? TripCounter(EquatableArray<Stmt> body) =>
        body.Count > 0 && body[0] is Assign a && _counters.Contains(a.Target) ? a.Target : null;

    /// <summary>Whether <paramref name="name"/> holds one value wherever the function reads it (see <see cref="CountedLoop.FixedNames"/>).</summary>
    public bool IsFixed(string name) => _fixed.Contains(name);

    /// <summary>The loop, if the reverse sweep runs it backwards from its bounds (no trip count).</summary>
    public CountedLoop? Counted(Stmt loop) =>
        loop is While { Condition: Binary { Left: Var index } condition } && _counted.TryGetValue(index.Name, out CountedLoop? counted)
        && Equals(counted.Condition, condition) ? counted : null;

    /// <summary>What names a loop the reverse sweep reverses: its trip counter, or the index of a counted loop.</summary>
    public string? LoopKey(Stmt loop) => loop switch
    {
        While s => TripCounter(s.Body.Statements) ?? Counted(s)?.Index,
        DoWhile s => TripCounter(s.Body.Statements),
        _ => null,
    };

    /// <summary>
    /// True if <paramref name="assign"/> is where its local first gets a value, outside loops: nothing
    /// was live in it before, so the reverse sweep restores nothing and its adjoint needs no reset.
    /// </summary>
    public bool IsFirstDefinition(Assign assign, bool inLoop) =>
        !inLoop && !assign.IsElement && !_parameters.Contains(assign.Target)
        && (assign.IsDeclaration || _sites[assign.Target] == 1 || _setOncePerPath.Contains(assign.Target));

    private static Dictionary<string, int> CountSites(Block body)
    {
        var sites = new Dictionary<string, int>();
        foreach (Assign assign in IrWalk.Statements(body).OfType<Assign>().Where(a => !a.IsElement))
        {
            sites[assign.Target] = sites.TryGetValue(assign.Target, out int count) ? count + 1 : 1;
        }
        return sites;
    }

    /// <summary>
    /// Locals assigned outside loops, each assignment in a different branch of some <c>if</c>
    /// (<c>double tail; if (…) tail = a; else tail = b;</c>): whichever runs is the first definition.
    /// </summary>
    private static HashSet<string> SetOncePerPath(Block body)
    {
        // Each assignment's path of branches; null for one in a loop, which may run twice.
        var paths = new Dictionary<string, List<List<(If Branch, bool Then)>?>>();
        void Walk(Block block, List<(If, bool)> path, bool inLoop)
        {
            foreach (Stmt statement in block.Statements)
            {
                switch (statement)
                {
                    case Assign { IsElement: false } assign:
                        if (!paths.TryGetValue(assign.Target, out var list))
                        {
                            paths[assign.Target] = list = new List<List<(If, bool)>?>();
                        }
                        list.Add(inLoop ? null : new List<(If, bool)>(path));
                        break;
                    case If s:
                        path.Add((s, true));
                        Walk(s.Then, path, inLoop);
                        path[path.Count - 1] = (s, false);
                        Walk(s.Else, path, inLoop);
                        path.RemoveAt(path.Count - 1);
                        break;
                    default:
                        foreach (Block child in IrWalk.ChildBlocks(statement))
                        {
                            Walk(child, path, inLoop: true);
                        }
                        break;
                }
            }
        }
        Walk(body, new List<(If, bool)>(), inLoop: false);
        return new HashSet<string>(paths
            .Where(p => p.Value.Count > 1 && p.Value.All(path => path is not null)
                && p.Value.Select((a, i) => p.Value.Skip(i + 1).All(b => Exclusive(a!, b!))).All(exclusive => exclusive))
            .Select(p => p.Key));
    }

    /// <summary>Two branch paths part at some <c>if</c>: one goes into its then-block, the other into its else-block.</summary>
    private static bool Exclusive(List<(If Branch, bool Then)> a, List<(If Branch, bool Then)> b) =>
        a.Any(x => b.Any(y => ReferenceEquals(x.Branch, y.Branch) && x.Then != y.Then));

    /// <summary>
    /// The forward sweep: the body, pushing each value that is about to be overwritten and read in
    /// reverse; <paramref name="after"/> adds statements after an assignment (the adjoint arrays of new arrays).
    /// </summary>
    public Block Forward(Block body, bool inLoop, Func<Assign, bool, IEnumerable<Stmt>> after)
    {
        var output = new List<Stmt>();
        foreach (Stmt statement in body.Statements)
        {
            switch (statement)
            {
                case Assign assign:
                    if (Decide(assign, inLoop) != Undo.Record || _recordedWholeStores.Contains(assign))
                    {
                        output.Add(assign);
                    }
                    else if (IsComputation(assign.Value))
                    {
                        // The new value first, then the push: the operands die before the push, whose rarely taken
                        // call to grow the stack would otherwise make the JIT keep them, and the loop that just
                        // computed them, in memory (no XMM register survives a call on x64 Unix).
                        string next = NewValueLocal(assign.Value.Type);
                        output.Add(new Assign(next, assign.Value));
                        output.Add(new Push(StackFor(assign.Value.Type).Name, Current(assign)));
                        output.Add(assign with { Value = new Var(next, assign.Value.Type) });
                    }
                    else
                    {
                        output.Add(new Push(StackFor(assign.Value.Type).Name, Current(assign)));
                        output.Add(assign);
                    }
                    output.AddRange(after(assign, inLoop));
                    break;
                case If s:
                    output.Add(new If(s.Condition, Forward(s.Then, inLoop, after), Forward(s.Else, inLoop, after)));
                    break;
                case While s:
                    IReadOnlyList<Assign> whole = RecordedWhole(s);
                    output.AddRange(whole.Select(store => new PushElements(StackFor(store.Value.Type).Name, WholeArray(store))));
                    Block recorded = Forward(s.Body, inLoop: true, after);
                    if (Counted(s) is { IndexType.Kind: ValueKind.Int } counted && PushesPerTrip(recorded) is { Count: > 0 } perTrip)
                    {
                        // The loop's trip count is known where it starts: make room for all its pushes
                        // there, so they need no capacity check and the loop calls nothing to grow a stack.
                        output.AddRange(perTrip.Select(p => new Reserve(p.Key, counted.Trips, p.Value)));
                        recorded = Reserved(recorded);
                    }
                    output.Add(new While(s.Condition, recorded));
                    break;
                case DoWhile s:
                    output.Add(new DoWhile(Forward(s.Body, inLoop: true, after), s.Condition));
                    break;
                case Return:
                    break;
                default:
                    output.Add(statement);
                    break;
            }
        }
        return new Block(output.ToEquatableArray());
    }

    /// <summary>Arithmetic and math functions on values: evaluating it first changes nothing but the order of reads.</summary>
    private static bool IsComputation(Expr value) =>
        value is not (Var or Literal or Index)
        && IrWalk.SelfAndDescendants(value).All(e => e is Literal or Var or Index or Indices or ArrayLength or Binary or Unary or Cast or Primitive or Conditional);

    private string NewValueLocal(IrType type)
    {
        string name = _names.Fresh("next");
        _locals.Add(new Local(name, type));
        return name;
    }

    /// <summary>
    /// The most values one run of <paramref name="body"/> pushes on each stack (the larger branch of an
    /// <c>if</c>); null if a nested loop pushes, or a whole array is pushed, whose counts are not known here.
    /// </summary>
    private static Dictionary<string, int>? PushesPerTrip(Block body)
    {
        var counts = new Dictionary<string, int>();
        foreach (Stmt statement in body.Statements)
        {
            switch (statement)
            {
                case Push push:
                    counts[push.Stack] = counts.TryGetValue(push.Stack, out int n) ? n + 1 : 1;
                    break;
                case PushElements:
                    return null;
                case If branch:
                    if (PushesPerTrip(branch.Then) is not { } then || PushesPerTrip(branch.Else) is not { } otherwise)
                    {
                        return null;
                    }
                    foreach (string stack in then.Keys.Union(otherwise.Keys))
                    {
                        int most = System.Math.Max(then.TryGetValue(stack, out int a) ? a : 0, otherwise.TryGetValue(stack, out int b) ? b : 0);
                        counts[stack] = counts.TryGetValue(stack, out int sofar) ? sofar + most : most;
                    }
                    break;
                case var other when IrWalk.ChildBlocks(other).Any(b => IrWalk.Statements(b).Any(s => s is Push or PushElements)):
                    return null;
            }
        }
        return counts;
    }

    /// <summary>The body with its pushes (outside nested loops) marked as having room made for them.</summary>
    private static Block Reserved(Block body) => new(body.Statements.Select(s => s switch
    {
        Push push => push with { IsReserved = true },
        If branch => branch with { Then = Reserved(branch.Then), Else = Reserved(branch.Else) },
        _ => s,
    }).ToEquatableArray());

    /// <summary>
    /// The fills in <paramref name="loop"/> whose old elements are recorded at once before it, not one push per
    /// iteration (Tapenade's array snapshots): a counted loop that stores each element of a work array once,
    /// before anything reads it (see <see cref="WorkArrays.FillsArray"/>), so the elements the stores overwrite
    /// are the array as the loop found it, and no reversed iteration reads an element another iteration
    /// restores. <see cref="RestoreWhole"/> puts them back after the loop's reverse. Asked by both sweeps,
    /// once per loop, which also tells <see cref="Restore"/> that these stores restore nothing themselves.
    /// </summary>
    public IReadOnlyList<Assign> RecordedWhole(While loop)
    {
        if (_recordedWhole.TryGetValue(loop, out IReadOnlyList<Assign>? known))
        {
            return known;
        }
        var stores = new List<Assign>();
        foreach (KeyValuePair<string, Expr> array in _workArrays)
        {
            var fill = new List<Assign>();
            if (WorkArrays.FillsArray(loop, array.Key, array.Value, this, fill) && Decide(fill[0], inLoop: true) == Undo.Record)
            {
                stores.Add(fill[0]);
            }
        }
        _recordedWholeStores.UnionWith(stores);
        return _recordedWhole[loop] = stores;
    }

    /// <summary>What puts back the arrays <see cref="RecordedWhole"/> recorded before <paramref name="loop"/>, last recorded first.</summary>
    public IReadOnlyList<Stmt> RestoreWhole(While loop) =>
        RecordedWhole(loop).Reverse().Select(store => (Stmt)new PopElements(StackFor(store.Value.Type).Name, WholeArray(store))).ToList();

    private static Var WholeArray(Assign store) => new(store.Target, IrType.ArrayOf(store.Value.Type));

    /// <summary>The statement that gives <paramref name="assign"/>'s target back its old value in reverse, if one is needed.</summary>
    public Stmt? Restore(Assign assign, bool inLoop) => _recordedWholeStores.Contains(assign) ? null : Decide(assign, inLoop) switch
    {
        Undo.Record => new Assign(assign.Target, new PopExpr(StackFor(assign.Value.Type).Name, assign.Value.Type), Position: assign.Position),
        Undo.Invert => new Assign(assign.Target, Inverse((Binary)assign.Value)),
        _ => null,
    };

    /// <summary>The value <paramref name="assign"/> is about to overwrite: the variable, or the element.</summary>
    private static Expr Current(Assign assign) => assign.Position is null
        ? new Var(assign.Target, assign.Value.Type)
        : new Index(new Var(assign.Target, IrType.ArrayOf(assign.Value.Type)), assign.Position);

    private enum Undo
    {
        Nothing,
        Invert,
        Record,
    }

    /// <summary>
    /// Assignments whose old value no reverse sweep needs: the first writes of an iteration whose adjoint
    /// runs right after it (see <see cref="FusedLoops"/>), which only see values of the iteration before.
    /// </summary>
    public void MarkFresh(IEnumerable<Assign> assigns) => _fresh.UnionWith(assigns);

    private Undo Decide(Assign assign, bool inLoop)
    {
        string target = assign.Target;
        if (_fresh.Contains(assign))
        {
            return Undo.Nothing;
        }
        if (_counted.ContainsKey(target))
        {
            // A counted loop's step is undone by stepping back, which the reversed loop counts by; its
            // start destroys nothing the reverse sweep reads, which sets the index before running the loop backwards.
            return IsIntegerStep(assign) ? Undo.Invert : Undo.Nothing;
        }
        if (!_readInReverse.Contains(target) || _recomputation.Contains(assign) || _superseded.Contains(assign))
        {
            return Undo.Nothing;
        }
        if (IsIntegerStep(assign))
        {
            // Stepping back costs nothing, and a trip counter counts the reversed iterations down this way.
            return Undo.Invert;
        }
        return _dead.Contains(assign) || IsFirstDefinition(assign, inLoop) ? Undo.Nothing : Undo.Record;
    }

    public static bool IsIntegerStep(Assign assign) =>
        assign.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Var v, Right: Literal } b
        && v.Name == assign.Target && b.Type.Kind is ValueKind.Int or ValueKind.Long;

    private static Expr Inverse(Binary step) =>
        step with { Op = step.Op == BinaryOp.Add ? BinaryOp.Subtract : BinaryOp.Add };

    /// <summary>
    /// Variables the adjoint of <paramref name="assign"/> reads: operands of its partials, a call's
    /// arguments, and the positions that address adjoint elements (<c>xAdjoint[i]</c> needs <c>i</c>).
    /// </summary>
    private IEnumerable<string> ReadByAdjoint(Assign assign)
    {
        IEnumerable<string> positions = assign.Position is null ? Enumerable.Empty<string>() : IrWalk.VariablesRead(assign.Position);
        if (assign.Value is Call call)
        {
            return positions.Concat(call.Args.SelectMany(IrWalk.VariablesRead));
        }
        var activeTerms = Derivatives.Of(assign.Value, new Var(assign.Target, IrType.Double))?
            .Where(t => _activity.IsActive(t.Operand)).ToList();
        IEnumerable<Expr> activeOperands = activeTerms?.Select(t => t.Operand) ?? new[] { assign.Value };
        IEnumerable<string> partials = activeTerms?.SelectMany(t => IrWalk.VariablesRead(t.Partial)) ?? Enumerable.Empty<string>();
        IEnumerable<string> operandPositions = activeOperands.OfType<Index>().SelectMany(i => IrWalk.VariablesRead(i.Position));
        return positions.Concat(partials).Concat(operandPositions);
    }

    /// <summary>
    /// What the reverse of <paramref name="statement"/> and of the statements nested in it may read: its
    /// adjoints' operands, restored positions, recomputed values, every condition and bound (over-estimated),
    /// and the trip counter or index each reversed loop counts by.
    /// </summary>
    private IEnumerable<string> ReadInReverse(Stmt statement) =>
        IrWalk.Statements(Block.Of(statement)).SelectMany(nested => nested switch
        {
            Assign a => (_activity.IsActive(a.Target) ? ReadByAdjoint(a) : Enumerable.Empty<string>())
                .Concat(a.Position is null ? Enumerable.Empty<string>() : IrWalk.VariablesRead(a.Position))
                .Concat(_recomputation.Contains(a) ? IrWalk.VariablesRead(a.Value) : Enumerable.Empty<string>()),
            Comment => Enumerable.Empty<string>(),
            _ => IrWalk.Expressions(nested).SelectMany(IrWalk.VariablesRead)
                .Concat(Counted(nested) is CountedLoop counted ? counted.BoundVariables : Enumerable.Empty<string>())
                .Concat(LoopKey(nested) is string key ? new[] { key } : Enumerable.Empty<string>()),
        });

    /// <summary>
    /// An element store into an array the reverse sweep reads is undone at its position, so the
    /// variables of that position must have their values back too (i stepped back in a loop).
    /// </summary>
    private void AddRestoredPositions(Block body)
    {
        Assign[] stores = IrWalk.Statements(body).OfType<Assign>().Where(a => a.IsElement).ToArray();
        bool added = true;
        while (added)
        {
            added = false;
            foreach (Assign store in stores.Where(s => _readInReverse.Contains(s.Target)))
            {
                foreach (string variable in IrWalk.VariablesRead(store.Position!))
                {
                    added |= _readInReverse.Add(variable);
                }
            }
        }
    }

    /// <summary>Rewrites branches and loops whose reverse does something so they record their direction or trip count.</summary>
    private Block Prepare(Block block)
    {
        var output = new List<Stmt>();
        foreach (Stmt statement in block.Statements)
        {
            switch (statement)
            {
                case If s when Matters(s):
                    string direction = NewControl("branch", IrType.Bool);
                    output.Add(new Assign(direction, s.Condition, IsDeclaration: true));
                    output.Add(new If(new Var(direction, IrType.Bool), Prepare(s.Then), Prepare(s.Else)));
                    break;
                case While s when Matters(s) && Counted(s) is not null:
                    output.Add(new While(s.Condition, Recomputation.SinkStateUpdates(Prepare(s.Body))));
                    break;
                case While s when Matters(s):
                    string count = Counter(output);
                    output.Add(new While(s.Condition, Counted(count, Recomputation.SinkStateUpdates(Prepare(s.Body)))));
                    break;
                case DoWhile s when Matters(s):
                    string doCount = Counter(output);
                    output.Add(new DoWhile(Counted(doCount, Recomputation.SinkStateUpdates(Prepare(s.Body))), s.Condition));
                    break;
                default:
                    output.Add(statement);
                    break;
            }
        }
        return new Block(output.ToEquatableArray());
    }

    private string Counter(List<Stmt> output)
    {
        string counter = NewControl("iterations", IrType.Int);
        _counters.Add(counter);
        output.Add(new Assign(counter, Literal.IntZero, IsDeclaration: true));
        return counter;
    }

    private static Block Counted(string counter, Block body) =>
        new(body.Statements.Prepend(new Assign(counter, new Binary(BinaryOp.Add, new Var(counter, IrType.Int), Literal.IntOne, IrType.Int))).ToEquatableArray());

    private string NewControl(string name, IrType type)
    {
        string variable = _names.Fresh(name);
        _locals.Add(new Local(variable, type));
        _readInReverse.Add(variable);
        return variable;
    }

    /// <summary>Whether a statement's reverse does anything: it assigns an active variable or one the reverse sweep reads.</summary>
    private bool Matters(Stmt statement) => statement switch
    {
        Assign a => _activity.IsActive(a.Target) || _readInReverse.Contains(a.Target),
        _ => IrWalk.ChildBlocks(statement).Any(b => b.Statements.Any(Matters)),
    };

    public Local StackFor(IrType type)
    {
        if (!_stacks.TryGetValue(type.CSharpName, out Local? stack))
        {
            string suffix = type.Kind switch
            {
                ValueKind.Double => "Doubles",
                ValueKind.Int => "Ints",
                ValueKind.Long => "Longs",
                ValueKind.Bool => "Bools",
                ValueKind.Array => "Arrays",
                _ => "Values",
            };
            stack = new Local(_names.Fresh("recorded" + suffix), IrType.RecordStackOf(type));
            _stacks.Add(type.CSharpName, stack);
            _locals.Add(stack);
        }
        return stack;
    }
}
