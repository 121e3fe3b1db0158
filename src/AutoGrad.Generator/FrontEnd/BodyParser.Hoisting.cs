using System.Collections.Generic;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Statements an expression needs before the statement that holds it: a switch expression's value,
/// computed once into a local, and the check that throws where a throw expression would. Each runs
/// only on the path of branches (<c>?:</c>, switch arms, <c>&amp;&amp;</c>, <c>||</c>) that leads to it.
/// </summary>
internal sealed partial class BodyParser
{
    // Where the statement being parsed takes statements before itself; null where it cannot (a loop condition, a for clause).
    private List<Stmt>? _before;
    // When the expression being parsed is evaluated, as a condition: null for always.
    private Expr? _path;

    private void ParseStatement(IOperation operation, List<Stmt> output)
    {
        (List<Stmt>? before, Expr? path) = (_before, _path);
        _before = TakesStatementsBefore(operation) ? output : null;
        _path = null;
        if (!ParseBranching(operation, output) && !ParseArrayLibraryCall(operation, output) && !ParseWatching(operation, output))
        {
            ParseStatementCore(operation, output);
        }
        (_before, _path) = (before, path);
    }

    /// <summary>Whether statements can go before <paramref name="operation"/>: not for a loop's header, nor for the statements of a for clause.</summary>
    private static bool TakesStatementsBefore(IOperation operation) =>
        operation is IVariableDeclarationGroupOperation or IExpressionStatementOperation or IReturnOperation or IConditionalOperation or ISwitchOperation or IThrowOperation
        && operation.Parent is not IForLoopOperation;

    /// <summary><paramref name="parse"/> on the path where <paramref name="condition"/> holds too.</summary>
    private T OnPath<T>(Expr condition, System.Func<T> parse)
    {
        Expr? path = _path;
        _path = path is null ? condition : X.And(path, condition);
        T result = parse();
        _path = path;
        return result;
    }

    /// <summary><paramref name="statement"/> before the statement being parsed, on the current path; false if it cannot go there.</summary>
    private bool Hoist(Stmt statement)
    {
        if (_before is null)
        {
            return false;
        }
        _before.Add(_path is null ? statement : new If(_path, Block.Of(statement), Block.Empty));
        return true;
    }

    /// <summary>
    /// <paramref name="value"/> as something to read several times: itself if it is a name, a literal or an
    /// element at one, else a new local <paramref name="name"/> holding it, computed once; null (with AG0001
    /// on <paramref name="at"/>) where no local can be set.
    /// </summary>
    private Expr? ReadOnce(Expr value, string name, IOperation at)
    {
        if (value is Var or Literal or Index { Array: Var, Position: Var or Literal })
        {
            return value;
        }
        var local = new Local(_names.Fresh(name), value.Type);
        if (!Hoist(new Assign(local.Name, value)))
        {
            Unsupported(at, $"'{OneLine(at.Syntax.ToString())}'", "a switch on a computed value in a loop's header or a for clause is not supported; switch on a local");
            return null;
        }
        _localOrder.Add(local);
        return new Var(local.Name, value.Type);
    }

    /// <summary>The right operand of <c>&amp;&amp;</c> (evaluated if the left holds) or <c>||</c> (if it does not).</summary>
    private Expr ParseRight(BinaryOp op, Expr left, IOperation right) => op switch
    {
        BinaryOp.And => OnPath(left, () => ParseExpression(right)),
        BinaryOp.Or => OnPath(X.Not(left), () => ParseExpression(right)),
        _ => ParseExpression(right),
    };
}
