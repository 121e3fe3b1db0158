
namespace AutoGrad.Generator.Ir;

/// <summary>An IR statement. Locals are declared once per function (see <see cref="Function.Locals"/>).</summary>
internal abstract record Stmt;

internal sealed record Block(EquatableArray<Stmt> Statements)
{
    public static readonly Block Empty = new(EquatableArray<Stmt>.Empty);

    public static Block Of(params Stmt[] statements) => new(new EquatableArray<Stmt>(statements));
}

/// <summary>
/// <c>Target = Value</c>, or with <see cref="Position"/> the element store <c>Target[Position] = Value</c>.
/// </summary>
/// <param name="IsDeclaration">The site where the user declared the local: nothing is live in it before.</param>
internal sealed record Assign(string Target, Expr Value, bool IsDeclaration = false, Expr? Position = null) : Stmt
{
    public bool IsElement => Position is not null;

    /// <summary>Whether <paramref name="read"/> reads exactly the place this assignment writes: the variable, or the same element.</summary>
    public bool Writes(Expr read) => read switch
    {
        Var v => Position is null && v.Name == Target,
        Index { Array: Var a } i => a.Name == Target && Equals(i.Position, Position),
        _ => false,
    };
}

/// <summary><c>var Name = Value;</c>: a local declared where it is set, for a value whose type reads worse than its name (a nested tuple).</summary>
internal sealed record Declare(string Name, Expr Value) : Stmt;

/// <summary>Deconstruction into several locals: <c>(y, yTangent) = GTangent(…);</c></summary>
internal sealed record AssignTuple(EquatableArray<string> Targets, Expr Value) : Stmt;

/// <summary>An expression evaluated for its effect (a call of an Adjoint companion).</summary>
internal sealed record Evaluate(Expr Value) : Stmt;

internal sealed record If(Expr Condition, Block Then, Block Else) : Stmt;

internal sealed record While(Expr Condition, Block Body) : Stmt;

internal sealed record DoWhile(Block Body, Expr Condition) : Stmt;

/// <summary>A <c>for</c> loop; <see cref="Init"/> and <see cref="Step"/> hold only assignments.</summary>
internal sealed record For(Block Init, Expr? Condition, Block Step, Block Body) : Stmt;

internal sealed record Break : Stmt;

internal sealed record Continue : Stmt;

internal sealed record Return(Expr? Value) : Stmt;

/// <summary>
/// <c>throw Exception;</c>, the user's guard: runs where the user's code runs it (the forward sweep) and has no adjoint.
/// </summary>
internal sealed record Throw(Expr Exception) : Stmt;

/// <summary>A line comment; the front end puts the user's statement before the code made from it.</summary>
/// <param name="IsHeader">
/// The header of the <c>if</c> or loop that follows (<c>for (int i = 0; i &lt; n; i++)</c>): not printed
/// beside the statement it repeats, only to label that statement's adjoint.
/// </param>
/// <param name="Subject">An expression the comment is about, printed before <paramref name="Text"/>.</param>
internal sealed record Comment(string Text, bool IsHeader = false, Expr? Subject = null) : Stmt;

/// <summary>Records a value for the reverse sweep.</summary>
/// <param name="IsReserved">Room was made for it by a <see cref="Reserve"/> before the loop: no capacity check.</param>
internal sealed record Push(string Stack, Expr Value, bool IsReserved = false) : Stmt;

/// <summary>
/// Records every element of a rank-1 array at once, before a loop that overwrites each element once:
/// <c>stack.PushElements(array);</c>. The matching <see cref="PopElements"/> follows the loop's reverse.
/// </summary>
internal sealed record PushElements(string Stack, Var Array) : Stmt;

/// <summary>Puts back the elements a <see cref="PushElements"/> recorded: <c>stack.PopElements(array);</c></summary>
internal sealed record PopElements(string Stack, Var Array) : Stmt;

/// <summary>Makes room on a stack for <c>Trips × PerTrip</c> more values, before a loop whose pushes are counted.</summary>
internal sealed record Reserve(string Stack, Expr Trips, int PerTrip) : Stmt;

/// <summary>Gives a recording stack's pooled buffer back: <c>stack.Dispose();</c></summary>
internal sealed record Release(string Stack) : Stmt;

/// <summary><c>Target[k] += Source[k]</c> for every k: the adjoint of copying an array.</summary>
internal sealed record AccumulateArray(Expr Target, Expr Source) : Stmt;
