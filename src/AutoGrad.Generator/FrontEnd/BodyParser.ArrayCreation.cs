using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Arrays made with their values, <c>new[] { a, b }</c>, <c>{ a, b }</c>, <c>[a, b]</c>, <c>new double[,] { { a }, { b } }</c>:
/// a new array of zeros, then one store per element. A fresh array has no other name, so the transforms
/// treat it as any local array the user fills by hand.
/// </summary>
internal sealed partial class BodyParser
{
    // Where the statement being parsed builds the arrays it makes with values: just before itself. Null where
    // nothing may come before the code that reads them (a loop's condition or step).
    private List<Stmt>? _arraysBefore;
    private bool _inLoopHeader;

    /// <summary>Lets the expressions parsed until disposal build arrays into <paramref name="output"/>, unless they are in a for loop's header.</summary>
    private ArraysBefore BuildArraysInto(List<Stmt> output)
    {
        var scope = new ArraysBefore(this, _arraysBefore);
        _arraysBefore = _inLoopHeader ? null : output;
        return scope;
    }

    private readonly struct ArraysBefore : System.IDisposable
    {
        private readonly BodyParser _parser;
        private readonly List<Stmt>? _saved;

        public ArraysBefore(BodyParser parser, List<Stmt>? saved) => (_parser, _saved) = (parser, saved);

        public void Dispose() => _parser._arraysBefore = _saved;
    }

    /// <summary>The array <paramref name="value"/> makes with its values, or null if it makes none.</summary>
    private static IOperation? WithValues(IOperation value)
    {
        value = Unconverted(value);
        // Roslyn 4.8 knows a collection expression only as an operation of no kind; later ones as CollectionExpression.
        return value is IArrayCreationOperation { Initializer: not null } || value.Syntax is CollectionExpressionSyntax && value.Type is IArrayTypeSymbol ? value : null;
    }

    /// <summary>
    /// <c>target = new[] { … }</c>: <paramref name="target"/> becomes a new array, then each element is stored.
    /// Where a value reads the old <paramref name="target"/> (<c>x = new[] { x[1], -x[0] }</c>), the values are taken first.
    /// </summary>
    private void BuildArray(string target, IOperation creation, bool isDeclaration)
    {
        if (_arraysBefore is not List<Stmt> output)
        {
            Unsupported(creation, $"'{OneLine(creation.Syntax.ToString())}'", "an array with values cannot be made in a loop's header or condition; make it in a local before the loop");
            return;
        }
        if (TypeMapper.Map(creation.Type) is not { IsFlatArray: true } type
            || Elements(creation, type.Rank) is not List<(List<int> Position, IOperation Value)> elements)
        {
            Unsupported(creation, $"'{OneLine(creation.Syntax.ToString())}'", "only arrays of numbers or bools (double[], double[,], int[]…) can be made with values, without spreads (..)");
            return;
        }
        var values = elements.Select(e => (e.Position, Value: ParseExpression(e.Value))).ToList();
        // All taken in order, not only those reading the old array, so calls run in the order C# runs them.
        bool readsOld = values.Any(v => IrWalk.SelfAndDescendants(v.Value).OfType<Var>().Any(read => read.Name == target));
        for (int i = 0; i < values.Count; i++)
        {
            if (readsOld && values[i].Value is not Literal)
            {
                var taken = new Local(_names.Fresh(target + "Element"), type.Element!);
                _localOrder.Add(taken);
                output.Add(new Assign(taken.Name, values[i].Value, IsDeclaration: true));
                values[i] = (values[i].Position, new Var(taken.Name, taken.Type));
            }
        }
        output.Add(new Assign(target, new NewArray(type, PositionOf(Sizes(creation, elements.Count))), isDeclaration));
        foreach ((List<int> position, Expr value) in values)
        {
            output.Add(new Assign(target, value, Position: PositionOf(position)));
        }
    }

