using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// Reverse mode, the Tapenade recipe over structured code. The <c>Adjoint</c> companion runs a forward
/// sweep (the primal, recording only what the reverse sweep cannot get back otherwise) and then a
/// reverse sweep: the adjoint of each statement, in reverse order, mirroring every branch taken and
/// every loop iteration. Each active variable <c>v</c> has an adjoint <c>vBar</c> = ∂result/∂v.
/// Input is linearized IR; output is the <c>Adjoint</c> companion in IR.
/// </summary>
internal sealed partial class ReverseTransform
{
    private readonly Activity _activity;
    private readonly InfiniteDerivatives _infinite;
    private readonly NonFiniteValues _nonFinite;
    private readonly NameTable _names;
    private readonly ReverseRecording _recording;
    private readonly Dictionary<string, Var> _bars = new();
    private readonly List<Local> _locals = new();
    private readonly bool _isFinal;
    // Statements whose adjoint the forward sweep already ran (see SeededCalls).
    private readonly HashSet<Stmt> _reversedInForward = new(ByReference<Stmt>.Instance);
    private string? _discard;

    private ReverseTransform(Function structured, Activity activity, ReverseRecording recording, NameTable names, bool isFinal)
    {
        _activity = activity;
        _infinite = InfiniteDerivatives.Adjoints(structured);
        _nonFinite = NonFiniteValues.Of(structured);
        _isFinal = isFinal;
        _names = names;
        _recording = recording;
        foreach (Parameter parameter in structured.Parameters.Where(p => activity.IsActive(p.Name)))
        {
            // An input array's adjoint is the caller's array itself: added into in place, never copied.
            _bars[parameter.Name] = parameter.Type.IsArray
                ? new Var(parameter.Name + "Adjoint", parameter.Type)
                : NewBar(parameter.Name, parameter.Type);
        }
        foreach (Local local in structured.Locals.Where(l => activity.IsActive(l.Name)))
        {
            _bars[local.Name] = NewBar(local.Name, local.Type);
        }
    }

    private Var NewBar(string name, IrType type) => NewLocal(name + "Bar", type, isAdjoint: true);

    private Var NewLocal(string name, IrType type, bool isAdjoint = false)
    {
        string local = _names.Fresh(name);
        _locals.Add(new Local(local, type, isAdjoint));
        return new Var(local, type);
    }

    /// <param name="isFinal">
    /// The companion is not differentiated again: with <paramref name="optimize"/>, take the partials of scalar calls
    /// outside loops in the forward sweep (see <see cref="EagerCalls"/>). Forward over reverse needs the plain calls.
    /// </param>
    /// <param name="optimize">Also fuse loops whose reverse sweep can run beside the forward one (see <see cref="FusedLoops"/>).</param>
    public static Function Run(Function linear, bool isFinal, bool optimize)
    {
        (Function structured, string result) = Structurizer.Run(linear);
        Activity activity = Activity.Analyze(structured);
        NameTable names = NameTable.For(structured);
        ReverseRecording recording = ReverseRecording.Plan(structured, activity, names);
        var transform = new ReverseTransform(structured, activity, recording, names, isFinal);
        return transform.Build(structured, isFinal && optimize ? transform.EagerCalls(recording.Body) : recording.Body, result, optimize);
    }

    /// <summary>
    /// A call of a scalar function of scalars outside loops runs the callee's Adjoint in the forward
    /// sweep, with seed 1: one call gives the value and every partial, which the reverse sweep only
    /// multiplies by the result's adjoint. Calling the function and later its Adjoint would compute
    /// the function twice.
    /// </summary>
    private Block EagerCalls(Block block) => new(block.Statements.Select(statement => statement switch
    {
        Assign { Value: Call { Form: CalleeForm.Primal } call, IsElement: false } assign when IsEager(call) && _bars.ContainsKey(assign.Target) =>
            assign with { Value = EagerCall(call, assign.Target) },
        If s => s with { Then = EagerCalls(s.Then), Else = EagerCalls(s.Else) },
        _ => statement,
    }).ToEquatableArray());

