using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Work arrays: arrays a function allocates once and fills whole with a counted loop before it reads
/// them (<c>var centered = new double[d]; … for (j = 0; j &lt; d; j++) centered[j] = …;</c>). After
/// such a fill no element holds an older value, which both <see cref="FusedLoops"/> (an iteration
/// that fills its arrays first depends on no earlier iteration through them) and
/// <see cref="SupersededRestores"/> (restoring values the fill's own restore overwrites is useless) rely on.
/// </summary>
internal static class WorkArrays
{
    /// <summary>
    /// Whether <paramref name="loop"/> writes every element of <paramref name="array"/> before anything reads
    /// one: <c>for (k = 0; k &lt; size; k++) { …; array[k] = value; … }</c>, the store in every iteration,
    /// nothing before it mentioning the array, and only <c>array[k]</c> after it. The store goes into
    /// <paramref name="fresh"/> when that is given.
    /// </summary>
    public static bool FillsArray(While loop, string array, Expr size, ReverseRecording recording, List<Assign>? fresh)
    {
        if (recording.Counted(loop) is not { Up: true, Start: Literal { Integer: 0 } } counted
            || loop.Condition is not Binary { Op: BinaryOp.Less, Right: var end }
            || !(Equals(end, size) || end is ArrayLength { Dimension: null, Array: Var { Name: var measured } } && measured == array))
        {
            return false;
        }
        List<Stmt> statements = loop.Body.Statements.ToList();
        int storeAt = statements.FindIndex(s => s is Assign { IsElement: true } a && a.Target == array);
        if (storeAt < 0 || statements[storeAt] is not Assign { Position: Var position } store || position.Name != counted.Index
            || Mentions(store.Value, array) || statements.Take(storeAt).Any(s => IrWalk.Mentions(s, array)))
        {
            return false;
        }
        // After the store, only this iteration's element: array[k], read or written again.
        var current = new Index(new Var(array, IrType.ArrayOf(store.Value.Type)), position);
        foreach (Stmt later in statements.Skip(storeAt + 1).SelectMany(s => IrWalk.Statements(Block.Of(s))))
        {
            if (later is Assign { Target: var target } write && target == array && !Equals(write.Position, position)
                || IrWalk.Expressions(later).Any(e => Mentions(e, array) && !OnlyAt(e, array, current)))
            {
                return false;
            }
        }
        fresh?.Add(store);
        return true;
    }

    /// <summary>Whether every mention of <paramref name="array"/> in <paramref name="expr"/> is the element <paramref name="element"/>.</summary>
    private static bool OnlyAt(Expr expr, string array, Index element) =>
        expr is Index { Array: Var a } index && a.Name == array
            ? Equals(index.Position, element.Position)
            : IrWalk.Children(expr).All(child => OnlyAt(child, array, element));

    /// <summary>
    /// Whether <paramref name="expr"/> lets <paramref name="array"/> out: uses it other than through an
    /// element or its length, so it may be read or kept under another name. With
    /// <paramref name="adjointCallsKeepNothing"/>, handing it whole to a callee's Adjoint does not count:
    /// an Adjoint adds into its adjoint arguments and keeps none.
    /// </summary>
    public static bool Leaves(Expr expr, string array, bool adjointCallsKeepNothing = false) => expr switch
    {
        Var v => v.Name == array,
        RefArg r => r.Name == array,
        Index { Array: Var v } index when v.Name == array => Leaves(index.Position, array, adjointCallsKeepNothing),
        ArrayLength { Array: Var v } when v.Name == array => false,
        Call { Form: CalleeForm.Adjoint } call when adjointCallsKeepNothing =>
            call.Args.Any(a => a is not Var && Leaves(a, array, adjointCallsKeepNothing))
            || call.Receiver is not null && Leaves(call.Receiver, array, adjointCallsKeepNothing),
        _ => IrWalk.Children(expr).Any(child => Leaves(child, array, adjointCallsKeepNothing)),
    };

    private static bool Mentions(Expr expr, string variable) => IrWalk.VariablesRead(expr).Contains(variable);

    /// <summary>
    /// The <see cref="Allocations"/> used only through their elements and lengths: one passed to a call or
    /// held by another variable may be read or written under another name.
    /// </summary>
    public static Dictionary<string, Expr> UsedByElement(Block function, ReverseRecording recording)
    {
        List<Expr> expressions = IrWalk.Statements(function).SelectMany(IrWalk.Expressions).ToList();
        return Allocations(function, recording)
            .Where(a => !expressions.Any(e => Leaves(e, a.Key)))
            .ToDictionary(a => a.Key, a => a.Value);
    }

    /// <summary>
    /// Arrays the function allocates once, at its top level, with a size whose variables never change
    /// (<c>var hidden = new double[Hidden];</c>): what fills the whole array is a loop over that size.
    /// </summary>
    public static Dictionary<string, Expr> Allocations(Block function, ReverseRecording recording)
    {
        var allocations = new Dictionary<string, Expr>();
        foreach (Assign assign in function.Statements.OfType<Assign>())
        {
            if (assign is { IsElement: false, Value: NewArray { ArrayType.Rank: 1, Size: var size } } && recording.IsFixed(assign.Target)
                && IrWalk.VariablesRead(size).All(recording.IsFixed))
            {
                allocations[assign.Target] = size;
            }
        }
        return allocations;
    }
}
