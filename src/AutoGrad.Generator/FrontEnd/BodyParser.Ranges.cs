using System.Collections.Generic;
using System.Collections.Immutable;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Indices from the end and ranges of an array: <c>x[^k]</c> is <c>x[x.Length - k]</c>, and a slice <c>x[a..b]</c>
/// is what C# makes of it, a new array filled by a loop from <c>x[a]</c> on. The slice is a local array like any
/// other, so its elements' adjoints flow back into the elements of <c>x</c> they were copied from.
/// </summary>
internal sealed partial class BodyParser
{
    /// <summary>The position of an element of <paramref name="array"/>, <c>^k</c> counted from its end.</summary>
    private Expr ElementPosition(Expr array, ImmutableArray<IOperation> indices) =>
        indices.Length == 1 && FromEnd(indices[0]) is IOperation k && array is Var
            ? new Binary(BinaryOp.Subtract, new ArrayLength(array), ParseExpression(k), IrType.Int)
            : Position(indices, jagged: false);

    /// <summary>The <c>k</c> of <c>^k</c>, or null for an index counted from the start.</summary>
    private static IOperation? FromEnd(IOperation index) =>
        Unconverted(index) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat ? hat.Operand : null;

    /// <summary>The range of <paramref name="element"/>, <c>x[a..b]</c>, or null for an element.</summary>
    private static IRangeOperation? RangeOf(IOperation element) =>
        element is IArrayElementReferenceOperation { Indices.Length: 1 } e && Unconverted(e.Indices[0]) is IRangeOperation range ? range : null;

    /// <summary><c>F(x[1..^1])</c>, <c>x[..n].Length</c>: the slice in a new local, made just before the statement.</summary>
    private Expr SliceInLocal(IArrayElementReferenceOperation slice)
    {
        string what = $"'{OneLine(slice.Syntax.ToString())}'";
        if (_arraysBefore is not List<Stmt> output)
        {
            return Unsupported(slice, what, "a slice cannot be made in a loop's header or condition; make it in a local before the loop");
        }
        if (InOneBranch(slice) is IOperation branch)
        {
            return Unsupported(slice, what, $"a slice cannot be made in one branch of '{OneLine(branch.Syntax.ToString())}'; make it in a local before");
        }
        if (TypeMapper.Map(slice.Type) is not IrType type)
        {
            return Unsupported(slice, what, "only arrays of numbers or bools can be sliced");
        }
        Var local = Fresh((VariableOf(slice.ArrayReference)?.Name ?? "array") + "Slice", type);
        BuildSlice(local.Name, slice, isDeclaration: true, output);
        return local;
    }

    /// <summary>
    /// <c>x = y[1..]</c>: filled in place. <c>x = x[1..]</c> fills a new local from the old x and copies it into x: a
    /// second name for the slice would hide writes from the transforms.
    /// </summary>
    private void AssignSlice(string target, IArrayElementReferenceOperation slice, List<Stmt> output)
    {
        if (VariableOf(slice.ArrayReference) is not ILocalSymbol source || !_locals.TryGetValue(source, out Local? local) || local.Name != target)
        {
            BuildSlice(target, slice, isDeclaration: false, output);
            return;
        }
        Var fresh = Fresh(target + "Slice", local.Type);
        BuildSlice(fresh.Name, slice, isDeclaration: true, output);
        output.Add(new Assign(target, new CloneArray(fresh)));
    }

    /// <summary><paramref name="target"/> = <c>x[a..b]</c>: a new array of b − a elements, then <c>target[k] = x[a + k]</c> for each.</summary>
    private void BuildSlice(string target, IArrayElementReferenceOperation slice, bool isDeclaration, List<Stmt> output)
    {
        IRangeOperation range = RangeOf(slice)!;
        Expr source = ParseExpression(slice.ArrayReference);
        if (source is not Var || TypeMapper.Map(slice.Type) is not { IsFlatArray: true, Rank: 1 } type)
        {
            Unsupported(slice, $"'{OneLine(slice.Syntax.ToString())}'", "only a local or parameter array of numbers (double[], int[]…) can be sliced, x[a..b]");
            return;
        }
        Expr start = range.LeftOperand is null ? Literal.IntZero : Bound(range.LeftOperand, source);
        Expr end = range.RightOperand is null ? new ArrayLength(source) : Bound(range.RightOperand, source);
        if (start is not (Var or Literal))
        {
            // Read for the check, the length and each element.
            start = Taken(start, target + "Start", output);
        }
        end = IrWalk.IsRepeatable(end) ? end : Taken(end, target + "End", output);
        // What C# throws for a range outside the array (rather than the OverflowException of a negative length).
        Expr outside = Rules.X.Or(Folded(BinaryOp.Less, start, Literal.IntZero, IrType.Bool), Folded(BinaryOp.Greater, start, end, IrType.Bool));
        if (range.RightOperand is not null)
        {
            outside = Rules.X.Or(outside, new Binary(BinaryOp.Greater, end, new ArrayLength(source), IrType.Bool));
        }
        if (!outside.Equals(Literal.False))
        {
            var exception = new Opaque("new global::System.ArgumentOutOfRangeException(\"length\")", EquatableArray<Expr>.Empty, IrType.OtherType("global::System.ArgumentOutOfRangeException"));
            output.Add(new If(outside, Block.Of(new Throw(exception)), Block.Empty));
        }
        output.Add(new Assign(target, new NewArray(type, start.Equals(Literal.IntZero) ? end : new Binary(BinaryOp.Subtract, end, start, IrType.Int)), isDeclaration));
        Var k = Fresh("k", IrType.Int);
        Expr from = start.Equals(Literal.IntZero) ? k : new Binary(BinaryOp.Add, start, k, IrType.Int);
        output.Add(new For(
            Block.Of(new Assign(k.Name, Literal.IntZero, IsDeclaration: true)),
            new Binary(BinaryOp.Less, k, new ArrayLength(new Var(target, type)), IrType.Bool),
            Block.Of(new Assign(k.Name, new Binary(BinaryOp.Add, k, Literal.IntOne, IrType.Int))),
            Block.Of(new Assign(target, new Index(source, from), Position: k))));
    }

    private Var Taken(Expr value, string hint, List<Stmt> output)
    {
        Var local = Fresh(hint, value.Type);
        output.Add(new Assign(local.Name, value, IsDeclaration: true));
        return local;
    }

    /// <summary>One end of a range: <c>^k</c> counts from the end of <paramref name="source"/>.</summary>
    private Expr Bound(IOperation bound, Expr source) =>
        FromEnd(bound) is IOperation k
            ? new Binary(BinaryOp.Subtract, new ArrayLength(source), ParseExpression(k), IrType.Int)
            : ParseExpression(Unconverted(bound));
}