    private bool IsEager(Call call) =>
        call.ResultType.IsDouble
        && call.Callee.Parameters.All(p => !p.IsDifferentiable || p.Type.IsDouble)
        && call.Args.Where((_, i) => call.Callee.Parameters[i].IsDifferentiable).Any(a => BarOf(a) is not null);

    /// <summary><c>GAdjoint(a, ref tPartial, b, ref tPartial1, 1.0)</c>: the partials land in fresh locals.</summary>
    private Call EagerCall(Call call, string target)
    {
        var args = new List<Expr>();
        for (int i = 0; i < call.Args.Count; i++)
        {
            args.Add(call.Args[i]);
            if (call.Callee.Parameters[i].IsDifferentiable)
            {
                args.Add(new RefArg(NewLocal(target + "Partial", IrType.Double).Name));
            }
        }
        args.Add(Literal.One);
        return call with { Form = CalleeForm.Adjoint, Args = args.ToEquatableArray() };
    }

    /// <summary>The partials an eager call left in its locals: each argument followed by a <c>ref</c> is an operand.</summary>
    private static IReadOnlyList<Derivatives.Term> EagerTerms(Call eager) =>
        Enumerable.Range(0, eager.Args.Count - 1)
            .Where(i => eager.Args[i + 1] is RefArg)
            .Select(i => new Derivatives.Term(eager.Args[i], new Var(((RefArg)eager.Args[i + 1]).Name, IrType.Double), MayBeUnbounded: false))
            .ToList();

    private Function Build(Function structured, Block body, string result, bool optimize)
    {
        var statements = new List<Stmt>(structured.Parameters
            .Where(p => p.IsDifferentiable && p.Type.IsArray)
            .Select(p => ArrayOps.SameLength(p.Name, p.Name + "Adjoint")));
        IrType resultType = structured.ReturnType;

        statements.Add(new Comment("Forward sweep: compute the value, recording what the reverse sweep needs."));
        FusedLoops? fused = !optimize || resultType.IsArray || !_activity.IsActive(result) ? null : FusedLoops.Find(body, _activity, _recording);
        _recording.MarkFresh(fused?.Fresh ?? Enumerable.Empty<Assign>());
        // With fused loops, the ordinary sweeps cover only what comes before them.
        body = fused?.Prefix ?? body;
        statements.AddRange(_recording.Forward(body, inLoop: false, AllocateAdjointArray).Statements);
        if (fused is not null)
        {
            statements.AddRange(Fuse(fused, _bars[result]));
        }
        if (resultType.IsArray && _recording.Stacks.Count > 0)
        {
            // The reverse sweep puts overwritten elements back: return what the forward sweep computed, not that.
            statements.Add(new Assign(result, new CloneArray(new Var(result, resultType))));
        }
        if (_activity.IsActive(result))
        {
            statements.Add(new Comment("Reverse sweep: propagate the seed back to the inputs."));
            if (resultType.IsArray)
            {
                statements.Add(ArrayOps.SameLength(new Var(result, resultType), "the returned array", "seed"));
            }
            if (fused is null)
            {
                statements.Add(new Assign(_bars[result].Name, new Var("seed", resultType)));
            }
            statements.AddRange(Reverse(body, inLoop: false));
            // Only inputs with a partner: a [NoDerivative] double that was overwritten with an active value has a bar but no adjoint.
            foreach (Parameter parameter in structured.Parameters.Where(p => p.IsDifferentiable && !p.Type.IsArray && _bars.ContainsKey(p.Name)))
            {
                string adjoint = parameter.Name + "Adjoint";
                statements.Add(new Assign(adjoint, X.Add(new Var(adjoint, IrType.Double), _bars[parameter.Name])));
            }
        }
        // The recording buffers are pooled: give them back. Not in a finally block: one would keep the
        // JIT from holding the sweep's locals in registers, and a buffer an exception drops is only
        // garbage collected instead of reused.
        statements.AddRange(_recording.Stacks.Select(s => new Release(s.Name)));
        statements.Add(new Return(new Var(result, resultType)));
        var finalBody = new Block(statements.ToEquatableArray());

        // An adjoint whose contributions all ran in the forward sweep (see SeededCalls) is never mentioned.
        var mentioned = new HashSet<string>(IrWalk.Statements(finalBody).SelectMany(IrWalk.Mentions));
        IEnumerable<Local> locals = structured.Locals.Concat(_recording.Locals.Where(l => fused?.Counters.Contains(l.Name) != true))
            .Concat(_locals.Where(l => mentioned.Contains(l.Name)));
        return new Function(structured.Name + "Adjoint", resultType, Signatures.Adjoint(structured.Parameters, resultType), locals.ToEquatableArray(), finalBody);
    }

