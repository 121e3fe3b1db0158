using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// <c>++</c> and <c>--</c> used as values: <c>double a = theta[p++];</c>, <c>if (++iter &gt;= 50)</c>,
/// <c>while (iter++ &lt; max)</c>. The change goes before the statement (a postfix one keeps the old value in a
/// local first), in the order C# makes it, on the path of branches that reaches it; a read of the variable that
/// C# makes before the change reads a copy taken then. A loop condition with such a change is tested at the
/// top of each iteration: <c>while (true) { change; if (!condition) break; … }</c>.
/// </summary>
internal sealed partial class BodyParser
{
    // The ++ and -- used as values in each statement (or loop condition) met so far.
    private readonly Dictionary<IOperation, IIncrementOrDecrementOperation[]> _changesIn = new();

    /// <summary><c>p++</c>, <c>--k</c> inside an expression: the value it has there.</summary>
    private Expr ParseIncrementValue(IIncrementOrDecrementOperation increment)
    {
        string what = $"'{OneLine(increment.Syntax.ToString())}'";
        if (increment.OperatorMethod is not null || TargetName(increment.Target) is not string target
            || increment.Target is not (ILocalReferenceOperation or IParameterReferenceOperation)
            || TypeMapper.Map(increment.Target.Type) is not { Kind: ValueKind.Double or ValueKind.Int or ValueKind.Long } type)
        {
            return Unsupported(increment, what, "only ++ and -- of a local or parameter of type int, long or double can be used as a value; increment array elements in a statement of their own");
        }
        if (increment.Target is IParameterReferenceOperation { Parameter: var parameter } && _inputArrays.Contains(parameter.Name))
        {
            return Unsupported(increment, what, "this parameter cannot be changed");
        }
        var variable = new Var(target, type);
        Expr one = type.IsDouble ? Literal.One : new Literal("1", type);
        var changed = new Assign(target, new Binary(increment.Kind == OperationKind.Increment ? BinaryOp.Add : BinaryOp.Subtract, variable, one, type));
        bool postfix = increment.IsPostfix;
        // A prefix change's value is the variable itself, unless the statement changes it again later.
        Expr? old = postfix || IncrementedAfter(increment, VariableOf(increment.Target)!) ? Fresh(target + (postfix ? "Old" : "New"), type) : null;
        if (postfix && !Hoist(new Assign(((Var)old!).Name, variable)) || !Hoist(changed) || !postfix && old is Var taken && !Hoist(new Assign(taken.Name, variable)))
        {
            return Unsupported(increment, what, NoChangeHere);
        }
        return old ?? variable;
    }

    /// <summary>
    /// A read of <paramref name="symbol"/> that C# makes before a <c>++</c> or <c>--</c> of it in the same statement
    /// (<c>x[p] * theta[p++]</c>): a copy taken before the change. Otherwise <paramref name="read"/> itself.
    /// </summary>
    private Expr ReadBeforeIncrement(IOperation reference, ISymbol symbol, Var read)
    {
        if (!IncrementedAfter(reference, symbol))
        {
            return read;
        }
        var copy = Fresh(read.Name + "Read", read.Type);
        return Hoist(new Assign(copy.Name, read))
            ? copy
            : Unsupported(reference, $"'{OneLine(reference.Syntax.ToString())}'", NoChangeHere);
    }

    private const string NoChangeHere = "++ and -- used as a value are not supported in a for clause or a foreach's header; change the variable in the loop's body";

    private Var Fresh(string hint, IrType type)
    {
        var local = new Local(_names.Fresh(hint), type);
        _localOrder.Add(local);
        return new Var(local.Name, type);
    }

    /// <summary>Whether the statement that holds <paramref name="operation"/> changes <paramref name="symbol"/> with ++ or -- used as a value, after it.</summary>
    private bool IncrementedAfter(IOperation operation, ISymbol symbol)
    {
        IOperation root = ExpressionRoot(operation);
        if (!_changesIn.TryGetValue(root, out IIncrementOrDecrementOperation[]? changes))
        {
            // Once per statement: every variable it reads asks.
            changes = root.DescendantsAndSelf().OfType<IIncrementOrDecrementOperation>().Where(i => i.Parent is not IExpressionStatementOperation).ToArray();
            _changesIn.Add(root, changes);
        }
        return changes.Any(i => i.Syntax.SpanStart > operation.Syntax.SpanStart && Same(VariableOf(i.Target), symbol));
    }

    /// <summary>The whole expression <paramref name="operation"/> is part of: up to its statement, or its loop's condition.</summary>
    private static IOperation ExpressionRoot(IOperation operation)
    {
        while (operation.Parent is IOperation parent && parent.Syntax is not StatementSyntax && parent is not IBlockOperation)
        {
            operation = parent;
        }
        return operation.Parent is IOperation { Syntax: LocalDeclarationStatementSyntax } declaration ? declaration : operation;
    }

    /// <summary>
    /// A loop's condition that changes a variable (<c>iter++ &lt; max</c>): the changes, which must run each time the
    /// condition is tested, go at the top of the body, followed by the test. Null if the condition changes nothing.
    /// </summary>
    private (Expr Condition, List<Stmt> Changes)? ParseChangingCondition(IOperation condition)
    {
        if (!condition.DescendantsAndSelf().Any(o => o is IIncrementOrDecrementOperation))
        {
            return null;
        }
        (List<Stmt>? before, Expr? path) = (_before, _path);
        var changes = new List<Stmt>();
        (_before, _path) = (changes, null);
        Expr parsed = ParseExpression(condition);
        (_before, _path) = (before, path);
        return (parsed, changes);
    }

    /// <summary>The body of a loop whose condition changes variables, with the test at its top: <c>changes; if (!cond) break; body</c>.</summary>
    private static Block TestedAtTop(Expr condition, List<Stmt> changes, Block body)
    {
        var statements = new List<Stmt>(changes) { new If(Rules.X.Not(condition), Block.Of(new Break()), Block.Empty) };
        statements.AddRange(body.Statements);
        return new Block(statements.ToEquatableArray());
    }
}
