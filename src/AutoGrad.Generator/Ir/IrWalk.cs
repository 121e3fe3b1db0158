using System.Collections.Generic;
using System.Linq;

namespace AutoGrad.Generator.Ir;

/// <summary>Enumerates the parts of IR trees; analyses and transforms share it.</summary>
internal static class IrWalk
{
    /// <summary>Every statement in <paramref name="block"/>, nested ones included, in source order.</summary>
    public static IEnumerable<Stmt> Statements(Block block)
    {
        foreach (Stmt statement in block.Statements)
        {
            yield return statement;
            foreach (Block child in ChildBlocks(statement))
            {
                foreach (Stmt nested in Statements(child))
                {
                    yield return nested;
                }
            }
        }
    }

    public static IEnumerable<Block> ChildBlocks(Stmt statement) => statement switch
    {
        If s => new[] { s.Then, s.Else },
        While s => new[] { s.Body },
        DoWhile s => new[] { s.Body },
        For s => new[] { s.Init, s.Body, s.Step },
        _ => Enumerable.Empty<Block>(),
    };

    /// <summary><paramref name="statement"/> with each of its child blocks replaced by <paramref name="rewrite"/> of it.</summary>
    public static Stmt MapBlocks(Stmt statement, System.Func<Block, Block> rewrite) => statement switch
    {
        If s => s with { Then = rewrite(s.Then), Else = rewrite(s.Else) },
        While s => s with { Body = rewrite(s.Body) },
        DoWhile s => s with { Body = rewrite(s.Body) },
        For s => s with { Init = rewrite(s.Init), Body = rewrite(s.Body), Step = rewrite(s.Step) },
        _ => statement,
    };

    /// <summary>The variables a statement assigns whole (not element stores), once per assignment.</summary>
    public static IEnumerable<string> WholeTargets(Stmt statement) => statement switch
    {
        Assign { IsElement: false } a => new[] { a.Target },
        AssignTuple t => t.Targets.AsEnumerable(),
        _ => Enumerable.Empty<string>(),
    };

    /// <summary>The variables <paramref name="statements"/> may change: those they assign whole, and those they pass by ref.</summary>
    public static HashSet<string> Changed(IReadOnlyCollection<Stmt> statements) =>
        new(statements.SelectMany(WholeTargets)
            .Concat(statements.SelectMany(Expressions).SelectMany(SelfAndDescendants).OfType<RefArg>().Select(r => r.Name)));

    /// <summary>
    /// Arithmetic on variables and literals (+, −, ×, and indices made of it), which cannot throw: evaluated
    /// before a loop instead of in it, it gives the same value as long as the loop changes none of its variables.
    /// </summary>
    public static bool IsFixedIndex(Expr position) => position switch
    {
        Var or Literal => true,
        Binary { Op: BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply } b => IsFixedIndex(b.Left) && IsFixedIndex(b.Right),
        Indices { Jagged: false } indices => indices.Items.All(IsFixedIndex),
        _ => false,
    };

    /// <summary>The expressions a statement evaluates itself (not those of its child blocks).</summary>
    public static IEnumerable<Expr> Expressions(Stmt statement) => statement switch
    {
        Assign s => s.Position is null ? new[] { s.Value } : new[] { s.Value, s.Position },
        AssignTuple s => new[] { s.Value },
        Declare s => new[] { s.Value },
        Evaluate s => new[] { s.Value },
        If s => new[] { s.Condition },
        While s => new[] { s.Condition },
        DoWhile s => new[] { s.Condition },
        For s => s.Condition is null ? Enumerable.Empty<Expr>() : new[] { s.Condition },
        Return s => s.Value is null ? Enumerable.Empty<Expr>() : new[] { s.Value },
        Throw s => new[] { s.Exception },
        Push s => new[] { s.Value },
        PushElements s => new[] { s.Array },
        PopElements s => new[] { s.Array },
        Reserve s => new[] { s.Trips },
        AccumulateArray s => new[] { s.Target, s.Source },
        _ => Enumerable.Empty<Expr>(),
    };

    /// <summary>How often <paramref name="name"/> is read or written in <paramref name="block"/>, nested statements included.</summary>
    public static int MentionCount(Block block, string name) => Statements(block).Sum(s => Mentions(s).Count(m => m == name));

    /// <summary>Whether <paramref name="statement"/>, or a statement nested in it, reads or writes <paramref name="name"/>.</summary>
    public static bool Mentions(Stmt statement, string name) => MentionCount(Block.Of(statement), name) > 0;

    /// <summary>Names a statement reads or writes itself (not in its child blocks), the recording stacks it uses included.</summary>
    public static IEnumerable<string> Mentions(Stmt statement)
    {
        IEnumerable<string> read = Expressions(statement).SelectMany(VariablesRead)
            .Concat(Expressions(statement).SelectMany(SelfAndDescendants).OfType<PopExpr>().Select(p => p.Stack));
        return statement switch
        {
            Assign s => read.Append(s.Target),
            AssignTuple s => read.Concat(s.Targets),
            Declare s => read.Append(s.Name),
            Push s => read.Append(s.Stack),
            PushElements s => read.Append(s.Stack),
            PopElements s => read.Append(s.Stack),
            Reserve s => read.Append(s.Stack),
            Release s => read.Append(s.Stack),
            _ => read,
        };
    }