    /// <summary>
    /// After the forward sweep creates an active array, it creates the array's adjoint beside it (the
    /// reverse sweep adds into it), keeping the previous one if this assignment overwrites an array.
    /// </summary>
    private IEnumerable<Stmt> AllocateAdjointArray(Assign assign, bool inLoop)
    {
        if (!IsNewArray(assign) || !_bars.TryGetValue(assign.Target, out Var? bar))
        {
            yield break;
        }
        if (!_recording.IsFirstDefinition(assign, inLoop))
        {
            yield return new Push(_recording.StackFor(bar.Type).Name, bar);
        }
        yield return new Assign(bar.Name, ArrayOps.ZerosLike(new Var(assign.Target, assign.Value.Type)));
    }

    /// <summary>An assignment that makes a whole new array (not an element store, not the final copy into the result).</summary>
    private static bool IsNewArray(Assign assign) => !assign.IsElement && assign.Value.Type.IsArray && assign.Value is not Var;

    /// <summary>The adjoint of a block: its statements' adjoints in reverse order, each after the user's statement as a comment.</summary>
    private List<Stmt> Reverse(Block block, bool inLoop)
    {
        var output = new List<Stmt>();
        var group = new List<Stmt>();
        for (int i = block.Statements.Count - 1; i >= 0; i--)
        {
            Stmt statement = block.Statements[i];
            if (statement is Comment comment)
            {
                if (group.Count > 0)
                {
                    output.Add(new Comment("adjoint of: " + comment.Text + (comment.IsHeader ? " { ... }" : "")));
                    output.AddRange(group);
                    group.Clear();
                }
                continue;
            }
            group.AddRange(ReverseStatement(statement, inLoop));
        }
        output.AddRange(group);
        return output;
    }

    private IEnumerable<Stmt> ReverseStatement(Stmt statement, bool inLoop)
    {
        switch (statement)
        {
            case Assign assign when _reversedInForward.Contains(assign):
                return Enumerable.Empty<Stmt>();
            case Assign assign:
                return ReverseAssign(assign, inLoop);
            case If s:
                List<Stmt> then = Reverse(s.Then, inLoop);
                List<Stmt> otherwise = Reverse(s.Else, inLoop);
                if (then.Count == 0 && otherwise.Count == 0)
                {
                    return Enumerable.Empty<Stmt>();
                }
                // A branch with no adjoint (a constant arm of a switch) leaves no empty block: if (!taken) { … }.
                return new[] { then.Count == 0
                    ? new If(X.Not(s.Condition), new Block(otherwise.ToEquatableArray()), Block.Empty)
                    : new If(s.Condition, new Block(then.ToEquatableArray()), new Block(otherwise.ToEquatableArray())) };
            case While loop when _recording.Counted(loop) is CountedLoop counted:
                // Asked before the body is reversed: the stores it names restore nothing themselves.
                IReadOnlyList<Stmt> restoreWhole = _recording.RestoreWhole(loop);
                return new[] { counted.Rewind, ReverseLoop(counted.Index, loop.Body, counted.ReverseCondition) }.Concat(restoreWhole);
            case While { Body.Statements: var body } when _recording.TripCounter(body) is string counter:
                return new[] { ReverseLoop(counter, new Block(body), Counting(counter)) };
            case DoWhile { Body.Statements: var body } when _recording.TripCounter(body) is string counter:
                return new[] { ReverseLoop(counter, new Block(body), Counting(counter)) };
            default:
                return Enumerable.Empty<Stmt>();
        }
    }

    /// <summary>Whether reversed iterations remain of a loop that counted its trips: the body counts one down.</summary>
    private static Expr Counting(string counter) => X.Compare(BinaryOp.Greater, new Var(counter, IrType.Int), Literal.IntZero);

