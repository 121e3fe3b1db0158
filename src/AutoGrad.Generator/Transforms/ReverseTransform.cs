using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.FrontEnd;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// Reverse mode, the Tapenade recipe over structured code. The <c>Adjoint</c> companion runs a forward
/// sweep (the primal, recording only what the reverse sweep cannot get back otherwise) and then a
/// reverse sweep: the adjoint of each statement, in reverse order, mirroring every branch taken and
/// every loop iteration. Each active variable <c>v</c> has an adjoint <c>vBar</c> = ∂result/∂v.
/// Input is linearized IR; output is the <c>Adjoint</c> companion in IR.
/// </summary>
internal sealed class ReverseTransform
{
    private readonly Activity _activity;
    private readonly NameTable _names;
    private readonly ReverseRecording _recording;
    private readonly Dictionary<string, string> _bars = new();
    private readonly List<Local> _locals = new();
    private string? _discard;

    private ReverseTransform(Function structured, Activity activity, ReverseRecording recording, NameTable names)
    {
        _activity = activity;
        _names = names;
        _recording = recording;
        foreach (string name in structured.Parameters.Select(p => p.Name).Concat(structured.Locals.Select(l => l.Name)).Where(activity.IsActive))
        {
            string bar = names.Fresh(name + "Bar");
            _bars[name] = bar;
            _locals.Add(new Local(bar, IrType.Double));
        }
    }

    public static Function Run(Function linear)
    {
        (Function structured, string result) = Structurizer.Run(linear);
        Activity activity = Activity.Analyze(structured);
        NameTable names = FunctionNames.For(structured);
        ReverseRecording recording = ReverseRecording.Plan(structured, activity, names);
        var transform = new ReverseTransform(structured, activity, recording, names);
        return transform.Build(structured, recording.Body, result);
    }

