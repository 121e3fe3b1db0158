using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Swaps of two local arrays, <c>(a, b) = (b, a)</c> and <c>var t = a; a = b; b = t;</c>: double buffering in a
/// time stepper. The companions swap copies (<c>a</c> gets a copy of <c>b</c>, <c>b</c> one of the old <c>a</c>):
/// no other name may hold either array, so which array a name holds cannot be seen, only its elements, and the
/// copies give the same elements. A copy is a new array, which the transforms differentiate exactly (the reverse
/// sweep puts the old arrays back); the cost is a copy per swap where the user's method moves a reference.
/// </summary>
internal sealed partial class BodyParser
{
    // Each swap, checked once the whole body is parsed: a name that may hold a shared array anywhere would make copies wrong.
    private readonly List<(string A, string B, IOperation At)> _swaps = new();

    /// <summary><c>(a, b) = (b, a)</c> on two array variables: the two locals or parameters, or null for any other deconstruction.</summary>
    private static (ISymbol A, ISymbol B)? TupleSwap(IOperation operation)
    {
        if (operation is not IDeconstructionAssignmentOperation { Target: ITupleOperation { Elements.Length: 2 } target } deconstruction
            || Unconverted(deconstruction.Value) is not ITupleOperation { Elements.Length: 2 } source)
        {
            return null;
        }
        return VariableOf(target.Elements[0]) is ISymbol a && VariableOf(target.Elements[1]) is ISymbol b
            && Same(VariableOf(Unconverted(source.Elements[0])), b) && Same(VariableOf(Unconverted(source.Elements[1])), a) && IsSwappable(a, b)
            ? (a, b)
            : null;
    }

    /// <summary>
    /// <c>var t = a; a = b; b = t;</c> at <paramref name="statements"/>[<paramref name="i"/>], where the method reads
    /// <c>t</c> nowhere else (it stays a second name for <c>a</c>'s array): the two arrays, or null.
    /// </summary>
    private static (ILocalSymbol A, ILocalSymbol B)? SwapThroughTemporary(ImmutableArray<IOperation> statements, int i)
    {
        if (i + 2 >= statements.Length
            || statements[i] is not IVariableDeclarationGroupOperation { Declarations.Length: 1 } group
            || group.Declarations[0] is not { Declarators.Length: 1 } declaration
            || (declaration.Declarators[0].Initializer ?? declaration.Initializer)?.Value is not IOperation held
            || Assigned(statements[i + 1]) is not (ILocalSymbol a, ILocalSymbol b)
            || Assigned(statements[i + 2]) is not (ILocalSymbol second, ILocalSymbol temporary))
        {
            return null;
        }
        ILocalSymbol t = declaration.Declarators[0].Symbol;
        IOperation method = statements[i];
        while (method.Parent is IOperation parent)
        {
            method = parent;
        }
        return Same(VariableOf(held), a) && Same(second, b) && Same(temporary, t) && IsSwappable(a, b)
            && method.Descendants().OfType<ILocalReferenceOperation>().Count(r => Same(r.Local, t)) == 1
            ? (a, b)
            : null;
    }

    /// <summary>The companions' swap: <c>held = copy of a; a = copy of b; b = copy of held</c>.</summary>
    private void Swap(ISymbol a, ISymbol b, IOperation at, List<Stmt> output)
    {
        if (a is not ILocalSymbol local || b is not ILocalSymbol other)
        {
            Unsupported(at, $"'{OneLine(at.Syntax.ToString())}'", "only two local arrays can be swapped, and a parameter holds its caller's array; swap local copies, (double[])….Clone()");
            return;
        }
        if (LocalName(local, at) is not string first || LocalName(other, at) is not string second)
        {
            return;
        }
        IrType type = _locals[local].Type;
        if (!type.IsFlatArray)
        {
            Unsupported(at, $"'{OneLine(at.Syntax.ToString())}'", "only arrays of numbers (double[], double[,], int[]…) can be swapped");
            return;
        }
        var held = new Local(_names.Fresh(first + "Held"), type);
        _localOrder.Add(held);
        output.Add(new Assign(held.Name, new CloneArray(new Var(first, type)), IsDeclaration: true));
        output.Add(new Assign(first, new CloneArray(new Var(second, type))));
        output.Add(new Assign(second, new CloneArray(new Var(held.Name, type))));
        _swaps.Add((first, second, at));
    }

    /// <summary>AG0001 at each swap of an array that a field, another method or an argument may hold too: its copy would not be theirs.</summary>
    private void CheckSwaps()
    {
        foreach ((string a, string b, IOperation at) in _swaps.Where(s => _sharedArrays.Contains(s.A) || _sharedArrays.Contains(s.B)))
        {
            Unsupported(at, $"'{OneLine(at.Syntax.ToString())}'",
                $"'{(_sharedArrays.Contains(a) ? a : b)}' may be an array a field, another method or an argument holds too, and only arrays the method made itself can be swapped; swap copies, (double[])….Clone()");
        }
    }

    /// <summary>The IR name of <paramref name="local"/>, declared at <paramref name="at"/> if it is first met there.</summary>
    private string? LocalName(ILocalSymbol local, IOperation at) => _locals.TryGetValue(local, out Local? known) ? known.Name : DeclareLocal(local, at)?.Name;

    /// <summary><c>a = b;</c> between two locals: the target and the value, or null.</summary>
    private static (ILocalSymbol Target, ILocalSymbol Value)? Assigned(IOperation statement) =>
        statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }
        && VariableOf(assignment.Target) is ILocalSymbol target && VariableOf(assignment.Value) is ILocalSymbol value
            ? (target, value)
            : null;

    private static bool IsSwappable(ISymbol a, ISymbol b) =>
        !Same(a, b) && TypeOf(a) is IArrayTypeSymbol type && SymbolEqualityComparer.Default.Equals(type, TypeOf(b)) && a is not ILocalSymbol { IsRef: true } && b is not ILocalSymbol { IsRef: true };

    private static ITypeSymbol? TypeOf(ISymbol variable) => (variable as ILocalSymbol)?.Type ?? (variable as IParameterSymbol)?.Type;

    /// <summary>The local or parameter <paramref name="operation"/> reads, if it is one.</summary>
    private static ISymbol? VariableOf(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    private static bool Same(ISymbol? a, ISymbol? b) => SymbolEqualityComparer.Default.Equals(a, b);

    private static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }
        return operation;
    }
}
