using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AutoGrad.Internal;

/// <summary>Array operations generated companions call: length checks and adjoint accumulation.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Arrays
{
    /// <summary>Throws if <paramref name="partner"/> (a tangent, adjoint or seed) is not as long as <paramref name="value"/>.</summary>
    /// <remarks>Small enough to inline into a companion: the message is built only on the throwing path.</remarks>
    public static void SameLength(double[] value, string valueName, double[] partner, string partnerName)
    {
        ArgumentNullException.ThrowIfNull(value, valueName);
        ArgumentNullException.ThrowIfNull(partner, partnerName);
        if (partner.Length != value.Length)
        {
            ThrowLengthsDiffer(value, valueName, partner, partnerName);
        }
    }

    private static void ThrowLengthsDiffer(double[] value, string valueName, double[] partner, string partnerName) => throw new ArgumentException(
        $"'{partnerName}' has length {partner.Length}, but '{valueName}' has length {value.Length}; they must be equal.", partnerName);

    /// <summary>Throws if <paramref name="partner"/> does not have the shape of the matrix <paramref name="value"/>.</summary>
    public static void SameLength(double[,] value, string valueName, double[,] partner, string partnerName)
    {
        ArgumentNullException.ThrowIfNull(value, valueName);
        ArgumentNullException.ThrowIfNull(partner, partnerName);
        if (partner.GetLength(0) != value.GetLength(0) || partner.GetLength(1) != value.GetLength(1))
        {
            ThrowShapesDiffer(value, valueName, partner, partnerName);
        }
    }

    private static void ThrowShapesDiffer(double[,] value, string valueName, double[,] partner, string partnerName) => throw new ArgumentException(
        $"'{partnerName}' is {Shape(partner)}, but '{valueName}' is {Shape(value)}; they must be equal.", partnerName);

    /// <summary>Throws if <paramref name="partner"/> does not have the shape of the jagged array <paramref name="value"/>, row by row.</summary>
    public static void SameLength(double[][] value, string valueName, double[][] partner, string partnerName)
    {
        ArgumentNullException.ThrowIfNull(value, valueName);
        ArgumentNullException.ThrowIfNull(partner, partnerName);
        if (partner.Length != value.Length)
        {
            throw new ArgumentException(
                $"'{partnerName}' has {partner.Length} rows, but '{valueName}' has {value.Length}; they must be equal.",
                partnerName);
        }
        for (int i = 0; i < value.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(value[i], $"{valueName}[{i}]");
            if (partner[i]?.Length != value[i].Length)
            {
                string partnerRow = partner[i] is null ? "null" : "of length " + partner[i].Length;
                throw new ArgumentException(
                    $"'{partnerName}[{i}]' is {partnerRow}, but '{valueName}[{i}]' has length {value[i].Length}; they must be equal.",
                    partnerName);
            }
        }
    }

    /// <summary>An array of zeros as long as <paramref name="array"/>.</summary>
    public static double[] ZerosLike(double[] array) => new double[array.Length];

    /// <summary>A matrix of zeros with the shape of <paramref name="array"/>.</summary>
    public static double[,] ZerosLike(double[,] array) => new double[array.GetLength(0), array.GetLength(1)];

    /// <summary>Σ aᵢ·bᵢ over arrays of the same length.</summary>
    public static double Dot(double[] a, double[] b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    /// <summary>Σ aᵢⱼ·bᵢⱼ over matrices of the same shape.</summary>
    public static double Dot(double[,] a, double[,] b)
    {
        double sum = 0.0;
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                sum += a[i, j] * b[i, j];
            }
        }
        return sum;
    }

    /// <summary>Σ aᵢⱼ·bᵢⱼ over jagged arrays of the same shape.</summary>
    public static double Dot(double[][] a, double[][] b)
    {
        double sum = 0.0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += Dot(a[i], b[i]);
        }
        return sum;
    }

    /// <summary>Sets every element of <paramref name="array"/> to zero.</summary>
    public static void Clear(double[] array) => Array.Clear(array);

    /// <summary>Sets every element of <paramref name="array"/> to zero.</summary>
    public static void Clear(double[,] array) => Array.Clear(array);

    /// <summary>Sets every element of every row of <paramref name="array"/> to zero.</summary>
    public static void Clear(double[][] array)
    {
        foreach (double[] row in array)
        {
            Array.Clear(row);
        }
    }

    /// <summary>A jagged array of zeros with the shape of <paramref name="array"/>.</summary>
    public static double[][] ZerosLike(double[][] array)
    {
        var zeros = new double[array.Length][];
        for (int i = 0; i < array.Length; i++)
        {
            zeros[i] = new double[array[i].Length];
        }
        return zeros;
    }

    /// <summary>Adds <paramref name="source"/> into <paramref name="target"/>, element by element.</summary>
    public static void AddInto(double[] target, double[] source)
    {
        if (target.Length != source.Length)
        {
            throw new ArgumentException($"Cannot add an array of length {source.Length} into one of length {target.Length}.", nameof(source));
        }
        System.Numerics.Tensors.TensorPrimitives.Add(target, source, target);
    }

    /// <summary>Adds the matrix <paramref name="source"/> into <paramref name="target"/>, element by element.</summary>
    public static void AddInto(double[,] target, double[,] source)
    {
        if (target.GetLength(0) != source.GetLength(0) || target.GetLength(1) != source.GetLength(1))
        {
            throw new ArgumentException($"Cannot add a {Shape(source)} matrix into a {Shape(target)} one.", nameof(source));
        }
        for (int i = 0; i < target.GetLength(0); i++)
        {
            for (int j = 0; j < target.GetLength(1); j++)
            {
                target[i, j] += source[i, j];
            }
        }
    }

    /// <summary>
    /// Row <paramref name="row"/> of <paramref name="matrix"/> as a span, which generated companions index in
    /// their loops instead of the matrix: a span's element access checks one index, a matrix's checks two
    /// against two lengths and multiplies. The row is taken before a loop that may never touch it, so it
    /// must not throw: a row outside the matrix gives an empty span, whose first access throws
    /// <see cref="IndexOutOfRangeException"/> as indexing the matrix would; so does a null matrix's
    /// (indexing it would throw <see cref="NullReferenceException"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The matrix does not start at index 0 in both dimensions.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<T> Row<T>(T[,]? matrix, int row)
    {
        if (matrix is null)
        {
            return Span<T>.Empty;
        }
        if (matrix.GetLowerBound(0) != 0 || matrix.GetLowerBound(1) != 0)
        {
            ThrowNotZeroBased(matrix);
        }
        if ((uint)row >= (uint)matrix.GetLength(0))
        {
            return Span<T>.Empty;
        }
        int columns = matrix.GetLength(1);
        ref T first = ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(matrix));
        return MemoryMarshal.CreateSpan(ref Unsafe.Add(ref first, row * columns), columns);
    }

    /// <summary>
    /// <c>target[targetStart + k] += scale * source[sourceStart + k]</c> for k in [0, count), in vector
    /// registers: a reverse sweep's loop that adds a multiple of one array into another. Each element gets
    /// the same multiply and add as in the loop, so the result is the same to the last bit. A range
    /// outside either array throws <see cref="IndexOutOfRangeException"/>, as the loop would, but before
    /// changing anything. The generated loops it replaces ran backwards; when both arrays are the same,
    /// it runs backwards too, one element at a time.
    /// </summary>
    public static void AddScaled(double[] target, int targetStart, double scale, double[] source, int sourceStart, int count)
    {
        if (count <= 0)
        {
            return;
        }
        if ((uint)targetStart > (uint)target.Length || (uint)count > (uint)(target.Length - targetStart)
            || (uint)sourceStart > (uint)source.Length || (uint)count > (uint)(source.Length - sourceStart))
        {
            throw new IndexOutOfRangeException();
        }
        if (ReferenceEquals(target, source))
        {
            // One array both ways: the loop's own order (it ran backwards), element by element.
            for (int j = count - 1; j >= 0; j--)
            {
                target[targetStart + j] += scale * source[sourceStart + j];
            }
            return;
        }
        Span<double> into = target.AsSpan(targetStart, count);
        ReadOnlySpan<double> from = source.AsSpan(sourceStart, count);
        int k = 0;
        if (Vector.IsHardwareAccelerated && count >= Vector<double>.Count)
        {
            var factor = new Vector<double>(scale);
            for (; k <= count - Vector<double>.Count; k += Vector<double>.Count)
            {
                (new Vector<double>(into[k..]) + (factor * new Vector<double>(from[k..]))).CopyTo(into[k..]);
            }
        }
        for (; k < count; k++)
        {
            into[k] += scale * from[k];
        }
    }

    private static void ThrowNotZeroBased(Array matrix) => throw new ArgumentException(
        $"Differentiated code indexes matrices from 0, but this one starts at [{matrix.GetLowerBound(0)}, {matrix.GetLowerBound(1)}].", nameof(matrix));

    private static string Shape(double[,] matrix) => $"{matrix.GetLength(0)}×{matrix.GetLength(1)}";
}
