namespace AutoGrad.Tests.Support;

/// <summary>Matrices and jagged arrays as flat vectors and back, so finite differences can perturb one element at a time.</summary>
internal static class Shapes
{
    public static double[] Flatten(double[,] matrix)
    {
        var flat = new double[matrix.Length];
        int k = 0;
        foreach (double value in matrix)
        {
            flat[k++] = value;
        }
        return flat;
    }

    public static double[] Flatten(double[][] rows)
    {
        int count = 0;
        foreach (double[] row in rows)
        {
            count += row.Length;
        }
        var flat = new double[count];
        int k = 0;
        foreach (double[] row in rows)
        {
            row.CopyTo(flat, k);
            k += row.Length;
        }
        return flat;
    }

    public static double[,] Matrix(double[] flat, int rows, int columns, int offset = 0)
    {
        var matrix = new double[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                matrix[i, j] = flat[offset + (i * columns) + j];
            }
        }
        return matrix;
    }

    /// <summary>Rows of the given lengths, filled from <paramref name="flat"/> in order.</summary>
    public static double[][] Jagged(double[] flat, int[] lengths)
    {
        var rows = new double[lengths.Length][];
        int k = 0;
        for (int i = 0; i < lengths.Length; i++)
        {
            rows[i] = flat[k..(k + lengths[i])];
            k += lengths[i];
        }
        return rows;
    }

    public static double[][] ZerosLike(int[] lengths)
    {
        var rows = new double[lengths.Length][];
        for (int i = 0; i < lengths.Length; i++)
        {
            rows[i] = new double[lengths[i]];
        }
        return rows;
    }
}
