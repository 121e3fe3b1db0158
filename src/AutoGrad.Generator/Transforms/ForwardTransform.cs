using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// Forward mode: each active variable <c>v</c> gets a tangent <c>vTangent</c>, updated beside every
/// assignment to <c>v</c>. Control flow stays exactly as the user wrote it; nothing is recorded.
/// Input is linearized IR; output is the <c>Tangent</c> companion in IR.
/// </summary>
internal sealed class ForwardTransform
{
    public static IrType ResultTypeFor(IrType value) =>
        IrType.OtherType($"({value.CSharpName} Value, {value.CSharpName} Tangent)");

    private readonly Activity _activity;
    private readonly InfiniteDerivatives? _infinite;
    private readonly NonFiniteValues _nonFinite;
    private readonly IrType _resultType;
    private readonly NameTable _names;
    private readonly Dictionary<string, string> _tangents = new();
    private readonly Dictionary<string, Local> _tangentStacks = new();
    private readonly List<Local> _extraLocals = new();
    private string? _discard;

    private ForwardTransform(Activity activity, InfiniteDerivatives? infinite, NonFiniteValues nonFinite, IrType resultType, NameTable names)
    {
        _activity = activity;
        _infinite = infinite;
        _nonFinite = nonFinite;
        _resultType = resultType;
        _names = names;
    }

    /// <param name="zeroRule">
    /// Products of a tangent that may be infinite with a partial follow the zero rule (see <see cref="Derivatives.Scaled"/>);
    /// off for a body whose NaN derivative falls back on the reverse sweep anyway (<see cref="TangentAdjoint"/>).
    /// </param>
    public static Function Run(Function function, Activity activity, bool zeroRule = true)
    {
        NameTable names = NameTable.For(function);
        var transform = new ForwardTransform(activity, zeroRule ? InfiniteDerivatives.Tangents(function) : null, NonFiniteValues.Of(function), ResultTypeFor(function.ReturnType), names);
        var parameters = new List<Parameter>();
        var checks = new List<Stmt>();
        foreach (Parameter parameter in function.Parameters)
        {
            parameters.Add(parameter);
            if (parameter.IsDifferentiable)
            {
                string tangent = TangentParameterName(parameter.Name, function.Parameters);
                // A ref parameter's tangent is ref too; an optional one's tangent defaults to 0 (no change in that input).
                parameters.Add(new Parameter(tangent, parameter.Type, IsDifferentiable: function.ReturnType.IsDifferentiable, parameter.IsRef,
                    parameter.DefaultValue is not null && parameter.Type.IsDouble ? "0.0" : null));
                transform._tangents[parameter.Name] = tangent;
                if (parameter.Type.IsArray)
                {
                    checks.Add(ArrayOps.SameLength(parameter.Name, tangent));
                }
            }
        }
        var locals = new List<Local>(function.Locals);
        // A [NoDerivative] double overwritten with a value that has a derivative carries it from there on:
        // its tangent is a local, 0 until then.
        IEnumerable<Local> carriers = function.Parameters.Where(p => !p.IsDifferentiable && p.Type.IsDouble && !p.IsRef && activity.IsActive(p.Name))
            .Select(p => new Local(p.Name, p.Type));
        var declared = new HashSet<string>(function.Locals.Select(l => l.Name));
        foreach (Local local in function.Locals.Where(l => activity.IsActive(l.Name)).Concat(carriers))
        {
            string tangent = names.Fresh(declared.Contains(local.Name + "Tangent") ? local.Name + "Tangent2" : local.Name + "Tangent");
            transform._tangents[local.Name] = tangent;
            locals.Add(new Local(tangent, local.Type));
        }
        Block body = transform.RewriteBlock(function.Body);
        return new Function(
            function.Name + "Tangent",
            transform._resultType,
            Signatures.TrailingDefaultsOnly(parameters),
            locals.Concat(transform._extraLocals).ToEquatableArray(),
            new Block(checks.Concat(body.Statements).ToEquatableArray()));
    }

