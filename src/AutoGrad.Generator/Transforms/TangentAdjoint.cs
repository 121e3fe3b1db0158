using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// The Adjoint of a scalar function of one scalar, by forward mode. For f: ℝ → ℝ the tangent in the
/// direction 1 is the whole derivative, and forward mode computes it in the same pass as the value.
/// Reverse mode keeps every intermediate for a second, backward pass; where the function branches
/// (Cody's Φ: three branches, 70 temporaries) each one stays in its own local, in memory, from one
/// sweep to the other. So this Adjoint is the Tangent's body with the direction 1, and each return
/// adds seed · tangent into the input's adjoint: the same signature and contract, nothing recorded.
/// One thing differs: where an infinite intermediate meets a zero partial (Min(x / 0, 2)), forward mode
/// gets 0 · ∞ = NaN, and the reverse sweep, which skips a zero adjoint, gets the 0 central differences
/// give. A NaN derivative therefore runs the reverse sweep instead (a local function of the Adjoint), so
/// the answer is always the reverse sweep's. Only where the function makes no local arrays: their
/// tangents would be allocated on every call, where a reverse sweep rents its adjoint arrays.
/// </summary>
internal static class TangentAdjoint
{
    public static bool Applies(Function primal) =>
        primal.ReturnType.IsDouble
        && primal.Parameters.Count(p => p.IsDifferentiable) == 1
        && primal.Parameters.Single(p => p.IsDifferentiable) is { IsRef: false } input && input.Type.IsDouble
        && !primal.Locals.Any(l => l.Type.IsArray);

    /// <param name="tangent">The Tangent companion of <paramref name="primal"/>.</param>
    /// <param name="reverse">Its Adjoint by the reverse sweep, which becomes the local function called on a NaN.</param>
    /// <returns>
    /// Null for any other function, and where the derivative is 0 whatever the input (<c>Math.Floor(x)</c>):
    /// the reverse sweep says so with less.
    /// </returns>
    public static (Function Adjoint, Function ReverseSweep)? Run(Function primal, Function tangent, Function reverse)
    {
        if (!Applies(primal))
        {
            return null;
        }
        Parameter input = primal.Parameters.Single(p => p.IsDifferentiable);
        // The Tangent companion puts the direction right after its input.
        int at = tangent.Parameters.ToList().FindIndex(p => p.Name == input.Name);
        string direction = tangent.Parameters[at + 1].Name;
        bool hasDerivative = IrWalk.Statements(tangent.Body).Any(s => s is Return { Value: TupleExpr { Items: var items } } && !X.IsLiteral(items[1], 0));
        if (!hasDerivative || IrWalk.MentionCount(tangent.Body, direction) == 0)
        {
            return null;
        }
        var adjoint = new Var(input.Name + "Adjoint", IrType.Double);
        NameTable names = NameTable.For(tangent);
        string sweep = names.Fresh("reverseSweep");
        var locals = tangent.Locals.Append(new Local(direction, IrType.Double)).ToList();
        var statements = new List<Stmt>
        {
            new Comment("One input: the tangent in the direction 1 is the derivative, computed beside the value in one pass, as in"),
            new Comment($"{primal.Name}Tangent. Nothing is recorded; only a NaN derivative (0·∞ through an infinite intermediate) runs the"),
            new Comment("reverse sweep below, which skips zero adjoints."),
            new Assign(direction, X.Lit(1)),
        };
        // The reverse sweep starts from the input as given: a body that reassigns it keeps a copy.
        string start = input.Name;
        if (IrWalk.Statements(tangent.Body).Any(st => st is Assign a && a.Target == input.Name))
        {
            start = names.Fresh(input.Name + "Given");
            locals.Add(new Local(start, IrType.Double));
            statements.Add(new Assign(start, new Var(input.Name, IrType.Double)));
        }
        Opaque fallback = Signatures.Call(sweep, reverse.Parameters,
            reverse.Parameters.Select(p => (Expr)new Var(p.Name == input.Name ? start : p.Name, p.Type)), primal.ReturnType);
        statements.AddRange(WithReturnsAdding(tangent.Body, adjoint, fallback).Statements);
        Function forward = new(
            primal.Name + "Adjoint",
            primal.ReturnType,
            reverse.Parameters,
            locals.ToEquatableArray(),
            new Block(statements.ToEquatableArray()));
        return (forward, reverse with { Name = sweep });
    }

    /// <summary>
    /// Each <c>return (value, tangent);</c> becomes: unless the seed is 0, run the reverse sweep on a NaN
    /// tangent, else add seed · tangent into the adjoint; then <c>return value;</c>.
    /// </summary>
    private static Block WithReturnsAdding(Block block, Var adjoint, Opaque fallback) => new(block.Statements.SelectMany(statement => statement switch
    {
        Return { Value: TupleExpr { Items: var items } } when X.IsLiteral(items[1], 0) => new Stmt[] { new Return(items[0]) },
        Return { Value: TupleExpr { Items: var items } } => new Stmt[]
        {
            new If(X.Compare(BinaryOp.NotEqual, new Var("seed", IrType.Double), X.Lit(0)),
                Block.Of(
                    new If(new Opaque("double.IsNaN({0})", EquatableArray.Of(items[1]), IrType.Bool), Block.Of(new Return(fallback)), Block.Empty),
                    new Assign(adjoint.Name, X.Add(adjoint, X.Mul(new Var("seed", IrType.Double), items[1])))),
                Block.Empty),
            new Return(items[0]),
        },
        _ => new[] { IrWalk.MapBlocks(statement, inner => WithReturnsAdding(inner, adjoint, fallback)) },
    }).ToEquatableArray());
}