    /// <summary>
    /// As many iterations as the forward sweep ran, last first, while <paramref name="remaining"/>. Once the
    /// state updates at the end of the body are undone, the values planned for recomputation are set again.
    /// </summary>
    private Stmt ReverseLoop(string loopKey, Block body, Expr remaining)
    {
        IReadOnlyList<Assign> recomputed = _recording.RecomputedIn(loopKey);
        int steps = recomputed.Count == 0 ? 0 : Recomputation.StateUpdates(body.Statements);
        List<Stmt> reversed = Reverse(new Block(body.Statements.Skip(body.Statements.Count - steps).ToEquatableArray()), inLoop: true);
        if (recomputed.Count > 0)
        {
            reversed.Add(new Comment("this iteration's values, recomputed rather than recorded"));
            reversed.AddRange(recomputed);
        }
        reversed.AddRange(Reverse(new Block(body.Statements.Take(body.Statements.Count - steps).ToEquatableArray()), inLoop: true));
        return new While(remaining, new Block(reversed.ToEquatableArray()));
    }

    private List<Stmt> ReverseAssign(Assign assign, bool inLoop)
    {
        var output = new List<Stmt>();
        Stmt? restore = _recording.Restore(assign, inLoop);
        if (!_bars.TryGetValue(assign.Target, out Var? barVar))
        {
            AddIfNotNull(output, restore);
            return output;
        }
        if (assign.Value.Type.IsArray && !assign.IsElement)
        {
            return ReverseArrayAssign(assign, barVar, restore, inLoop);
        }
        Expr bar = assign.Position is null ? barVar : new Index(barVar, assign.Position);
        Expr result = assign.Position is null ? new Var(assign.Target, IrType.Double) : new Index(new Var(assign.Target, barVar.Type), assign.Position);
        bool readsTarget = IrWalk.VariablesRead(assign.Value).Contains(assign.Target);
        Stmt? reset = _recording.IsFirstDefinition(assign, inLoop) ? null : Store(bar, X.Lit(0));

        if (assign.Value is Call { Form: CalleeForm.Primal } or Call { Part: not null })
        {
            var call = (Call)assign.Value;
            if (readsTarget)
            {
                Var saved = Save(bar, output);
                AddIfNotNull(output, restore);
                output.Add(new Evaluate(AdjointOf(call, saved)));
            }
            else
            {
                output.Add(new Evaluate(AdjointOf(call, bar)));
                AddIfNotNull(output, reset);
                AddIfNotNull(output, restore);
            }
            return output;
        }

        IReadOnlyList<Derivatives.Term>? terms = _nonFinite.Mark(assign.Value is Call { Form: CalleeForm.Adjoint } eager
            ? EagerTerms(eager)
            : Derivatives.Of(assign.Value, result));
        if (terms is null)
        {
            // A copy passes the adjoint on; a value that depends on no input ends it (even one whose
            // condition reads the target: x = x > 1 ? 1.0 : 2.0 does not depend on x differentiably).
            if (assign.Writes(assign.Value))
            {
                AddIfNotNull(output, restore);
                return output;
            }
            UndifferentiatedValueException.ThrowIfActive(assign.Value, _activity);
            if (BarOf(assign.Value) is Expr sourceBar && sourceBar is Index && bar is Index)
            {
                // a[i] = a[j]: i and j may be equal at run time, so take the adjoint out before adding it on.
                output.Add(Accumulate(sourceBar, Save(bar, output)));
            }
            else
            {
                if (BarOf(assign.Value) is Expr copied)
                {
                    output.Add(Accumulate(copied, bar));
                }
                AddIfNotNull(output, reset);
            }
            AddIfNotNull(output, restore);
            return output;
        }

        var active = terms.Where(t => HasAdjoint(t.Operand)).ToList();
        if (!readsTarget)
        {
            AddContributions(output, assign, result, bar, active);
            AddIfNotNull(output, reset);
            AddIfNotNull(output, restore);
        }
        else if (IsAccumulation(assign, terms))
        {
            // v = v ± a: v's adjoint passes through unchanged; only a's grows.
            output.AddRange(active.Where(t => !assign.Writes(t.Operand)).Select(t => Accumulate(BarOf(t.Operand)!, Derivatives.Scaled(bar, t, _infinite.MayBeInfinite(assign.Target)))));
            AddIfNotNull(output, restore);
        }
        else
        {
            // v = op(v, …): the partials need v's old value, so restore it first and use the saved adjoint.
            Var saved = Save(bar, output);
            AddIfNotNull(output, restore);
            AddContributions(output, assign, result, saved, active);
        }
        return output;
    }

