using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// <c>switch</c> statements and expressions on a number, enum or other value type: an if/else chain that
/// tests the labels in the order C# does (<c>default</c> last, wherever it stands), or a nested <c>?:</c>,
/// on the value computed once. Labels are the patterns <c>is</c> takes (constants, relational,
/// <c>and</c>/<c>or</c>/<c>not</c>, discards), with <c>when</c> clauses.
/// </summary>
internal sealed partial class BodyParser
{
    // The break that ends the switch section being parsed: the end of its branch of the if/else chain.
    private IOperation? _sectionEnd;

    /// <summary>A switch, or a break inside one; false for any other statement.</summary>
    private bool ParseBranching(IOperation operation, List<Stmt> output)
    {
        switch (operation)
        {
            case ISwitchOperation choice:
                ParseSwitch(choice, output);
                return true;
            case IBranchOperation { BranchKind: BranchKind.Break } branch when !IsLoopBranch(branch):
                if (branch != _sectionEnd)
                {
                    Unsupported(branch, "'break'", "a break before the end of a switch section is not supported; use if/else inside the section");
                }
                return true;
            default:
                return false;
        }
    }

    private void ParseSwitch(ISwitchOperation choice, List<Stmt> output)
    {
        output.Add(new Comment(OneLine($"switch ({((SwitchStatementSyntax)choice.Syntax).Expression})"), IsHeader: true));
        if (SwitchedValue(choice.Value, choice) is not Expr value)
        {
            return;
        }
        // The sections a value can reach, in order: none after one that always matches, none that never does
        // (their code would be unreachable in the companions, CS0162, and their locals unused, CS0219).
        var reached = new List<(ISwitchCaseOperation Section, Expr Test)>();
        foreach (ISwitchCaseOperation section in choice.Cases)
        {
            Expr? test = null;
            foreach (ICaseClauseOperation clause in section.Clauses.Where(l => l is not IDefaultCaseClauseOperation))
            {
                if (ClauseTest(value, clause) is not Expr matched)
                {
                    return;
                }
                test = test is null ? matched : X.Or(test, matched);
            }
            if (test is not null && !test.Equals(Literal.False))
            {
                reached.Add((section, test));
            }
            if (test?.Equals(Literal.True) == true)
            {
                break;
            }
        }
        var bodies = reached.Select(r => ParseSection(r.Section, again: false)).ToList();
        ISwitchCaseOperation? fallback = choice.Cases.FirstOrDefault(c => c.Clauses.Any(l => l is IDefaultCaseClauseOperation));
        Block chain = fallback is null || reached.Any(r => r.Test.Equals(Literal.True))
            ? Block.Empty
            : ParseSection(fallback, again: reached.Any(r => r.Section == fallback));
        for (int i = reached.Count - 1; i >= 0; i--)
        {
            chain = reached[i].Test.Equals(Literal.True) ? bodies[i] : Block.Of(new If(reached[i].Test, bodies[i], chain));
        }
        output.AddRange(chain.Statements);
    }

    /// <summary>
    /// The statements of a section, without the break that ends it. A section that has both case labels
    /// and <c>default</c> is parsed twice, for its place and as the fallback: <paramref name="again"/> drops the second parse's diagnostics.
    /// </summary>
    private Block ParseSection(ISwitchCaseOperation section, bool again)
    {
        (int diagnostics, int calls) = (_diagnostics.Count, _opaqueCalls.Count);
        IOperation? sectionEnd = _sectionEnd;
        IOperation? end = section.Body.LastOrDefault();
        while (end is IBlockOperation { Operations.Length: > 0 } block)
        {
            end = block.Operations[block.Operations.Length - 1];
        }
        _sectionEnd = end;
        var statements = new List<Stmt>();
        foreach (IOperation statement in section.Body)
        {
            ParseStatement(statement, statements);
        }
        _sectionEnd = sectionEnd;
        if (again)
        {
            _diagnostics.RemoveRange(diagnostics, _diagnostics.Count - diagnostics);
            _opaqueCalls.RemoveRange(calls, _opaqueCalls.Count - calls);
        }
        return new Block(statements.ToEquatableArray());
    }

