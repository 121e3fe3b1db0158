using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// The array methods of the base library as statements: <c>Array.Copy</c> (3 and 5 arguments), <c>src.CopyTo(dst, i)</c>,
/// <c>Array.Clear</c>, <c>Array.Fill</c> and <c>Array.Resize(ref a, n)</c>. Each is what the library does, written
/// out: the check that throws before anything is written, then a loop of element stores into a local array, which
/// the transforms differentiate as any loop the user writes (the adjoint of a copied element flows back to its
/// source, an overwritten element is recorded for the reverse sweep). A write into a differentiable input array
/// stays AG0005.
/// </summary>
internal sealed partial class BodyParser
{
    /// <summary>A call of one of these methods as a statement, lowered into <paramref name="output"/>; false for any other statement.</summary>
    private bool ParseArrayLibraryCall(IOperation operation, List<Stmt> output)
    {
        if (operation is not IExpressionStatementOperation { Operation: IInvocationOperation call } || ArrayMethod(call) is not string method)
        {
            return false;
        }
        output.Add(SourceComment(operation));
        using (BuildArraysInto(output))
        {
            IOperation[] args = call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => Unconverted(a.Value)).ToArray();
            switch (method)
            {
                case "Copy" when args.Length == 3:
                    ParseCopy(call, args[0], null, args[1], null, args[2], output);
                    break;
                case "Copy":
                    ParseCopy(call, args[0], args[1], args[2], args[3], args[4], output);
                    break;
                case "CopyTo":
                    ParseCopy(call, call.Instance!, null, args[0], args[1], null, output);
                    break;
                case "Clear" or "Fill":
                    ParseFill(call, args, method == "Fill", output);
                    break;
                default:
                    ParseResize(call, args[0], args[1], output);
                    break;
            }
        }
        return true;
    }

    /// <summary>Which of the methods this lowers <paramref name="call"/> is, or null: those of <see cref="System.Array"/> with int positions.</summary>
    private static string? ArrayMethod(IInvocationOperation call)
    {
        IMethodSymbol method = call.TargetMethod;
        if (method.ContainingType.SpecialType != SpecialType.System_Array
            || method.Parameters.Any(p => p.Type.SpecialType == SpecialType.System_Int64))
        {
            return null;
        }
        return (method.Name, method.Parameters.Length, method.IsStatic) switch
        {
            ("Copy", 3 or 5, true) or ("Clear", 1 or 3, true) or ("Fill", 2 or 4, true) or ("Resize", 2, true) or ("CopyTo", 2, false) => method.Name,
            _ => null,
        };
    }

    /// <summary><c>dst[di + k] = src[si + k]</c> for k &lt; n; a missing position is 0, a missing count the source's length.</summary>
    private void ParseCopy(IInvocationOperation call, IOperation source, IOperation? sourceIndex, IOperation destination, IOperation? destinationIndex, IOperation? count, List<Stmt> output)
    {
        Expr from = ParseExpression(source);
        Expr si = sourceIndex is null ? Literal.IntZero : ParseExpression(sourceIndex);
        Expr to = ParseExpression(destination);
        Expr di = destinationIndex is null ? Literal.IntZero : ParseExpression(destinationIndex);
        Expr? n = count is null ? null : ParseExpression(count);
        if (Written(call, destination, to, from) is not Var target)
        {
            return;
        }
        if (from is not Var || from.Type != target.Type || target.Type.Rank != 1)
        {
            Unsupported(call, $"'{OneLine(call.Syntax.ToString())}'", "only a local or parameter array can be copied, into an array of the same type (double[] into double[]…); copy matrices element by element");
            return;
        }
        if (((Var)from).Name == target.Name)
        {
            // The library copies as if through a temporary, so ranges of one array may overlap.
            from = Taken(new CloneArray(from), target.Name + "Copy", output);
        }
        si = Stable(si, target, "sourceIndex", output);
        di = Stable(di, target, "destinationIndex", output);
        n = n is null ? new ArrayLength(from) : Stable(n, target, "length", output);
        ThrowOutside(si, n, from, output, checkNegative: count is not null);
        ThrowOutside(di, n, target, output, checkNegative: false);
        output.Add(Loop(n, k => new Assign(target.Name, new Index(from, Offset(si, k)), Position: Offset(di, k))));
    }

    /// <summary><c>Array.Clear(a)</c>, <c>Array.Clear(a, i, n)</c>, <c>Array.Fill(a, v)</c>, <c>Array.Fill(a, v, i, n)</c>: the value (0 to clear) into each element of the range.</summary>
    private void ParseFill(IInvocationOperation call, IOperation[] args, bool fill, List<Stmt> output)
    {
        Expr array = ParseExpression(args[0]);
        Expr? value = fill ? ParseExpression(args[1]) : null;
        int first = fill ? 2 : 1;
        Expr? start = args.Length > first ? ParseExpression(args[first]) : null;
        Expr? count = args.Length > first ? ParseExpression(args[first + 1]) : null;
        if (Written(call, args[0], array, value) is not Var target)
        {
            return;
        }
        // Array.Fill(a, n) with an int n fills a double[] with doubles: the value is converted once, as C# converts the argument.
        IrType element = target.Type.Element!;
        value = value is null ? Zero(element) : Stable(value.Type == element ? value : new Cast(value, element, IsImplicit: true), target, "value", output);
        if (target.Type.Rank == 2 && start is null)
        {
            // Clear of a matrix: every element, row by row.
            output.Add(Loop(new ArrayLength(target, 0), i => Loop(new ArrayLength(target, 1), j =>
                new Assign(target.Name, value, Position: new Indices(EquatableArray.Of<Expr>(i, j), Jagged: false)), "j")));
            return;
        }
        if (target.Type.Rank != 1)
        {
            Unsupported(call, $"'{OneLine(call.Syntax.ToString())}'", "only a whole matrix can be cleared, Array.Clear(m); clear a range of a double[]");
            return;
        }
        start = start is null ? Literal.IntZero : Stable(start, target, "start", output);
        count = count is null ? new ArrayLength(target) : Stable(count, target, "length", output);
        ThrowOutside(start, count, target, output, checkNegative: args.Length > first);
        output.Add(Loop(count, k => new Assign(target.Name, value, Position: Offset(start, k))));
    }

    /// <summary><c>Array.Resize(ref a, n)</c>: a new array of n elements, the first ones copied, then <c>a</c> a copy of it (a second name would hide writes).</summary>
    private void ParseResize(IInvocationOperation call, IOperation array, IOperation size, List<Stmt> output)
    {
        Expr n = ParseExpression(size);
        if (Written(call, array, ParseExpression(array), null) is not Var target)
        {
            return;
        }
        if (array is not ILocalReferenceOperation || target.Type.Rank != 1)
        {
            Unsupported(call, $"'{OneLine(call.Syntax.ToString())}'", "only a local array of numbers (double[], int[]…) can be resized; a parameter holds its caller's array");
            return;
        }
        n = Stable(n, target, "size", output);
        ThrowIf(new Binary(BinaryOp.Less, n, Literal.IntZero, IrType.Bool), "ArgumentOutOfRangeException", "newSize", output);
        Var resized = Fresh(target.Name + "Resized", target.Type);
        output.Add(new Assign(resized.Name, new NewArray(target.Type, n), IsDeclaration: true));
        Expr kept = new Conditional(new Binary(BinaryOp.Less, n, new ArrayLength(target), IrType.Bool), n, new ArrayLength(target), IrType.Int);
        output.Add(Loop(kept, k => new Assign(resized.Name, new Index(target, k), Position: k)));
        output.Add(new Assign(target.Name, new CloneArray(resized)));
    }

    /// <summary>
    /// The array <paramref name="parsed"/> names, where the method may write: AG0005 for a differentiable input,
    /// AG0001 for an array others may hold too or that is not a variable; null then. <paramref name="value"/> is what
    /// goes into its elements, checked once the body is parsed where the array is a [NoDerivative] parameter.
    /// </summary>
    private Var? Written(IInvocationOperation call, IOperation array, Expr parsed, Expr? value)
    {
        if (WritesInputArray(call, array))
        {
            return null;
        }
        string what = $"'{OneLine(call.Syntax.ToString())}'";
        if (parsed is not Var { Type.IsFlatArray: true } target)
        {
            Unsupported(call, what, "only a local or parameter array of numbers (double[], double[,], int[]…) can be written by Array methods");
            return null;
        }
        if (_sharedArrays.Contains(target.Name))
        {
            Unsupported(call, what, $"'{target.Name}' may be an array a field, another method or an argument holds too; write into a copy, (double[])….Clone()");
            return null;
        }
        if (value is not null && array is IParameterReferenceOperation { Parameter: var parameter } && IsConstant(parameter))
        {
            _constantArrayWrites.Add((value, call.Syntax, parameter.Name));
        }
        return target;
    }

    /// <summary><paramref name="value"/> as the loop may read it each time: taken into a local unless it is a literal, a length or a variable other than <paramref name="written"/>.</summary>
    private Expr Stable(Expr value, Var written, string hint, List<Stmt> output) =>
        value is Literal or ArrayLength || value is Var v && v.Name != written.Name ? value : Taken(value, hint, output);

    /// <summary>What the library throws when [start, start + count) is not inside <paramref name="array"/>, before anything is written.</summary>
    private static void ThrowOutside(Expr start, Expr count, Expr array, List<Stmt> output, bool checkNegative)
    {
        Expr negative = Rules.X.Or(Folded(BinaryOp.Less, start, Literal.IntZero, IrType.Bool),
            checkNegative ? Folded(BinaryOp.Less, count, Literal.IntZero, IrType.Bool) : Literal.False);
        ThrowIf(negative, "ArgumentOutOfRangeException", "length", output);
        // start > length − count: no overflow for counts already known not negative.
        var length = new ArrayLength(array);
        Expr tooLong = start.Equals(Literal.IntZero) ? Folded(BinaryOp.Greater, count, length, IrType.Bool)
            : Folded(BinaryOp.Greater, start, count.Equals(length) ? Literal.IntZero : new Binary(BinaryOp.Subtract, length, count, IrType.Int), IrType.Bool);
        ThrowIf(tooLong, "ArgumentException", "length", output);
    }

    private static void ThrowIf(Expr condition, string exception, string parameter, List<Stmt> output)
    {
        if (condition.Equals(Literal.False))
        {
            return;
        }
        string type = "global::System." + exception;
        var thrown = new Opaque("new " + type + "(\"" + parameter + "\")", EquatableArray<Expr>.Empty, IrType.OtherType(type));
        output.Add(new If(condition, Block.Of(new Throw(thrown)), Block.Empty));
    }

    /// <summary><c>for (int k = 0; k &lt; count; k++) body(k)</c>.</summary>
    private For Loop(Expr count, System.Func<Var, Stmt> body, string hint = "k")
    {
        Var k = Fresh(hint, IrType.Int);
        return new For(
            Block.Of(new Assign(k.Name, Literal.IntZero, IsDeclaration: true)),
            new Binary(BinaryOp.Less, k, count, IrType.Bool),
            Block.Of(new Assign(k.Name, new Binary(BinaryOp.Add, k, Literal.IntOne, IrType.Int))),
            Block.Of(body(k)));
    }

    private static Expr Offset(Expr start, Var k) => start.Equals(Literal.IntZero) ? k : new Binary(BinaryOp.Add, start, k, IrType.Int);

    private static Literal Zero(IrType element) => element.Kind switch
    {
        ValueKind.Double => Literal.Zero,
        ValueKind.Bool => Literal.False,
        _ => Literal.OfInteger(0, element),
    };
}