    /// <summary>
    /// Adds <paramref name="scale"/> times each partial into its operand's adjoint. For a quotient
    /// q = a / b with both operands active, the share s = scale / b is computed once: a gets s and b gets
    /// −s·q, one division where the two partials (1/b, −q/b) would take two, as hand-written code does.
    /// </summary>
    private void AddContributions(List<Stmt> output, Assign assign, Expr quotient, Expr scale, IReadOnlyList<Derivatives.Term> active)
    {
        bool infinite = _infinite.MayBeInfinite(assign.Target);
        if (assign.Value is Binary { Op: BinaryOp.Divide } && active.Count == 2)
        {
            Var share = NewLocal(BaseName(scale) + "PerDivisor", IrType.Double);
            output.Add(new Assign(share.Name, Derivatives.Scaled(scale, active[0], infinite)));
            output.Add(Accumulate(BarOf(active[0].Operand)!, share));
            Expr divisorPart = X.Neg(Derivatives.Product(share, quotient, infinite));
            output.Add(Accumulate(BarOf(active[1].Operand)!, scale is Literal
                ? divisorPart
                : X.Choose(X.Compare(BinaryOp.Equal, scale, X.Lit(0)), X.Lit(0), divisorPart)));
            return;
        }
        output.AddRange(active.Select(t => Accumulate(BarOf(t.Operand)!, Derivatives.Scaled(scale, t, infinite))));
    }

    /// <summary>
    /// The adjoint of making a whole array: a copy adds its adjoint into the source's, a call passes it
    /// to the callee's Adjoint as the seed, zeros pass nothing. Then the previous array and its adjoint come back.
    /// </summary>
    private List<Stmt> ReverseArrayAssign(Assign assign, Var bar, Stmt? restore, bool inLoop)
    {
        var output = new List<Stmt>();
        bool restoresBar = IsNewArray(assign) && !_recording.IsFirstDefinition(assign, inLoop);
        switch (assign.Value)
        {
            case Call call when IrWalk.VariablesRead(call).Contains(assign.Target):
                // a = G(a): the callee needs the old array and its adjoint back first; this assignment's adjoint is its seed.
                Var seed = NewLocal(bar.Name + "Seed", bar.Type);
                output.Add(new Assign(seed.Name, bar));
                if (restoresBar)
                {
                    output.Add(new Assign(bar.Name, new PopExpr(_recording.StackFor(bar.Type).Name, bar.Type)));
                }
                AddIfNotNull(output, restore);
                output.Add(new Evaluate(AdjointOf(call, seed)));
                return output;
            case Call call:
                output.Add(new Evaluate(AdjointOf(call, bar)));
                break;
            case CloneArray { Array: var source } when BarOf(source) is Expr sourceBar:
                output.Add(new AccumulateArray(sourceBar, bar));
                break;
            case Var source when BarOf(source) is Expr sourceBar:
                output.Add(new AccumulateArray(sourceBar, bar));
                break;
        }
        if (restoresBar)
        {
            output.Add(new Assign(bar.Name, new PopExpr(_recording.StackFor(bar.Type).Name, bar.Type)));
        }
        AddIfNotNull(output, restore);
        return output;
    }

