using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// Removes <c>break</c>, <c>continue</c> and <c>return</c> so the reverse sweep sees only sequences,
/// <c>if</c>s and <c>while</c> loops, which it can mirror exactly. A jump sets a flag; the statements
/// after it run under <c>if (!flag)</c>; a loop also tests its break flag in its condition.
/// <c>for</c> loops become <c>while</c> loops whose step is skipped after a break, as in C#.
/// Every result is assigned to one variable, returned by a single final <c>return</c>.
/// </summary>
internal sealed class Structurizer
{
    private readonly NameTable _names;
    private readonly List<Local> _flags = new();
    private readonly string _result;
    private readonly string? _returned;
    private readonly Stack<LoopFlags> _loops = new();

    private sealed class LoopFlags
    {
        public string? Break;
        public string? Continue;
    }

    private Structurizer(Function function)
    {
        _names = NameTable.For(function);
        _result = _names.Fresh("result");
        var returns = IrWalk.Statements(function.Body).OfType<Return>().ToList();
        bool singleFinalReturn = returns.Count == 1 && function.Body.Statements.LastOrDefault() is Return;
        _returned = singleFinalReturn ? null : NewFlag("returned");
    }

    /// <summary>The structured function, ending in <c>return result;</c>, and the result variable's name.</summary>
    public static (Function Function, string Result) Run(Function function)
    {
        var structurizer = new Structurizer(function);
        List<Stmt> body = structurizer.RewriteList(function.Body.Statements.ToList());
        body.Add(new Return(new Var(structurizer._result, function.ReturnType)));
        var locals = function.Locals.Concat(structurizer._flags).Append(new Local(structurizer._result, function.ReturnType));
        return (function with { Locals = locals.ToEquatableArray(), Body = new Block(body.ToEquatableArray()) }, structurizer._result);
    }

    private string NewFlag(string name)
    {
        string flag = _names.Fresh(name);
        _flags.Add(new Local(flag, IrType.Bool));
        return flag;
    }

    private Block Rewrite(Block block) => new(RewriteList(block.Statements.ToList()).ToEquatableArray());

    private List<Stmt> RewriteList(List<Stmt> statements)
    {
        var output = new List<Stmt>();
        for (int i = 0; i < statements.Count; i++)
        {
            Stmt statement = statements[i];
            Rewrite(statement, output);
            Expr? jumped = JumpedFlag(statement);
            if (jumped is not null && i + 1 < statements.Count)
            {
                List<Stmt> rest = RewriteList(statements.Skip(i + 1).ToList());
                if (rest.Any(s => s is not Comment))
                {
                    output.Add(new Comment($"if nothing above jumped ({string.Join(", ", IrWalk.VariablesRead(jumped))})", IsHeader: true));
                    output.Add(new If(X.Not(jumped), new Block(rest.ToEquatableArray()), Block.Empty));
                }
                break;
            }
        }
        return output;
    }

    private void Rewrite(Stmt statement, List<Stmt> output)
    {
        switch (statement)
        {
            case Return ret:
                output.Add(new Assign(_result, ret.Value ?? X.Lit(0)));
                if (_returned is not null)
                {
                    output.Add(new Assign(_returned, Literal.True));
                }
                break;
            case Break:
                output.Add(new Assign(CurrentLoop.Break ??= NewFlag("breakLoop"), Literal.True));
                break;
            case Continue:
                output.Add(new Assign(CurrentLoop.Continue ??= NewFlag("continueLoop"), Literal.True));
                break;
            case If s:
                output.Add(new If(s.Condition, Rewrite(s.Then), Rewrite(s.Else)));
                break;
            case While s:
                Loop(s.Condition, s.Body, Block.Empty, isDo: false, output);
                break;
            case DoWhile s:
                Loop(s.Condition, s.Body, Block.Empty, isDo: true, output);
                break;
            case For s:
                output.AddRange(Rewrite(s.Init).Statements);
                Loop(s.Condition ?? Literal.True, s.Body, s.Step, isDo: false, output, StepIsPrivate(s));
                break;
            default:
                output.Add(statement);
                break;
        }
    }

    private LoopFlags CurrentLoop => _loops.Peek();

