using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// Puts every active computation into three-address form: <c>v = op(a, b)</c> where the operands are
/// variables, literals or simple inactive expressions. Each intermediate result gets a temporary
/// (<c>t0</c>, <c>t1</c>…), so both transforms see one primitive per statement and the reverse sweep
/// can read every intermediate value instead of recomputing it. Inactive code is left as written;
/// an active <c>?:</c> becomes an <c>if</c>, so only the branch taken is differentiated.
/// </summary>
internal sealed class Linearizer
{
    private readonly Activity _activity;
    private readonly NameTable _names;
    private readonly List<Local> _temps = new();
    private int _next;

    private Linearizer(Function function, Activity activity)
    {
        _activity = activity;
        _names = NameTable.For(function);
    }

    public static Function Run(Function function, Activity activity)
    {
        var linearizer = new Linearizer(function, activity);
        Block body = linearizer.RewriteBlock(function.Body);
        return function with
        {
            Locals = function.Locals.Concat(linearizer._temps).ToEquatableArray(),
            Body = body,
        };
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
            case Assign { Position: Expr position } element when !IrWalk.IsRepeatable(position):
                Rewrite(element with { Position = SimplePosition(position, output) }, output);
                break;
            case Assign assign when _activity.IsActive(assign.Value) && !IsAtom(assign.Value):
                Into(new Target(assign.Target, assign.Position, assign.IsDeclaration), assign.Value, output);
                break;
            case Return { Value: TupleExpr tuple }:
                output.Add(new Return(AtomizeTuple(tuple, output)));
                break;
            case Return { Value: not null } ret when _activity.IsActive(ret.Value):
                output.Add(new Return(Atom(ret.Value, output)));
                break;
            default:
                output.Add(IrWalk.MapBlocks(statement, RewriteBlock));
                break;
        }
    }

    /// <summary>Emits statements that leave the value of active <paramref name="expr"/> in <paramref name="target"/>.</summary>
    /// <summary>Where a value goes: a variable, or an array element, and whether this is its declaration.</summary>
    private sealed record Target(string Name, Expr? Position, bool IsDeclaration)
    {
        public Assign Assign(Expr value) => new(Name, value, IsDeclaration, Position);
    }

    private void Into(Target target, Expr expr, List<Stmt> output)
    {
        switch (expr)
        {
            case Conditional c:
                var then = new List<Stmt>();
                var otherwise = new List<Stmt>();
                IntoOrAssign(target, c.WhenTrue, then);
                IntoOrAssign(target, c.WhenFalse, otherwise);
                output.Add(new If(c.Condition, new Block(then.ToEquatableArray()), new Block(otherwise.ToEquatableArray())));
                return;
            case Unary { Op: UnaryOp.Plus } or Cast:
                IntoOrAssign(target, IrWalk.Children(expr).First(), output);
                return;
        }
        (Expr operation, string? rule) = Operation(expr, output);
        if (rule is not null)
        {
            Final(target, operation, rule, output);
        }
        else if (operation is Call && target.Position is not null)
        {
            // A call's derivative arrives in one piece: through a temporary, then into the element.
            string temp = NewTemp(operation.Type);
            output.Add(new Assign(temp, operation));
            output.Add(target.Assign(new Var(temp, operation.Type)));
        }
        else
        {
            output.Add(target.Assign(operation));
        }
    }

    /// <summary>
    /// <paramref name="expr"/> with its operands replaced by atoms (computed first, left to right, so
    /// temporaries are numbered in evaluation order), and the name of its derivative rule.
    /// </summary>
    private (Expr Operation, string? Rule) Operation(Expr expr, List<Stmt> output) => expr switch
    {
        Unary { Op: UnaryOp.Negate } u => (u with { Operand = Atom(u.Operand, output) }, PrimitiveRules.Negate),
        // c * v * v stays whole: its partial 2c·v needs no temporary (see Derivatives.ScaledSquare).
        Binary b when Derivatives.ScaledSquare(b) is (_, Expr v) && IsAtom(v) => (b, PrimitiveRules.OperatorName(b.Op)),
        Binary b => (b with { Left = Atom(b.Left, output), Right = Atom(b.Right, output) }, PrimitiveRules.OperatorName(b.Op)),
        Primitive p => (p with { Args = p.Args.Select(a => Atom(a, output)).ToEquatableArray() }, p.Name),
        Call c => (c with { Args = c.Args.Select((a, i) => CallArgument(c, i, a, output)).ToEquatableArray() }, null),
        // An element of an array that is computed in place (G(x)[0]): the array gets a variable, which carries its derivative.
        Index { Array: not Var } i => (i with { Array = Atom(i.Array, output) }, null),
        _ => (expr, null),
    };

    /// <summary>
    /// An argument as an atom. An element passed for a differentiable double goes through a
    /// temporary: the callee's Adjoint adds into a ref adjoint, which must name a variable.
    /// </summary>
    private Expr CallArgument(Call call, int index, Expr argument, List<Stmt> output)
    {
        Expr atom = Atom(argument, output);
        if (atom is not Index || !atom.Type.IsDouble || !call.DifferentiableArgs[index] || !_activity.IsActive(atom))
        {
            return atom;
        }
        string temp = NewTemp(atom.Type);
        output.Add(new Assign(temp, atom));
        return new Var(temp, atom.Type);
    }

    private void IntoOrAssign(Target target, Expr expr, List<Stmt> output)
    {
        if (_activity.IsActive(expr) && !IsAtom(expr))
        {
            Into(target, expr, output);
        }
        else
        {
            output.Add(target.Assign(expr));
        }
    }

    /// <summary>
    /// Assigns one primitive's result. When its partials read the result and the target is also an
    /// operand (<c>x = Math.Exp(x)</c>), a temporary keeps the operand's old value alive.
    /// </summary>
    private void Final(Target target, Expr operation, string rule, List<Stmt> output)
    {
        bool readsTarget = IrWalk.VariablesRead(operation).Contains(target.Name);
        if (readsTarget && PrimitiveRules.Get(rule).UsesResult)
        {
            string temp = NewTemp(operation.Type);
            output.Add(new Assign(temp, operation));
            output.Add(target.Assign(new Var(temp, operation.Type)));
            return;
        }
        output.Add(target.Assign(operation));
    }

    /// <summary>
    /// A returned tuple with each leaf an atom: a Tangent companion of a Tangent companion returns
    /// tuples of tuples, and the next forward transform pairs every leaf with its tangent.
    /// </summary>
    private TupleExpr AtomizeTuple(TupleExpr tuple, List<Stmt> output) => tuple with
    {
        Items = tuple.Items.Select(i => i is TupleExpr nested ? AtomizeTuple(nested, output) : Atom(i, output)).ToEquatableArray(),
    };

    /// <summary>A variable, literal or simple inactive expression holding the value of <paramref name="expr"/>.</summary>
    private Expr Atom(Expr expr, List<Stmt> output)
    {
        if (expr is Index { Position: var position } element && !IrWalk.IsRepeatable(position))
        {
            return Atom(element with { Position = SimplePosition(position, output) }, output);
        }
        if (IsAtom(expr))
        {
            return expr;
        }
        if (!_activity.IsActive(expr))
        {
            return Simple(expr, output);
        }
        switch (expr)
        {
            case Unary { Op: UnaryOp.Plus } or Cast:
                return Atom(IrWalk.Children(expr).First(), output);
            case Conditional:
                string branchResult = NewTemp(expr.Type);
                Into(new Target(branchResult, null, IsDeclaration: false), expr, output);
                return new Var(branchResult, expr.Type);
        }
        (Expr operation, _) = Operation(expr, output);
        string temp = NewTemp(expr.Type);
        output.Add(new Assign(temp, operation));
        return new Var(temp, expr.Type);
    }

    /// <summary>
    /// An inactive expression the reverse sweep may read again: calls are evaluated once, into a temporary,
    /// so re-reading costs nothing and a call with side effects runs once.
    /// </summary>
    private Expr Simple(Expr expr, List<Stmt> output)
    {
        if (IrWalk.IsRepeatable(expr))
        {
            return expr;
        }
        string temp = NewTemp(expr.Type);
        output.Add(new Assign(temp, expr));
        return new Var(temp, expr.Type);
    }

    /// <summary>An element's position with each index simple (not the <see cref="Indices"/> itself: it is no value).</summary>
    private Expr SimplePosition(Expr position, List<Stmt> output) => position is Indices many
        ? many with { Items = many.Items.Select(i => Simple(i, output)).ToEquatableArray() }
        : Simple(position, output);

    /// <summary>A value an operation can take as an operand as it is: a variable, a literal, an element read.</summary>
    private static bool IsAtom(Expr expr) => expr is Var or Literal || expr is Index { Array: Var } index && IrWalk.IsRepeatable(index.Position);

    private string NewTemp(IrType type)
    {
        while (_names.IsTaken("t" + _next))
        {
            _next++;
        }
        string name = _names.Fresh("t" + _next++);
        _temps.Add(new Local(name, type));
        return name;
    }
}