    private static bool IsAccumulation(Assign assign, IReadOnlyList<Derivatives.Term> terms) =>
        assign.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract }
        && terms.Count(t => assign.Writes(t.Operand)) == 1
        && terms.First(t => assign.Writes(t.Operand)).Partial is Literal l && X.IsLiteral(l, 1);

    /// <summary>The name of an adjoint variable, or of the adjoint array an element belongs to.</summary>
    private static string BaseName(Expr bar) => bar is Index { Array: Var a } ? a.Name : ((Var)bar).Name;

    /// <summary><c>saved = vBar; vBar = 0;</c> — the adjoint of the value being overwritten.</summary>
    private Var Save(Expr bar, List<Stmt> output)
    {
        string name = _names.Fresh(BaseName(bar) + "Saved");
        _locals.Add(new Local(name, IrType.Double));
        output.Add(new Assign(name, bar));
        output.Add(Store(bar, X.Lit(0)));
        return new Var(name, IrType.Double);
    }

    /// <summary>The call that adds the adjoint of <paramref name="call"/>'s result, <paramref name="seed"/>, into its arguments' adjoints.</summary>
    private Call AdjointOf(Call call, Expr seed) => call.Part is null ? AdjointCall(call, seed) : AdjointOfDerivative(call, seed);

    /// <summary>
    /// <c>y = GTangent(x, v).Tangent</c> is ∇G(x)·v, so x̄ += ∇²G(x)·v·ȳ and v̄ += ∇G(x)·ȳ. That is
    /// GAdjointTangent (forward over reverse) run with x's direction v, seed ȳ and no seed tangent:
    /// G's adjoint slot collects v̄ and the slot of its tangent collects x̄. No reverse-over-forward
    /// companion is needed; the Hessian's symmetry makes forward over reverse give the same numbers.
    /// </summary>
    private Call AdjointOfDerivative(Call call, Expr seed)
    {
        var args = new List<Expr>();
        foreach ((Expr value, Expr? direction) in call.TangentArguments())
        {
            args.Add(value);
            if (direction is not null)
            {
                args.Add(direction);
                args.Add(AdjointArgument(direction));
                args.Add(AdjointArgument(value));
            }
        }
        args.Add(seed);
        args.Add(seed.Type.IsArray ? ArrayOps.ZerosLike(seed) : X.Lit(0));
        return call with { Form = CalleeForm.AdjointTangent, Args = args.ToEquatableArray(), Part = null };
    }

    /// <summary>Where a callee's Adjoint adds an argument's adjoint: its adjoint array or a ref to its adjoint, or a throwaway.</summary>
    private Expr AdjointArgument(Expr arg) => arg.Type.IsArray
        ? BarOf(arg) ?? ArrayOps.ZerosLike(arg)
        : new RefArg(arg is Var v && _bars.TryGetValue(v.Name, out Var? bar) ? bar.Name : Discard());

    private Call AdjointCall(Call call, Expr seed)
    {
        var args = new List<Expr>();
        for (int i = 0; i < call.Args.Count; i++)
        {
            args.Add(call.Args[i]);
            if (call.Callee.Parameters[i].IsDifferentiable)
            {
                args.Add(AdjointArgument(call.Args[i]));
            }
        }
        args.Add(seed);
        return call with { Form = CalleeForm.Adjoint, Args = args.ToEquatableArray() };
    }

    /// <summary>Where a callee adds the adjoint of an argument that needs none (a constant).</summary>
    private string Discard()
    {
        if (_discard is null)
        {
            _discard = _names.Fresh("unusedAdjoint");
            _locals.Add(new Local(_discard, IrType.Double));
        }
        return _discard;
    }

    /// <summary>Whether an operand has an adjoint; never false for one that depends on an input in a shape the transform cannot differentiate.</summary>
    private bool HasAdjoint(Expr operand)
    {
        UndifferentiatedValueException.ThrowIfActive(operand, _activity);
        return BarOf(operand) is not null;
    }

    /// <summary>The adjoint of an operand (a variable's, or an element of an array's), or null if it has none.</summary>
    private Expr? BarOf(Expr operand) => operand switch
    {
        Var v when _bars.TryGetValue(v.Name, out Var? bar) => bar,
        Index { Array: Var a } i when _bars.TryGetValue(a.Name, out Var? bar) => i with { Array = bar },
        _ => null,
    };

    /// <summary><c>bar += amount</c>, for a variable or an array element.</summary>
    private static Assign Accumulate(Expr bar, Expr amount) => Store(bar, X.Add(bar, amount));

    private static Assign Store(Expr place, Expr value) => place switch
    {
        Index { Array: Var a } i => new Assign(a.Name, value, Position: i.Position),
        _ => new Assign(((Var)place).Name, value),
    };

    private static void AddIfNotNull(List<Stmt> output, Stmt? statement)
    {
        if (statement is not null)
        {
            output.Add(statement);
        }
    }
}
