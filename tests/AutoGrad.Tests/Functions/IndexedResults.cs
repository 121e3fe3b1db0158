using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Elements of arrays that are computed in place, not first stored in a local: each carries its derivative.</summary>
public static partial class IndexedResults
{
    /// <summary>The max-shifted softmax.</summary>
    [Differentiable(Order = 2)]
    public static double[] Softmax(double[] v)
    {
        double max = v[0];
        for (int i = 1; i < v.Length; i++)
        {
            max = Math.Max(max, v[i]);
        }
        var e = new double[v.Length];
        double sum = 0;
        for (int i = 0; i < v.Length; i++)
        {
            e[i] = Math.Exp(v[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < v.Length; i++)
        {
            e[i] /= sum;
        }
        return e;
    }

    /// <summary>Cross-entropy of class 0, the call indexed where it is made.</summary>
    [Differentiable(Order = 2)]
    public static double Loss(double[] w) => -Math.Log(Softmax(w)[0]);

    /// <summary>The last probability: the call's result indexed by its own length.</summary>
    [Differentiable(Order = 2)]
    public static double Last(double[] w) => Softmax(w)[Softmax(w).Length - 1] * w[0];

    /// <summary>An element of a choice between two arrays.</summary>
    [Differentiable(Order = 2)]
    public static double Chosen(double[] a, double[] b, bool first) => (first ? a : b)[1] * a[0];

    /// <summary>The outer product x·xᵀ.</summary>
    [Differentiable(Order = 2)]
    public static double[,] Outer(double[] x)
    {
        var m = new double[x.Length, x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                m[i, j] = x[i] * x[j];
            }
        }
        return m;
    }

    /// <summary>An element of a returned matrix, in a sum with another call inside the index.</summary>
    [Differentiable(Order = 2)]
    public static double OuterElement(double[] x) => Outer(x)[0, 1] + Math.Sin(Outer(x)[1, 1]);
}