    /// <summary>
    /// <c>xTangent</c>; over a Tangent companion, where the first direction took that name, the
    /// direction of level k is <c>xTangent{k}</c> (<c>xTangent2</c>, <c>xTangent3</c>, …).
    /// </summary>
    private static string TangentParameterName(string name, EquatableArray<Parameter> parameters)
    {
        string candidate = name + "Tangent";
        for (int level = 2; parameters.Any(p => p.Name == candidate); level++)
        {
            candidate = name + "Tangent" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return candidate;
    }

    private Block RewriteBlock(Block block)
    {
        var output = new List<Stmt>();
        foreach (Stmt statement in block.Statements)
        {
            Rewrite(statement, output);
        }
        return new Block(output.ToEquatableArray());
    }

    private void Rewrite(Stmt statement, List<Stmt> output)
    {
        switch (statement)
        {
            case Assign assign when _tangents.TryGetValue(assign.Target, out string? tangent):
                Differentiate(assign, tangent, output);
                break;
            case AssignTuple { Value: Call { Form: CalleeForm.Tangent } call } s when s.Targets.Any(_tangents.ContainsKey):
                TangentOfTangentCall(s, call, output);
                break;
            case Return { Value: Expr value }:
                output.Add(new Return(new TupleExpr(EquatableArray.Of(value, TangentOf(value)), _resultType)));
                break;
            case Push s when IsActive(s.Value):
                // A recorded value's tangent is recorded beside it, on a stack of its own.
                output.Add(s);
                output.Add(new Push(TangentStack(s.Stack, s.Value.Type), TangentOf(s.Value)));
                break;
            case PushElements s when IsActive(s.Array):
                output.Add(s);
                output.Add(new PushElements(TangentStack(s.Stack, s.Array.Type.Element!), (Var)TangentOf(s.Array)));
                break;
            case PopElements s when IsActive(s.Array):
                output.Add(s);
                output.Add(new PopElements(TangentStack(s.Stack, s.Array.Type.Element!), (Var)TangentOf(s.Array)));
                break;
            case Release s:
                output.Add(s);
                if (_tangentStacks.TryGetValue(s.Stack, out Local? tangentStack))
                {
                    output.Add(new Release(tangentStack.Name));
                }
                break;
            case AccumulateArray s when IsActive(s.Target) && IsActive(s.Source):
                output.Add(s);
                output.Add(new AccumulateArray(TangentOf(s.Target), TangentOf(s.Source)));
                break;
            case Evaluate { Value: Call { Form: CalleeForm.Adjoint } call } when call.Args.Any(a => IsActive(a) || a is RefArg r && _tangents.ContainsKey(r.Name)):
                output.Add(new Evaluate(AdjointTangentCall(call)));
                break;
            default:
                output.Add(IrWalk.MapBlocks(statement, RewriteBlock));
                break;
        }
    }

    /// <summary>
    /// <c>(y, yTangent) = GTangent(…)</c> → one call of GTangentTangent, whose four results are the
    /// value, the tangent, and the tangent of each along the second direction.
    /// </summary>
    private void TangentOfTangentCall(AssignTuple assign, Call call, List<Stmt> output)
    {
        (string pair, IrType pairType) = TangentTangentCall(call, assign.Targets[0], output);
        string[] parts = { "Value", "Tangent" };
        for (int t = 0; t < assign.Targets.Count; t++)
        {
            string target = assign.Targets[t];
            output.Add(new Assign(target, Member(pair, pairType, "Value." + parts[t], IrType.Double)));
            if (_tangents.TryGetValue(target, out string? tangent))
            {
                output.Add(new Assign(tangent, Member(pair, pairType, "Tangent." + parts[t], IrType.Double)));
            }
        }
    }

    /// <summary>
    /// <c>y = GTangent(x, v).Tangent</c>, a derivative the user computes and uses as a value: its tangent
    /// is the tangent of that part of the result, <c>GTangentTangent(x, xTangent, v, vTangent).Tangent.Tangent</c>.
    /// </summary>
    private void TangentOfDerivative(Assign assign, Call call, string tangent, List<Stmt> output)
    {
        (string pair, IrType pairType) = TangentTangentCall(call, assign.Target, output);
        output.Add(new Assign(assign.Target, Member(pair, pairType, "Value." + call.Part, call.ResultType)));
        output.Add(new Assign(tangent, Member(pair, pairType, "Tangent." + call.Part, call.ResultType)));
    }

    /// <summary>
    /// <c>pair = GTangentTangent(…)</c> for a call of GTangent: each of GTangent's arguments followed by
    /// its tangent. The pair's four parts are the value, the tangent, and the tangent of each along the second direction.
    /// </summary>
    private (string Pair, IrType PairType) TangentTangentCall(Call call, string target, List<Stmt> output)
    {
        // GTangent's arguments are each parameter, then its tangent if it is differentiable; each gets its own tangent.
        var args = new List<Expr>();
        foreach ((Expr value, Expr? direction) in call.TangentArguments())
        {
            args.Add(value);
            if (direction is not null)
            {
                args.Add(TangentOf(value));
                args.Add(direction);
                args.Add(TangentOf(direction));
            }
        }
        IrType pairType = ResultTypeFor(call.Part is null ? call.ResultType : ResultTypeFor(call.ResultType));
        string pair = _names.Fresh(target + "Pair");
        _extraLocals.Add(new Local(pair, pairType));
        output.Add(new Assign(pair, call with { Form = CalleeForm.TangentTangent, Args = args.ToEquatableArray(), ResultType = pairType, Part = null }));
        return (pair, pairType);
    }

    private static Expr Member(string tuple, IrType tupleType, string path, IrType type) =>
        new Opaque("{0}." + path, EquatableArray.Of<Expr>(new Var(tuple, tupleType)), type);

    private string TangentStack(string stack, IrType element)
    {
        if (!_tangentStacks.TryGetValue(stack, out Local? local))
        {
            local = new Local(_names.Fresh(stack + "Tangent"), IrType.RecordStackOf(element));
            _tangentStacks.Add(stack, local);
            _extraLocals.Add(local);
        }
        return local.Name;
    }

    /// <summary>
    /// The forward-mode derivative of a call of a callee's Adjoint: its AdjointTangent, each
    /// differentiable argument (value, adjoint, seed) followed by its tangent.
    /// </summary>
    private Call AdjointTangentCall(Call call)
    {
        var slots = AdjointSlots.Of(call.Callee, call.Args[call.Args.Count - 1].Type);
        var args = new List<Expr>();
        for (int i = 0; i < call.Args.Count; i++)
        {
            Expr arg = call.Args[i];
            args.Add(arg);
            if (slots[i].IsDifferentiable)
            {
                args.Add(arg is RefArg r
                    ? new RefArg(_tangents.TryGetValue(r.Name, out string? tangent) ? tangent : Discard())
                    : TangentOf(arg));
            }
        }
        return call with { Form = CalleeForm.AdjointTangent, Args = args.ToEquatableArray() };
    }

    private string Discard()
    {
        if (_discard is null)
        {
            _discard = _names.Fresh("unusedTangent");
            _extraLocals.Add(new Local(_discard, IrType.Double));
        }
        return _discard;
    }

    private void Differentiate(Assign assign, string tangent, List<Stmt> output)
    {
        if (assign.Value is Call { Form: CalleeForm.Tangent, Part: not null } partCall && !assign.IsElement)
        {
            TangentOfDerivative(assign, partCall, tangent, output);
            return;
        }
        if (assign.Value is Call { Form: CalleeForm.Primal } call && !assign.IsElement)
        {
            output.Add(new AssignTuple(EquatableArray.Of(assign.Target, tangent), TangentCall(call)));
            return;
        }
        if (assign.Value is PopExpr pop)
        {
            output.Add(assign);
            output.Add(new Assign(tangent, new PopExpr(TangentStack(pop.Stack, pop.ElementType), pop.ElementType), Position: assign.Position));
            return;
        }
        if (assign.Value.Type.IsArray && !assign.IsElement)
        {
            // A new array's tangent is a new array of the same length: zeros, or the tangent of the
            // copied array; a second name for an array (the seed) names its tangent too.
            output.Add(assign);
            output.Add(new Assign(tangent, assign.Value switch
            {
                CloneArray { Array: var source } when IsActive(source) => new CloneArray(TangentOf(source)),
                Var source => TangentOf(source),
                _ => ArrayOps.ZerosLike(new Var(assign.Target, assign.Value.Type)),
            }));
            return;
        }
        Expr target = assign.Position is null ? new Var(assign.Target, IrType.Double) : new Index(new Var(assign.Target, IrType.DoubleArray), assign.Position);
        IReadOnlyList<Derivatives.Term>? terms = _nonFinite.Mark(Derivatives.Of(assign.Value, target));
        if (IsQuotientOfActives(assign, terms))
        {
            // q = a / b: q̇ = (ȧ − ḃ·q) / b, one division where the two partials (1/b, −q/b) would take two, as the
            // reverse sweep shares ā's s = q̄ / b. Each step keeps the partials' guard: a zero direction gives 0, never 0·∞ or 0/0.
            Derivatives.Term dividend = terms![0], divisor = terms[1];
            output.Add(assign);
            output.Add(new Assign(tangent, X.Sub(TangentOf(dividend.Operand), Derivatives.Scaled(TangentOf(divisor.Operand), divisor with { Partial = target }, MayBeInfinite(divisor.Operand)))));
            output.Add(new Assign(tangent, Derivatives.Scaled(new Var(tangent, IrType.Double), dividend, MayBeInfinite(dividend.Operand) || MayBeInfinite(divisor.Operand))));
            return;
        }
        Expr derivative = terms is null
            ? TangentOf(assign.Value)
            : terms.Where(t => HasTangent(t.Operand))
                .Select(t => Derivatives.Scaled(TangentOf(t.Operand), t, MayBeInfinite(t.Operand)))
                .Aggregate((Expr)X.Lit(0), X.Add);
        var tangentUpdate = new Assign(tangent, derivative, Position: assign.Position);
        if (IrWalk.VariablesRead(assign.Value).Contains(assign.Target))
        {
            // v = op(v, …): the tangent reads v's old value, so it goes first.
            output.Add(tangentUpdate);
            output.Add(assign);
        }
        else
        {
            output.Add(assign);
            output.Add(tangentUpdate);
        }
    }

    /// <summary>
    /// Whether <paramref name="assign"/> sets a plain local to a / b with both operands active (<paramref name="terms"/>
    /// then holds a's partial 1/b and b's); the local's old value must not be an operand, since its tangent is written in two steps.
    /// </summary>
    private bool IsQuotientOfActives(Assign assign, IReadOnlyList<Derivatives.Term>? terms) =>
        assign is { IsElement: false, Value: Binary { Op: BinaryOp.Divide, Left: var dividend, Right: var divisor } }
        && terms is { Count: 2 } && IsActive(dividend) && IsActive(divisor)
        && !IrWalk.VariablesRead(assign.Value).Contains(assign.Target);

    private Call TangentCall(Call call)
    {
        var args = new List<Expr>();
        for (int i = 0; i < call.Args.Count; i++)
        {
            args.Add(call.Args[i]);
            if (call.Callee.Parameters[i].IsDifferentiable)
            {
                args.Add(TangentOf(call.Args[i]));
            }
        }
        return call with { Form = CalleeForm.Tangent, Args = args.ToEquatableArray(), ResultType = ResultTypeFor(call.ResultType) };
    }

    private bool MayBeInfinite(Expr operand) => _infinite?.MayBeInfinite(operand) ?? false;

    /// <summary>Whether an operand has a tangent; never false for one that depends on an input in a shape the transform cannot differentiate.</summary>
    private bool HasTangent(Expr operand)
    {
        UndifferentiatedValueException.ThrowIfActive(operand, _activity);
        return IsActive(operand);
    }

    private bool IsActive(Expr operand) => operand switch
    {
        Var v => _tangents.ContainsKey(v.Name),
        Index { Array: Var a } => _tangents.ContainsKey(a.Name),
        _ => false,
    };

    /// <summary>
    /// The tangent of an operand: its tangent variable (or element) if it is active, else zero(s). Any
    /// other shape that depends on an active value is a gap in the transforms, never a constant.
    /// </summary>
    private Expr TangentOf(Expr operand) => operand switch
    {
        Var v when _tangents.TryGetValue(v.Name, out string? tangent) => new Var(tangent, v.Type),
        Index { Array: Var a } i when _tangents.TryGetValue(a.Name, out string? tangent) => i with { Array = new Var(tangent, a.Type) },
        TupleExpr t => new TupleExpr(t.Items.Select(TangentOf).ToEquatableArray(), t.Type),
        _ => Zero(operand),
    };

    private Expr Zero(Expr operand)
    {
        UndifferentiatedValueException.ThrowIfActive(operand, _activity);
        return operand.Type.IsArray ? ArrayOps.ZerosLike(operand) : X.Lit(0);
    }
}
