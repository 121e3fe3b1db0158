using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace AutoGrad;

/// <summary>
/// The value of a sum over the indices <c>[start, end)</c>: typically a <c>[Differentiable]</c> method
/// that loops over that range, called with its own arguments fixed (<c>(s, e) => Model.Loss(w, data, s, e)</c>).
/// </summary>
public delegate double RangeValue(int start, int end);

/// <summary>
/// The value of a sum over the indices <c>[start, end)</c>, adding its gradient into <paramref name="adjoints"/>:
/// typically a generated <c>Adjoint</c> companion of a method that loops over that range,
/// <c>(s, e, a) => Model.LossAdjoint(w, (double[])a[0], data, s, e)</c>.
/// </summary>
/// <param name="start">The first index of the range.</param>
/// <param name="end">One past the last index.</param>
/// <param name="adjoints">Arrays of the shapes given to <see cref="ParallelSum.Gradient"/>, zeroed, in the same order; add the gradient into them.</param>
public delegate double RangeAdjoint(int start, int end, Array[] adjoints);

/// <summary>
/// Sums over an index range (a loss over data points, a likelihood over observations) and their
/// gradients, computed on several threads with a result that does not depend on the threads.
/// </summary>
/// <remarks>
/// <para>
/// The range <c>[0, count)</c> is cut into a fixed number of blocks that depends only on
/// <c>count</c> and <c>blocks</c>. Each block is computed on its own, its gradient into its own zeroed
/// adjoint arrays, on whichever thread is free; the blocks' values and adjoints are then added in block
/// order. So the result is the same, bit for bit, on one thread or many, and from run to run:
/// <c>maxThreads = 1</c> reproduces it serially. It differs from one loop over the whole range only by
/// the rounding of the block sums.
/// </para>
/// <para>
/// The cost is one set of adjoint arrays per block (allocated per call) and one pass adding them up.
/// Use it where the terms are heavy next to the gradient's size: many data points against few parameters.
/// </para>
/// </remarks>
public static class ParallelSum
{
    /// <summary>The default number of blocks: enough to keep a few cores busy, few enough to keep the reduction cheap.</summary>
    public const int DefaultBlocks = 16;

    /// <summary>Σ over <c>[0, count)</c> of <paramref name="range"/>, computed by blocks in parallel and added in block order.</summary>
    /// <param name="count">The number of indices.</param>
    /// <param name="range">The sum over one block <c>[start, end)</c>.</param>
    /// <param name="blocks">The number of blocks (at most <paramref name="count"/> are used); the result depends on it, not on the threads.</param>
    /// <param name="maxThreads">The most threads to use; -1 for the runtime's default.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, <paramref name="blocks"/> is not positive, or <paramref name="maxThreads"/> is 0 or below -1.</exception>
    public static double Value(int count, RangeValue range, int blocks = DefaultBlocks, int maxThreads = -1)
    {
        ArgumentNullException.ThrowIfNull(range);
        int used = BlockCount(count, blocks, maxThreads);
        var values = new double[used];
        Parallel.For(0, used, Options(maxThreads), b => values[b] = range(Start(b, count, used), Start(b + 1, count, used)));
        return SumInOrder(values);
    }

    /// <summary>
    /// Σ over <c>[0, count)</c> of <paramref name="range"/>, adding the sum's gradient into
    /// <paramref name="adjoints"/> (as an <c>Adjoint</c> companion does: they are not cleared first).
    /// </summary>
    /// <param name="count">The number of indices.</param>
    /// <param name="range">The sum over one block, adding its gradient into the block's own adjoint arrays.</param>
    /// <param name="adjoints">
    /// The arrays that receive the gradient: <c>double[]</c>, <c>double[,]</c> or <c>double[][]</c>, one per
    /// differentiable input of the sum; each block is handed zeroed arrays of the same shapes, in this order.
    /// </param>
    /// <param name="blocks">The number of blocks (at most <paramref name="count"/> are used); the result depends on it, not on the threads.</param>
    /// <param name="maxThreads">The most threads to use; -1 for the runtime's default.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/>, <paramref name="adjoints"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An adjoint is not a <c>double[]</c>, <c>double[,]</c> or <c>double[][]</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, <paramref name="blocks"/> is not positive, or <paramref name="maxThreads"/> is 0 or below -1.</exception>
    public static double Gradient(int count, RangeAdjoint range, Array[] adjoints, int blocks = DefaultBlocks, int maxThreads = -1)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(adjoints);
        for (int a = 0; a < adjoints.Length; a++)
        {
            CheckShape(adjoints[a], a);
        }
        int used = BlockCount(count, blocks, maxThreads);
        var values = new double[used];
        var blockAdjoints = new Array[used][];
        Parallel.For(0, used, Options(maxThreads), b =>
        {
            var own = new Array[adjoints.Length];
            for (int a = 0; a < own.Length; a++)
            {
                own[a] = ZeroedLike(adjoints[a]);
            }
            values[b] = range(Start(b, count, used), Start(b + 1, count, used), own);
            blockAdjoints[b] = own;
        });
        for (int a = 0; a < adjoints.Length; a++)
        {
            AddInBlockOrder(adjoints[a], a, blockAdjoints, maxThreads);
        }
        return SumInOrder(values);
    }

    private static int BlockCount(int count, int blocks, int maxThreads)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blocks);
        if (maxThreads == 0 || maxThreads < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxThreads), maxThreads, "maxThreads must be positive, or -1 for the default.");
        }
        return Math.Min(count, blocks);
    }

    private static ParallelOptions Options(int maxThreads) => new() { MaxDegreeOfParallelism = maxThreads };

    // Block b is [Start(b), Start(b + 1)): sizes differ by at most one.
    private static int Start(int block, int count, int blocks) => (int)((long)block * count / blocks);

    private static double SumInOrder(double[] values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }
        return sum;
    }

    private static void CheckShape(Array? adjoint, int index)
    {
        switch (adjoint)
        {
            case null:
                throw new ArgumentNullException("adjoints", $"adjoints[{index}] is null.");
            case double[] or double[,]:
                return;
            case double[][] rows:
                for (int r = 0; r < rows.Length; r++)
                {
                    if (rows[r] is null)
                    {
                        throw new ArgumentNullException("adjoints", $"adjoints[{index}][{r}] is null.");
                    }
                }
                return;
            default:
                throw new ArgumentException($"adjoints[{index}] is a {adjoint.GetType()}; it must be a double[], double[,] or double[][].", "adjoints");
        }
    }

    private static Array ZeroedLike(Array adjoint) => adjoint switch
    {
        double[] vector => new double[vector.Length],
        double[,] matrix => new double[matrix.GetLength(0), matrix.GetLength(1)],
        double[][] rows => Array.ConvertAll(rows, row => new double[row.Length]),
        _ => throw new InvalidOperationException("Shapes are checked before any block runs."),
    };

    // Each element gets its blocks' values added in block order; elements are independent, so
    // splitting them between threads leaves every sum's order, and so its bits, unchanged.
    private static void AddInBlockOrder(Array target, int index, Array[][] blockAdjoints, int maxThreads)
    {
        if (target is double[][] rows)
        {
            Parallel.For(0, rows.Length, Options(maxThreads), r =>
            {
                foreach (Array[] block in blockAdjoints)
                {
                    AddInto(rows[r], ((double[][])block[index])[r]);
                }
            });
            return;
        }
        foreach (Array[] block in blockAdjoints)
        {
            AddInto(Flat(target), Flat(block[index]));
        }
    }

    private static void AddInto(Span<double> target, ReadOnlySpan<double> source)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private static Span<double> Flat(Array array) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);
}