    /// <summary>
    /// A step that only counts the loop's own integer variables (<c>for (int i = 0; …; i++)</c>) can
    /// run once more after a break or return: nothing outside the loop can see it.
    /// </summary>
    private static bool StepIsPrivate(For loop)
    {
        var declared = new HashSet<string>(loop.Init.Statements.OfType<Assign>().Where(a => a.IsDeclaration && !a.Value.Type.IsDouble).Select(a => a.Target));
        return loop.Step.Statements.All(s => s is Assign a && declared.Contains(a.Target));
    }

    private void Loop(Expr condition, Block body, Block step, bool isDo, List<Stmt> output, bool stepIsPrivate = false)
    {
        var flags = new LoopFlags();
        _loops.Push(flags);
        List<Stmt> newBody = RewriteList(body.Statements.ToList());
        _loops.Pop();

        Expr? stop = Or(flags.Break is null ? null : new Var(flags.Break, IrType.Bool), Returned(body));
        if (flags.Continue is string unread && !IrWalk.Statements(new Block(newBody.ToEquatableArray())).SelectMany(IrWalk.Expressions).SelectMany(IrWalk.VariablesRead).Contains(unread))
        {
            // A continue with nothing after it in the body: its flag would be set and never read (CS0219).
            newBody = WithoutWrites(newBody, unread);
            _flags.RemoveAll(f => f.Name == unread);
            flags.Continue = null;
        }
        if (flags.Continue is not null)
        {
            newBody.Insert(0, new Assign(flags.Continue, Literal.False));
        }
        if (step.Statements.Count > 0)
        {
            // C# skips the step after a break or a return, so the same flags guard it.
            if (stop is null || stepIsPrivate)
            {
                newBody.AddRange(step.Statements);
            }
            else
            {
                newBody.Add(new If(X.Not(stop), step, Block.Empty));
            }
        }
        if (flags.Break is not null)
        {
            output.Add(new Assign(flags.Break, Literal.False));
        }
        Expr guardedCondition = stop is null ? condition : X.And(X.Not(stop), condition);
        var loopBody = new Block(newBody.ToEquatableArray());
        output.Add(isDo ? new DoWhile(loopBody, guardedCondition) : new While(guardedCondition, loopBody));
    }

    private static List<Stmt> WithoutWrites(IEnumerable<Stmt> statements, string flag) => statements
        .Where(s => s is not Assign a || a.Target != flag)
        .Select(s => IrWalk.MapBlocks(s, block => new Block(WithoutWrites(block.Statements, flag).ToEquatableArray())))
        .ToList();

    /// <summary>The flag a <c>return</c> inside <paramref name="body"/> would set, if it has one.</summary>
    private Expr? Returned(Block body) =>
        _returned is not null && IrWalk.Statements(body).Any(s => s is Return) ? new Var(_returned, IrType.Bool) : null;

    /// <summary>The flags <paramref name="statement"/> may set that skip what follows it, OR-ed; null if none.</summary>
    private Expr? JumpedFlag(Stmt statement)
    {
        Expr? returned = statement is Return || IrWalk.ChildBlocks(statement).Any(b => IrWalk.Statements(b).Any(s => s is Return))
            ? (_returned is null ? null : new Var(_returned, IrType.Bool))
            : null;
        if (statement is While or DoWhile or For || _loops.Count == 0)
        {
            return returned;
        }
        Expr? broke = JumpsOutOf<Break>(statement) && CurrentLoop.Break is string b ? new Var(b, IrType.Bool) : null;
        Expr? continued = JumpsOutOf<Continue>(statement) && CurrentLoop.Continue is string c ? new Var(c, IrType.Bool) : null;
        return Or(Or(returned, broke), continued);
    }

    /// <summary>Whether <paramref name="statement"/> holds a <typeparamref name="T"/> that leaves the current loop body.</summary>
    private static bool JumpsOutOf<T>(Stmt statement)
        where T : Stmt =>
        statement is T || statement is If s && (s.Then.Statements.Any(JumpsOutOf<T>) || s.Else.Statements.Any(JumpsOutOf<T>));

    private static Expr? Or(Expr? a, Expr? b) => a is null ? b : b is null ? a : X.Or(a, b);
}
