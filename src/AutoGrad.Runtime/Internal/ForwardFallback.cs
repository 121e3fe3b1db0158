using System;
using System.Buffers;
using System.ComponentModel;

namespace AutoGrad.Internal;

/// <summary>
/// What an Adjoint companion needs to recompute, in forward mode, the entries its reverse sweep left NaN
/// or infinite although they were finite before: infinite adjoints from one singular point (√ at 0) that
/// reach an input along two paths and cancel give ∞ − ∞ = NaN, where forward mode cancels the
/// directions first and gets the finite derivative. Entries are numbered as they lie in memory (row by
/// row; a jagged array's rows one after the other).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ForwardFallback
{
    /// <summary>Whether a scalar adjoint broke: not finite now, finite before the sweep.</summary>
    public static bool Broke(double adjoint, double before) => !double.IsFinite(adjoint) && double.IsFinite(before);

    /// <summary>A pooled copy of the adjoint's entries before the sweep; give it back with <see cref="Release"/>.</summary>
    public static double[] Save(double[] adjoint)
    {
        double[] saved = ArrayPool<double>.Shared.Rent(adjoint.Length);
        adjoint.AsSpan().CopyTo(saved);
        return saved;
    }

    /// <inheritdoc cref="Save(double[])"/>
    public static double[] Save(double[,] adjoint)
    {
        double[] saved = ArrayPool<double>.Shared.Rent(adjoint.Length);
        int k = 0;
        foreach (double entry in adjoint)
        {
            saved[k++] = entry;
        }
        return saved;
    }

    /// <inheritdoc cref="Save(double[])"/>
    public static double[] Save(double[][] adjoint)
    {
        int length = 0;
        foreach (double[] row in adjoint)
        {
            length += row.Length;
        }
        double[] saved = ArrayPool<double>.Shared.Rent(length);
        int k = 0;
        foreach (double[] row in adjoint)
        {
            row.AsSpan().CopyTo(saved.AsSpan(k));
            k += row.Length;
        }
        return saved;
    }

    /// <summary>Gives back a copy <see cref="Save(double[])"/> made.</summary>
    public static void Release(double[] saved) => ArrayPool<double>.Shared.Return(saved);

    /// <summary>The first entry from <paramref name="from"/> on that broke, or −1.</summary>
    public static int NextBroken(double[] adjoint, double[] before, int from)
    {
        for (int k = from; k < adjoint.Length; k++)
        {
            if (Broke(adjoint[k], before[k]))
            {
                return k;
            }
        }
        return -1;
    }

    /// <inheritdoc cref="NextBroken(double[], double[], int)"/>
    public static int NextBroken(double[,] adjoint, double[] before, int from)
    {
        int columns = adjoint.GetLength(1);
        for (int k = from; k < adjoint.Length; k++)
        {
            if (Broke(adjoint[k / columns, k % columns], before[k]))
            {
                return k;
            }
        }
        return -1;
    }

    /// <inheritdoc cref="NextBroken(double[], double[], int)"/>
    public static int NextBroken(double[][] adjoint, double[] before, int from)
    {
        int start = 0;
        foreach (double[] row in adjoint)
        {
            for (int j = Math.Max(from - start, 0); j < row.Length; j++)
            {
                if (Broke(row[j], before[start + j]))
                {
                    return start + j;
                }
            }
            start += row.Length;
        }
        return -1;
    }

    /// <summary>Sets entry <paramref name="k"/>, numbered as <see cref="NextBroken(double[], double[], int)"/> numbers them.</summary>
    public static void Set(double[] array, int k, double value) => array[k] = value;

    /// <inheritdoc cref="Set(double[], int, double)"/>
    public static void Set(double[,] array, int k, double value) => array[k / array.GetLength(1), k % array.GetLength(1)] = value;

    /// <inheritdoc cref="Set(double[], int, double)"/>
    public static void Set(double[][] array, int k, double value)
    {
        (int row, int column) = Locate(array, k);
        array[row][column] = value;
    }

    /// <summary>The direction of entry <paramref name="k"/>: zeros shaped like <paramref name="shape"/>, with a 1 there.</summary>
    public static double[] Unit(double[] shape, int k)
    {
        double[] unit = new double[shape.Length];
        unit[k] = 1.0;
        return unit;
    }

    /// <inheritdoc cref="Unit(double[], int)"/>
    public static double[,] Unit(double[,] shape, int k)
    {
        double[,] unit = Arrays.ZerosLike(shape);
        Set(unit, k, 1.0);
        return unit;
    }

    /// <inheritdoc cref="Unit(double[], int)"/>
    public static double[][] Unit(double[][] shape, int k)
    {
        double[][] unit = Arrays.ZerosLike(shape);
        Set(unit, k, 1.0);
        return unit;
    }

    /// <summary>seed · tangent, the zero rule's way (a zero seed takes nothing from an infinite tangent).</summary>
    public static double Along(double seed, double tangent) => StrongZero.Times(seed, tangent);

    /// <summary>seedᵀ · tangent, each product the zero rule's way.</summary>
    public static double Along(double[] seed, double[] tangent)
    {
        double sum = 0.0;
        for (int i = 0; i < seed.Length; i++)
        {
            sum += StrongZero.Times(seed[i], tangent[i]);
        }
        return sum;
    }

    /// <inheritdoc cref="Along(double[], double[])"/>
    public static double Along(double[,] seed, double[,] tangent)
    {
        double sum = 0.0;
        for (int i = 0; i < seed.GetLength(0); i++)
        {
            for (int j = 0; j < seed.GetLength(1); j++)
            {
                sum += StrongZero.Times(seed[i, j], tangent[i, j]);
            }
        }
        return sum;
    }

    private static (int Row, int Column) Locate(double[][] array, int k)
    {
        int row = 0;
        while (k >= array[row].Length)
        {
            k -= array[row].Length;
            row++;
        }
        return (row, k);
    }
}
