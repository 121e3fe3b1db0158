using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// A reversed loop that only adds multiples of one array into another (<c>wAdjoint[o + k] += s * x[p + k];</c>,
/// the reverse of a dot product) becomes one call of <c>Arrays.AddScaled</c>, which runs it in vector
/// registers. Every element gets the same multiply and add, so nothing changes but the speed. Only
/// loops counted down from a bound known not to be negative (<c>k = n; while (k &gt; 0) { k--; … }</c>),
/// whose other statements set adjoint temporaries to values the loop does not change and back to 0.
/// Done as companions are written, like <see cref="MatrixRows"/>.
/// </summary>
internal static class VectorLoops
{
    public static Function Run(Function function) => function with { Body = Rewrite(function.Body) };

    private static Block Rewrite(Block block)
    {
        var output = new List<Stmt>();
        foreach (Stmt statement in block.Statements)
        {
            if (output.Count > 0 && output[output.Count - 1] is Assign start && statement is While loop && Vectorized(start, loop) is List<Stmt> calls)
            {
                output.AddRange(calls);
            }
            else
            {
                output.Add(IrWalk.MapBlocks(statement, Rewrite));
            }
        }
        return new Block(output.ToEquatableArray());
    }

    /// <summary>The statements that replace <paramref name="loop"/> (after <paramref name="start"/>, which stays), or null if it is not such a loop.</summary>
    private static List<Stmt>? Vectorized(Assign start, While loop)
    {
        string index = start.Target;
        if (start.IsElement || !IsNotNegative(start.Value)
            || loop.Condition is not Binary { Op: BinaryOp.Greater, Left: Var { Name: var tested }, Right: Literal { Integer: 0 } } || tested != index
            || loop.Body.Statements.Where(s => s is not Comment).ToList() is not { Count: >= 2 } statements
            || statements[0] is not Assign { Value: Binary { Op: BinaryOp.Subtract, Left: Var { Name: var stepped }, Right: Literal { Integer: 1 } } } step
            || step.Target != index || stepped != index)
        {
            return null;
        }
        List<Stmt> rest = statements.Skip(1).ToList();
        var setup = new List<Assign>();
        var updates = new List<(Var Target, Expr TargetStart, Expr Scale, Var Source, Expr SourceStart)>();
        var reset = new List<Assign>();
        var written = new HashSet<string>(rest.OfType<Assign>().Select(a => a.Target)) { index };
        foreach (Stmt statement in rest)
        {
            switch (statement)
            {
                case Assign { IsElement: false, Value: Literal } zero when updates.Count > 0:
                    reset.Add(zero);
                    break;
                case Assign { IsElement: false, Value: Var or Literal } copy when updates.Count == 0 && !IrWalk.VariablesRead(copy.Value).Any(written.Contains):
                    setup.Add(copy);
                    break;
                case Assign { IsElement: true } update when reset.Count == 0 && Update(update, index) is { } parts
                    && !IrWalk.VariablesRead(parts.Scale).Any(v => written.Contains(v) && !setup.Any(s => s.Target == v))
                    && !IrWalk.VariablesRead(parts.TargetStart).Concat(IrWalk.VariablesRead(parts.SourceStart)).Any(written.Contains):
                    updates.Add(parts);
                    break;
                default:
                    return null;
            }
        }
        var targets = new HashSet<string>(updates.Select(u => u.Target.Name));
        if (updates.Count == 0 || targets.Count != updates.Count || updates.Any(u => targets.Contains(u.Source.Name))
            || !setup.All(s => reset.Any(r => r.Target == s.Target)))
        {
            return null;
        }
        var output = new List<Stmt>();
        output.AddRange(setup);
        output.AddRange(updates.Select(u => new Evaluate(new Opaque(
            "global::AutoGrad.Internal.Arrays.AddScaled({0}, {1}, {2}, {3}, {4}, {5})",
            EquatableArray.Of(u.Target, u.TargetStart, u.Scale, u.Source, u.SourceStart, new Var(index, IrType.Int)), IrType.Void))));
        output.AddRange(reset);
        output.Add(new Assign(index, Literal.IntZero));
        return output;
    }

    /// <summary><c>a[o + k] = a[o + k] + s * b[p + k]</c> (either factor order), with both arrays of doubles.</summary>
    private static (Var Target, Expr TargetStart, Expr Scale, Var Source, Expr SourceStart)? Update(Assign update, string index)
    {
        if (update.Value is not Binary { Op: BinaryOp.Add, Left: Index { Array: Var target } current, Right: Binary { Op: BinaryOp.Multiply } product }
            || target.Name != update.Target || !Equals(current.Position, update.Position) || !target.Type.IsFlatArray || !target.Type.Element!.IsDouble
            || Start(update.Position!, index) is not Expr targetStart)
        {
            return null;
        }
        (Expr scale, Expr element) = product.Right is Index ? (product.Left, product.Right) : (product.Right, product.Left);
        if (element is not Index { Array: Var source } read || !source.Type.IsFlatArray || !source.Type.Element!.IsDouble
            || Start(read.Position, index) is not Expr sourceStart || IrWalk.VariablesRead(scale).Contains(index)
            || IrWalk.SelfAndDescendants(scale).Any(e => e is not (Var or Literal)))
        {
            return null;
        }
        return (target, targetStart, scale, source, sourceStart);
    }

    /// <summary>o for a position <c>o + k</c> or <c>k</c> (0), with k not in o.</summary>
    private static Expr? Start(Expr position, string index) => position switch
    {
        Var v when v.Name == index => Literal.IntZero,
        Binary { Op: BinaryOp.Add, Right: Var v, Left: var offset } when v.Name == index && !IrWalk.VariablesRead(offset).Contains(index) => offset,
        Binary { Op: BinaryOp.Add, Left: Var v, Right: var offset } when v.Name == index && !IrWalk.VariablesRead(offset).Contains(index) => offset,
        _ => null,
    };

    /// <summary>A count that is never negative: an integer literal, an array's length, or the reverse sweep's clamp <c>a &lt; b ? b : a</c> of such an a.</summary>
    private static bool IsNotNegative(Expr count) => count switch
    {
        Literal { LiteralType.Kind: ValueKind.Int, Integer: long n } => n >= 0,
        ArrayLength => true,
        Conditional { Condition: Binary { Op: BinaryOp.Less, Left: var low, Right: var high }, WhenTrue: var t, WhenFalse: var f } =>
            Equals(t, high) && Equals(f, low) && IsNotNegative(low),
        _ => false,
    };
}