    private Expr? ClauseTest(Expr value, ICaseClauseOperation clause)
    {
        Expr? test = clause switch
        {
            ISingleValueCaseClauseOperation single => IsConstant(value, single.Value),
            IPatternCaseClauseOperation pattern => Matches(value, pattern.Pattern),
            _ => null,
        };
        if (test is null)
        {
            UnsupportedPattern(clause is IPatternCaseClauseOperation labeled ? labeled.Pattern : clause);
            return null;
        }
        return clause is IPatternCaseClauseOperation { Guard: IOperation guard } ? X.And(test, OnPath(test, () => ParseExpression(guard))) : test;
    }

    /// <summary>Whether <paramref name="value"/> matches the constant: NaN matches NaN, as in C#'s patterns.</summary>
    private Expr IsConstant(Expr value, IOperation constant) => constant.ConstantValue.Value is double.NaN
        ? new Opaque("double.IsNaN({0})", EquatableArray.Of(value), IrType.Bool)
        : Folded(BinaryOp.Equal, value, ParseExpression(constant), IrType.Bool);

    private Expr ParseSwitchExpression(ISwitchExpressionOperation choice)
    {
        if (TypeMapper.Map(choice.Type) is not IrType type || SwitchedValue(choice.Value, choice) is not Expr value)
        {
            return Literal.Zero;
        }
        return Arms(choice, value, 0, type)
            ?? Unsupported(choice, "'switch'", "every arm of this switch expression throws; throw instead");
    }

    /// <summary>Arm <paramref name="k"/> and those after it, as a nested <c>?:</c>; null where every arm left throws.</summary>
    private Expr? Arms(ISwitchExpressionOperation choice, Expr value, int k, IrType type)
    {
        if (k == choice.Arms.Length)
        {
            // No arm matches: the exception C# throws.
            return ThrowHere(choice, NoMatch(choice, value));
        }
        ISwitchExpressionArmOperation arm = choice.Arms[k];
        // The last arm of a switch C# finds exhaustive matches whatever reaches it.
        Expr? test = k == choice.Arms.Length - 1 && choice.IsExhaustive ? Literal.True : Matches(value, arm.Pattern);
        if (test is null)
        {
            UnsupportedPattern(arm.Pattern);
            return Literal.Zero;
        }
        if (arm.Guard is IOperation guard)
        {
            test = X.And(test, OnPath(test, () => ParseExpression(guard)));
        }
        if (test is Literal { LiteralType.Kind: ValueKind.Bool })
        {
            return test.Equals(Literal.True) ? ValueOrThrow(arm.Value) : Arms(choice, value, k + 1, type);
        }
        Expr condition = test;
        return Join(condition, OnPath(condition, () => ValueOrThrow(arm.Value)), OnPath(X.Not(condition), () => Arms(choice, value, k + 1, type)), type);
    }

    /// <summary>The exception C# throws when no arm of a switch expression matches its value.</summary>
    private static Expr NoMatch(ISwitchExpressionOperation choice, Expr value) =>
        choice.SemanticModel!.Compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.SwitchExpressionException") is null
            ? new Opaque("new global::System.InvalidOperationException()", EquatableArray<Expr>.Empty, IrType.OtherType("global::System.InvalidOperationException"))
            : new Opaque("new global::System.Runtime.CompilerServices.SwitchExpressionException({0})", EquatableArray.Of(value),
                IrType.OtherType("global::System.Runtime.CompilerServices.SwitchExpressionException"));

    /// <summary>The switched value, to read once per label; null (with AG0001) for a value of another type or an array.</summary>
    private Expr? SwitchedValue(IOperation value, IOperation choice)
    {
        if (TypeMapper.Map(value.Type) is not { IsArray: false })
        {
            Unsupported(value, $"a switch on '{OneLine(value.Syntax.ToString())}'", "only a switch on a number, bool, char or enum is supported");
            return null;
        }
        return ReadOnce(ParseExpression(value), "switchValue", choice);
    }

    private void UnsupportedPattern(IOperation pattern) =>
        Unsupported(pattern, $"the pattern '{OneLine(pattern.Syntax.ToString())}'",
            "only constant, relational (< 1.0), and/or/not and discard (_) patterns are supported, with when clauses");
}