    /// <summary><c>F(new[] { a, b })</c>, <c>return [a, b];</c>: the array is built in a new local just before the statement, which reads the local.</summary>
    private Expr ArrayInLocal(IOperation creation)
    {
        IOperation? user = creation.Parent;
        while (user is IConversionOperation)
        {
            user = user.Parent;
        }
        string what = $"'{OneLine(creation.Syntax.ToString())}'";
        if (InOneBranch(creation) is IOperation branch)
        {
            return Unsupported(creation, what, $"an array with values cannot be made in one branch of '{OneLine(branch.Syntax.ToString())}'; make it in a local before");
        }
        if (user is IAssignmentOperation or IVariableInitializerOperation || TypeMapper.Map(creation.Type) is not IrType type)
        {
            // A row of a jagged array, or a parameter constant for the method: a second name for the array.
            return Unsupported(creation, what, "an array with values can be stored only in a local, passed or returned");
        }
        string hint = user switch
        {
            IArgumentOperation { Parameter: IParameterSymbol parameter } => parameter.Name,
            IReturnOperation => "result",
            _ => "values",
        };
        var local = new Local(_names.Fresh(hint), type);
        _localOrder.Add(local);
        BuildArray(local.Name, creation, isDeclaration: true);
        return new Var(local.Name, type);
    }

    /// <summary>The <c>?:</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>??</c> or switch arm that evaluates <paramref name="operation"/> only sometimes, if any.</summary>
    private static IOperation? InOneBranch(IOperation operation)
    {
        for (IOperation child = operation; child.Parent is IOperation parent && parent.Syntax is not StatementSyntax; child = parent)
        {
            bool sometimes = parent switch
            {
                IConditionalOperation c => c.Condition != child,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } b => b.RightOperand == child,
                ICoalesceOperation c => c.WhenNull == child,
                ISwitchExpressionArmOperation => true,
                _ => false,
            };
            if (sometimes)
            {
                return parent;
            }
        }
        return null;
    }

    /// <summary>Each element's position and value, in source order; null for a spread (<c>..a</c>) or a shape this does not follow.</summary>
    private static List<(List<int> Position, IOperation Value)>? Elements(IOperation creation, int rank)
    {
        var elements = new List<(List<int>, IOperation)>();
        if (creation is IArrayCreationOperation { Initializer: IArrayInitializerOperation initializer })
        {
            return Walk(initializer, new List<int>()) ? elements : null;
        }
        var syntax = (CollectionExpressionSyntax)creation.Syntax;
        List<IOperation> values = creation.ChildOperations.ToList();
        if (rank != 1 || syntax.Elements.Any(e => e is not ExpressionElementSyntax) || values.Count != syntax.Elements.Count)
        {
            return null;
        }
        elements.AddRange(values.Select((v, i) => (new List<int> { i }, v)));
        return elements;

        bool Walk(IArrayInitializerOperation level, List<int> outer)
        {
            for (int i = 0; i < level.ElementValues.Length; i++)
            {
                var position = new List<int>(outer) { i };
                IOperation value = level.ElementValues[i];
                bool ok = position.Count == rank ? value is not IArrayInitializerOperation : value is IArrayInitializerOperation inner && Walk(inner, position);
                if (!ok)
                {
                    return false;
                }
                if (position.Count == rank)
                {
                    elements.Add((position, value));
                }
            }
            return true;
        }
    }

    /// <summary>The array's length along each dimension: constants, as C# requires of an array made with values.</summary>
    private static List<int> Sizes(IOperation creation, int count) =>
        creation is IArrayCreationOperation { DimensionSizes: var sizes }
            ? sizes.Select(s => s.ConstantValue.Value is int size ? size : count).ToList()
            : new List<int> { count };

    private static Expr PositionOf(List<int> position)
    {
        List<Expr> items = position.Select(i => (Expr)Literal.OfInteger(i, IrType.Int)).ToList();
        return items.Count == 1 ? items[0] : new Indices(items.ToEquatableArray(), Jagged: false);
    }
}
