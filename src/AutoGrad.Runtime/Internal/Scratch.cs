using System;
using System.ComponentModel;

namespace AutoGrad.Internal;

/// <summary>
/// Arrays of zeros for an Adjoint companion's local arrays and their adjoints, kept per thread from one
/// call to the next instead of allocated on every call. Companions rent them only for arrays that never
/// leave the call (used only through their elements and lengths), and give them back before returning.
/// A gradient call then allocates nothing for them, and its arrays keep their addresses from call to call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Scratch
{
    /// <summary>Arrays kept per thread: enough for the locals of a few nested calls.</summary>
    private const int Slots = 16;

    /// <summary>Larger arrays are allocated and dropped as <c>new</c> would: keeping them would hold megabytes per thread.</summary>
    private const int LargestKept = 1 << 16;

    [ThreadStatic]
    private static Array?[]? t_kept;

    [ThreadStatic]
    private static int t_evict;

    /// <summary>An array of <paramref name="length"/> zeros, as <c>new double[length]</c>.</summary>
    public static double[] Rent(int length) => Take<double[]>(length, 0) ?? new double[length];

    /// <summary>A <paramref name="rows"/> × <paramref name="columns"/> matrix of zeros, as <c>new double[rows, columns]</c>.</summary>
    public static double[,] Rent(int rows, int columns) => Take<double[,]>(rows, columns) ?? new double[rows, columns];

    /// <summary>A kept array of that type and shape (<paramref name="columns"/> unused for a vector), cleared; or null.</summary>
    private static TArray? Take<TArray>(int rows, int columns)
        where TArray : class
    {
        Array?[]? kept = t_kept;
        for (int i = 0; kept is not null && i < kept.Length; i++)
        {
            if (kept[i] is TArray typed && kept[i] is Array array && array.GetLength(0) == rows && (array.Rank == 1 || array.GetLength(1) == columns))
            {
                kept[i] = null;
                Array.Clear(array);
                return typed;
            }
        }
        return null;
    }

    /// <summary>Keeps <paramref name="array"/> for a later <see cref="Rent(int)"/> on this thread; the caller must not use it again.</summary>
    public static void Return(Array array)
    {
        if (array.Length > LargestKept)
        {
            return;
        }
        Array?[] kept = t_kept ??= new Array?[Slots];
        for (int i = 0; i < kept.Length; i++)
        {
            if (kept[i] is null)
            {
                kept[i] = array;
                return;
            }
        }
        // Full of arrays of other sizes, from other methods: the newest replaces one in turn, so the
        // method called now, and again next, finds its arrays instead of allocating on every call.
        kept[t_evict] = array;
        t_evict = (t_evict + 1) % Slots;
    }
}