    public static IEnumerable<Expr> Children(Expr expr) => expr switch
    {
        Unary e => new[] { e.Operand },
        Binary e => new[] { e.Left, e.Right },
        Primitive e => e.Args,
        Call e => e.Receiver is null ? e.Args : e.Args.Prepend(e.Receiver),
        Opaque e => e.Args,
        Conditional e => new[] { e.Condition, e.WhenTrue, e.WhenFalse },
        Cast e => new[] { e.Operand },
        TupleExpr e => e.Items,
        Index e => new[] { e.Array, e.Position },
        Indices e => e.Items,
        ArrayLength e => new[] { e.Array },
        NewArray e => new[] { e.Size },
        CloneArray e => new[] { e.Array },
        _ => Enumerable.Empty<Expr>(),
    };

    /// <summary>
    /// <paramref name="expr"/> with each subexpression for which <paramref name="replace"/> returns a value
    /// replaced by that value; the outermost match wins.
    /// </summary>
    public static Expr Map(Expr expr, System.Func<Expr, Expr?> replace)
    {
        if (replace(expr) is Expr replaced)
        {
            return replaced;
        }
        Expr M(Expr e) => Map(e, replace);
        EquatableArray<Expr> All(EquatableArray<Expr> items) => EquatableArray.ToEquatableArray(items.Select(M));
        return expr switch
        {
            Unary e => e with { Operand = M(e.Operand) },
            Binary e => e with { Left = M(e.Left), Right = M(e.Right) },
            Primitive e => e with { Args = All(e.Args) },
            Call e => e with { Receiver = e.Receiver is null ? null : M(e.Receiver), Args = All(e.Args) },
            Opaque e => e with { Args = All(e.Args) },
            Conditional e => e with { Condition = M(e.Condition), WhenTrue = M(e.WhenTrue), WhenFalse = M(e.WhenFalse) },
            Cast e => e with { Operand = M(e.Operand) },
            TupleExpr e => e with { Items = All(e.Items) },
            Index e => e with { Array = M(e.Array), Position = M(e.Position) },
            Indices e => e with { Items = All(e.Items) },
            ArrayLength e => e with { Array = M(e.Array) },
            NewArray e => e with { Size = M(e.Size) },
            CloneArray e => e with { Array = M(e.Array) },
            _ => expr,
        };
    }

    /// <summary><paramref name="statement"/> with <paramref name="map"/> applied to each expression it evaluates itself (not those of its child blocks).</summary>
    public static Stmt MapExpressions(Stmt statement, System.Func<Expr, Expr> map) => statement switch
    {
        Assign s => s with { Value = map(s.Value), Position = s.Position is null ? null : map(s.Position) },
        AssignTuple s => s with { Value = map(s.Value) },
        Declare s => s with { Value = map(s.Value) },
        Evaluate s => s with { Value = map(s.Value) },
        If s => s with { Condition = map(s.Condition) },
        While s => s with { Condition = map(s.Condition) },
        DoWhile s => s with { Condition = map(s.Condition) },
        For s => s with { Condition = s.Condition is null ? null : map(s.Condition) },
        Return s => s with { Value = s.Value is null ? null : map(s.Value) },
        Throw s => s with { Exception = map(s.Exception) },
        Push s => s with { Value = map(s.Value) },
        PushElements s => map(s.Array) is Var array ? s with { Array = array } : s,
        PopElements s => map(s.Array) is Var array ? s with { Array = array } : s,
        Reserve s => s with { Trips = map(s.Trips) },
        AccumulateArray s => s with { Target = map(s.Target), Source = map(s.Source) },
        _ => statement,
    };

    /// <summary><paramref name="expr"/> and all its subexpressions.</summary>
    public static IEnumerable<Expr> SelfAndDescendants(Expr expr)
    {
        yield return expr;
        foreach (Expr child in Children(expr))
        {
            foreach (Expr nested in SelfAndDescendants(child))
            {
                yield return nested;
            }
        }
    }

    /// <summary>Cheap to evaluate again, with no effects: no calls, no allocations.</summary>
    public static bool IsRepeatable(Expr expr) => !SelfAndDescendants(expr).Any(e => e is Opaque or Call or Primitive or NewArray or CloneArray);

    /// <summary>Names of every variable <paramref name="expr"/> reads.</summary>
    public static IEnumerable<string> VariablesRead(Expr expr) =>
        SelfAndDescendants(expr).Select(e => e switch
        {
            Var v => v.Name,
            RefArg r => r.Name,
            _ => null,
        }).Where(n => n is not null)!;
}
