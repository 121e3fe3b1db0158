using System;
using System.Globalization;
using Xunit.Sdk;

namespace AutoGrad.Tests.Support;

/// <summary>Element-by-element comparisons of matrices and vectors that name the first element that is off.</summary>
internal static class Matrices
{
    public static void Equal(double[,] expected, double[,] actual, string what, double relative = Approx.Tight, double absolute = Approx.Ulps)
    {
        if (expected.GetLength(0) != actual.GetLength(0) || expected.GetLength(1) != actual.GetLength(1))
        {
            throw new XunitException(string.Create(CultureInfo.InvariantCulture,
                $"{what}: expected {expected.GetLength(0)}×{expected.GetLength(1)}, actual {actual.GetLength(0)}×{actual.GetLength(1)}"));
        }
        for (int i = 0; i < expected.GetLength(0); i++)
        {
            for (int j = 0; j < expected.GetLength(1); j++)
            {
                Approx.Equal(expected[i, j], actual[i, j], $"{what} [{i}, {j}]", relative, absolute);
            }
        }
    }

    public static void Equal(double[] expected, double[] actual, string what, double relative = Approx.Tight, double absolute = Approx.Ulps)
    {
        if (expected.Length != actual.Length)
        {
            throw new XunitException($"{what}: expected length {expected.Length}, actual {actual.Length}");
        }
        for (int i = 0; i < expected.Length; i++)
        {
            Approx.Equal(expected[i], actual[i], $"{what} [{i}]", relative, absolute);
        }
    }

    /// <summary>A·v.</summary>
    public static double[] Multiply(double[,] a, double[] v)
    {
        var product = new double[a.GetLength(0)];
        for (int i = 0; i < product.Length; i++)
        {
            for (int j = 0; j < v.Length; j++)
            {
                product[i] += a[i, j] * v[j];
            }
        }
        return product;
    }

    /// <summary>Aᵀ·s.</summary>
    public static double[] MultiplyTransposed(double[,] a, double[] s)
    {
        var product = new double[a.GetLength(1)];
        for (int j = 0; j < product.Length; j++)
        {
            for (int i = 0; i < s.Length; i++)
            {
                product[j] += a[i, j] * s[i];
            }
        }
        return product;
    }

    /// <summary>Reproducible test data in [-1, 1).</summary>
    public static double[] Random(int n, int seed)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = (2 * random.NextDouble()) - 1;
        }
        return values;
    }
}
