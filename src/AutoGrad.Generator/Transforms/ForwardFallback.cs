using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// An Adjoint that recomputes in forward mode what its reverse sweep leaves NaN or infinite. The zero rule
/// makes each product of a derivative and a partial agree between the modes, but not a sum: infinite
/// adjoints from one singular point (√ at 0) that reach an input along two paths with opposite signs give
/// ∞ − ∞ = NaN (<c>√(Abs(x / x) − 1)</c>), where forward mode cancels the directions before they meet the
/// infinite partial and gets 0. So the reverse sweep becomes a local function, and the Adjoint saves the
/// adjoints it was given, runs the sweep, and recomputes each entry that was finite and is not any more
/// with the Tangent along that input (seed · tangent). Only where an input's adjoint may be infinite
/// (<see cref="InfiniteDerivatives.Adjoints"/>); elsewhere nothing changes. The cost: a copy of those adjoint
/// arrays and a scan of them per call, and one Tangent per broken entry.
/// </summary>
internal static class ForwardFallback
{
    private const string Runtime = "global::AutoGrad.Internal.ForwardFallback.";

    /// <param name="linear">The linearized primal.</param>
    /// <param name="reverse">Its Adjoint by the reverse sweep, which becomes the local function.</param>
    /// <returns>Null where no input's adjoint can be infinite.</returns>
    public static (Function Adjoint, Function ReverseSweep)? Run(Function linear, Function reverse)
    {
        InfiniteDerivatives infinite = InfiniteDerivatives.Adjoints(linear);
        List<Parameter> guarded = linear.Parameters.Where(p => p.IsDifferentiable && infinite.MayBeInfinite(p.Name)).ToList();
        if (guarded.Count == 0)
        {
            return null;
        }
        NameTable names = NameTable.For(reverse);
        string sweep = names.Fresh("reverseSweep");
        var locals = new List<Local>();
        var seed = new Var("seed", linear.ReturnType);
        var statements = new List<Stmt>
        {
            new Comment("Infinite adjoints (at a singular point such as √0) that reach an input along two paths cancel as"),
            new Comment("∞ − ∞ = NaN, where forward mode cancels the directions first: the entries the reverse sweep"),
            new Comment($"leaves NaN or infinite, finite before, are recomputed along their input with {linear.Name}Tangent."),
        };
        // The length checks come first, before the adjoints are read.
        var checks = linear.Parameters.Where(p => p.IsDifferentiable && p.Type.IsArray).Select(p => ArrayOps.SameLength(p.Name, p.Name + "Adjoint")).ToList();
        Block sweepBody = new(reverse.Body.Statements.Where(st => !checks.Contains(st)).ToEquatableArray());
        statements.InsertRange(0, checks);
        var saved = new Dictionary<string, Var>();
        foreach (Parameter parameter in guarded)
        {
            var before = new Var(names.Fresh(parameter.Name + "Before"), parameter.Type.IsArray ? IrType.DoubleArray : IrType.Double);
            locals.Add(new Local(before.Name, before.Type));
            saved[parameter.Name] = before;
            statements.Add(new Assign(before.Name, parameter.Type.IsArray ? Runtime1("Save", AdjointOf(parameter), before.Type) : AdjointOf(parameter)));
        }
        var result = new Var(names.Fresh("value"), linear.ReturnType);
        locals.Add(new Local(result.Name, result.Type));
        statements.Add(new Assign(result.Name, Signatures.Call(sweep, reverse.Parameters,
            reverse.Parameters.Select(p => (Expr)new Var(p.Name, p.Type)), linear.ReturnType)));
        foreach (Parameter parameter in guarded)
        {
            Var adjoint = AdjointOf(parameter);
            Var before = saved[parameter.Name];
            if (!parameter.Type.IsArray)
            {
                Expr repaired = X.Add(before, Along(seed, TangentAlong(linear, parameter, X.Lit(1))));
                statements.Add(new If(new Opaque(Runtime + "Broke({0}, {1})", EquatableArray.Of<Expr>(adjoint, before), IrType.Bool),
                    Block.Of(new Assign(adjoint.Name, repaired)), Block.Empty));
                continue;
            }
            var entry = new Var(names.Fresh("entry"), IrType.Int);
            locals.Add(new Local(entry.Name, entry.Type));
            Expr unit = new Opaque(Runtime + "Unit({0}, {1})", EquatableArray.Of<Expr>(new Var(parameter.Name, parameter.Type), entry), parameter.Type);
            Expr value = X.Add(new Index(before, entry), Along(seed, TangentAlong(linear, parameter, unit)));
            statements.Add(new For(
                Block.Of(new Assign(entry.Name, NextBroken(adjoint, before, Literal.IntZero))),
                X.Compare(BinaryOp.GreaterOrEqual, entry, Literal.IntZero),
                Block.Of(new Assign(entry.Name, NextBroken(adjoint, before, new Binary(BinaryOp.Add, entry, Literal.IntOne, IrType.Int)))),
                Block.Of(new Evaluate(new Opaque(Runtime + "Set({0}, {1}, {2})", EquatableArray.Of<Expr>(adjoint, entry, value), IrType.Void)))));
            statements.Add(new Evaluate(Runtime1("Release", before, IrType.Void)));
        }
        statements.Add(new Return(result));
        Function adjointByFallback = new(reverse.Name, reverse.ReturnType, reverse.Parameters, locals.ToEquatableArray(), new Block(statements.ToEquatableArray()));
        return (adjointByFallback, reverse with { Name = sweep, Body = sweepBody });
    }

    private static Var AdjointOf(Parameter parameter) => new(parameter.Name + "Adjoint", parameter.Type);

    private static Expr Runtime1(string method, Expr argument, IrType type) => new Opaque(Runtime + method + "({0})", EquatableArray.Of(argument), type);

    private static Expr NextBroken(Var adjoint, Var before, Expr from) =>
        new Opaque(Runtime + "NextBroken({0}, {1}, {2})", EquatableArray.Of<Expr>(adjoint, before, from), IrType.Int);

    private static Expr Along(Var seed, Expr tangent) =>
        new Opaque(Runtime + "Along({0}, {1})", EquatableArray.Of(seed, tangent), IrType.Double);

    /// <summary>
    /// <c>FTangent(…).Tangent</c> with <paramref name="direction"/> for <paramref name="input"/>'s tangent and
    /// zeros for the others'. The Tangent companion puts each input's tangent right after it.
    /// </summary>
    private static Expr TangentAlong(Function linear, Parameter input, Expr direction)
    {
        var arguments = new List<Expr>();
        foreach (Parameter parameter in linear.Parameters)
        {
            arguments.Add(new Var(parameter.Name, parameter.Type));
            if (parameter.IsDifferentiable)
            {
                arguments.Add(parameter == input ? direction : parameter.Type.IsArray ? ArrayOps.ZerosLike(new Var(parameter.Name, parameter.Type)) : X.Lit(0));
            }
        }
        string placeholders = string.Join(", ", arguments.Select((_, i) => "{" + i + "}"));
        IrType tangentType = linear.ReturnType;
        return new Opaque(linear.Name + "Tangent(" + placeholders + ").Tangent", arguments.ToEquatableArray(), tangentType);
    }
}