    private Function Build(Function structured, Block body, string result)
    {
        var statements = new List<Stmt>
        {
            new Comment("Forward sweep: compute the value, recording what the reverse sweep needs."),
        };
        statements.AddRange(_recording.Forward(body).Statements);
        if (_activity.IsActive(result))
        {
            statements.Add(new Comment("Reverse sweep: propagate the seed back to the inputs."));
            statements.Add(new Assign(_bars[result], new Var("seed", IrType.Double)));
            statements.AddRange(Reverse(body, inLoop: false));
            foreach (Parameter parameter in structured.Parameters.Where(p => p.IsDifferentiable && _activity.IsActive(p.Name)))
            {
                string adjoint = parameter.Name + "Adjoint";
                statements.Add(new Assign(adjoint, X.Add(new Var(adjoint, IrType.Double), new Var(_bars[parameter.Name], IrType.Double))));
            }
        }
        statements.Add(new Return(new Var(result, IrType.Double)));

        Block finalBody = new(statements.ToEquatableArray());
        if (_recording.Stacks.Count > 0)
        {
            // The recording buffers are pooled: give them back however the method ends.
            var dispose = _recording.Stacks.Select(s => (Stmt)new Evaluate(new Opaque(s.Name + ".Dispose()", EquatableArray<Expr>.Empty, IrType.OtherType("void"))));
            finalBody = Block.Of(new TryFinally(finalBody, new Block(dispose.ToEquatableArray())));
        }

        var parameters = new List<Parameter>();
        foreach (Parameter parameter in structured.Parameters)
        {
            parameters.Add(parameter);
            if (parameter.IsDifferentiable)
            {
                parameters.Add(new Parameter(parameter.Name + "Adjoint", IrType.Double, IsDifferentiable: false, IsRef: true));
            }
        }
        parameters.Add(new Parameter("seed", IrType.Double, IsDifferentiable: false, DefaultValue: "1.0"));

        IEnumerable<Local> locals = structured.Locals.Concat(_recording.Locals).Concat(_locals);
        return new Function(structured.Name + "Adjoint", IrType.Double, Signatures.TrailingDefaultsOnly(parameters), locals.ToEquatableArray(), finalBody);
    }

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
            case Assign assign:
                return ReverseAssign(assign, inLoop);
            case If s:
                List<Stmt> then = Reverse(s.Then, inLoop);
                List<Stmt> otherwise = Reverse(s.Else, inLoop);
                return then.Count == 0 && otherwise.Count == 0
                    ? Enumerable.Empty<Stmt>()
                    : new[] { new If(s.Condition, new Block(then.ToEquatableArray()), new Block(otherwise.ToEquatableArray())) };
            case While { Body.Statements: var body } when _recording.TripCounter(body) is string counter:
                return new[] { ReverseLoop(counter, new Block(body), inLoop) };
            case DoWhile { Body.Statements: var body } when _recording.TripCounter(body) is string counter:
                return new[] { ReverseLoop(counter, new Block(body), inLoop) };
            default:
                return Enumerable.Empty<Stmt>();
        }
    }

    /// <summary>As many iterations as the forward sweep ran, last first; each ends by counting one down.</summary>
    private Stmt ReverseLoop(string counter, Block body, bool inLoop) =>
        new While(X.Compare(BinaryOp.Greater, new Var(counter, IrType.Int), Literal.IntZero), new Block(Reverse(body, inLoop: true).ToEquatableArray()));

    private List<Stmt> ReverseAssign(Assign assign, bool inLoop)
    {
        var output = new List<Stmt>();
        Stmt? restore = _recording.Restore(assign, inLoop);
        if (!_bars.TryGetValue(assign.Target, out string? bar))
        {
            AddIfNotNull(output, restore);
            return output;
        }
        var vBar = new Var(bar, IrType.Double);
        bool readsTarget = IrWalk.VariablesRead(assign.Value).Contains(assign.Target);
        Stmt? reset = _recording.IsFirstDefinition(assign, inLoop) ? null : new Assign(bar, X.Lit(0));

        if (assign.Value is Call { Form: CalleeForm.Primal } call)
        {
            if (readsTarget)
            {
                Var saved = Save(vBar, output);
                AddIfNotNull(output, restore);
                output.Add(new Evaluate(AdjointCall(call, saved)));
            }
            else
            {
                output.Add(new Evaluate(AdjointCall(call, vBar)));
                AddIfNotNull(output, reset);
                AddIfNotNull(output, restore);
            }
            return output;
        }

        IReadOnlyList<Derivatives.Term>? terms = Derivatives.Of(assign.Value, new Var(assign.Target, IrType.Double));
        if (terms is null)
        {
            // A copy passes the adjoint on; a value that depends on no input ends it.
            if (assign.Value is Var source && source.Name != assign.Target && _bars.TryGetValue(source.Name, out string? sourceBar))
            {
                output.Add(Accumulate(sourceBar, vBar));
            }
            if (!readsTarget)
            {
                AddIfNotNull(output, reset);
            }
            AddIfNotNull(output, restore);
            return output;
        }

        var active = terms.Where(t => t.Operand is Var v && _bars.ContainsKey(v.Name)).ToList();
        if (!readsTarget)
        {
            output.AddRange(active.Select(t => Accumulate(BarOf(t.Operand), Derivatives.Scaled(vBar, t))));
            AddIfNotNull(output, reset);
            AddIfNotNull(output, restore);
        }
        else if (IsAccumulation(assign, terms))
        {
            // v = v ± a: v's adjoint passes through unchanged; only a's grows.
            output.AddRange(active.Where(t => !IsTarget(t.Operand, assign)).Select(t => Accumulate(BarOf(t.Operand), Derivatives.Scaled(vBar, t))));
            AddIfNotNull(output, restore);
        }
        else
        {
            // v = op(v, …): the partials need v's old value, so restore it first and use the saved adjoint.
            Var saved = Save(vBar, output);
            AddIfNotNull(output, restore);
            output.AddRange(active.Select(t => Accumulate(BarOf(t.Operand), Derivatives.Scaled(saved, t))));
        }
        return output;
    }

    private static bool IsAccumulation(Assign assign, IReadOnlyList<Derivatives.Term> terms) =>
        assign.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract }
        && terms.Count(t => IsTarget(t.Operand, assign)) == 1
        && terms.First(t => IsTarget(t.Operand, assign)).Partial is Literal l && X.IsLiteral(l, 1);

    private static bool IsTarget(Expr operand, Assign assign) => operand is Var v && v.Name == assign.Target;

    /// <summary><c>saved = vBar; vBar = 0;</c> — the adjoint of the value being overwritten.</summary>
    private Var Save(Var bar, List<Stmt> output)
    {
        string name = _names.Fresh(bar.Name + "Saved");
        _locals.Add(new Local(name, IrType.Double));
        output.Add(new Assign(name, bar));
        output.Add(new Assign(bar.Name, X.Lit(0)));
        return new Var(name, IrType.Double);
    }

    private Call AdjointCall(Call call, Expr seed)
    {
        var args = new List<Expr>();
        for (int i = 0; i < call.Args.Count; i++)
        {
            args.Add(call.Args[i]);
            if (call.Callee.Parameters[i].IsDifferentiable)
            {
                args.Add(new RefArg(call.Args[i] is Var v && _bars.TryGetValue(v.Name, out string? bar) ? bar : Discard()));
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

    private string BarOf(Expr operand) => _bars[((Var)operand).Name];

    private static Assign Accumulate(string bar, Expr amount) => new(bar, X.Add(new Var(bar, IrType.Double), amount));

    private static void AddIfNotNull(List<Stmt> output, Stmt? statement)
    {
        if (statement is not null)
        {
            output.Add(statement);
        }
    }
}
