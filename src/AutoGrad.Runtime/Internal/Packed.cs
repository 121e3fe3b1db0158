using System;
using System.ComponentModel;

namespace AutoGrad.Internal;

/// <summary>
/// Called by generated <c>FHessian</c> adapters, which view a method's differentiable inputs (scalars and
/// vectors, in parameter order) as one packed vector. Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Packed
{
    /// <summary>Sets <paramref name="tangent"/> to the unit vector of packed position <paramref name="j"/>: the input starts at <paramref name="offset"/>.</summary>
    public static void Unit(double[] tangent, int j, int offset)
    {
        Array.Clear(tangent, 0, tangent.Length);
        if (j >= offset && j - offset < tangent.Length)
        {
            tangent[j - offset] = 1.0;
        }
    }

    /// <summary>The tangent of a scalar input at packed position <paramref name="offset"/>, in the direction of packed position <paramref name="j"/>.</summary>
    public static double Unit(int j, int offset) => j == offset ? 1.0 : 0.0;

    /// <summary>Copies <paramref name="values"/> into column <paramref name="j"/> of <paramref name="matrix"/>, from row <paramref name="offset"/>.</summary>
    public static void Column(double[,] matrix, int j, int offset, double[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            matrix[offset + i, j] = values[i];
        }
    }

    /// <summary>Clears an adjoint array before the next column's sweep.</summary>
    public static void Clear(double[] adjoint) => Array.Clear(adjoint, 0, adjoint.Length);
}
