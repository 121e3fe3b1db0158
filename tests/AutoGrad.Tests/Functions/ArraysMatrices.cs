using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Matrices (<c>double[,]</c>) and jagged arrays (<c>double[][]</c>): reads, local matrices, calls, returns.</summary>
public static partial class ArraysMatrices
{
    /// <summary>A·x, a matrix–vector product returning a vector.</summary>
    [Differentiable]
    public static double[] MatVec(double[,] a, double[] x)
    {
        int m = a.GetLength(0);
        int n = a.GetLength(1);
        var y = new double[m];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                y[i] += a[i, j] * x[j];
            }
        }
        return y;
    }

    /// <summary>½‖A·x − b‖², through a call that passes the matrix on.</summary>
    [Differentiable]
    public static double LeastSquares(double[,] a, double[] x, [NoDerivative] double[] b)
    {
        double[] r = MatVec(a, x);
        double s = 0.0;
        for (int i = 0; i < r.Length; i++)
        {
            double d = r[i] - b[i];
            s += d * d;
        }
        return 0.5 * s;
    }

    /// <summary>
    /// Builds the Gram matrix G = AᵀA in a local matrix by repeated += into the same elements, squashes
    /// every element in place with tanh (overwriting each one), and returns Σ G[i,j]·(i+1).
    /// </summary>
    [Differentiable]
    public static double GramSquash(double[,] a)
    {
        int m = a.GetLength(0);
        int n = a.GetLength(1);
        var g = new double[n, n];
        for (int k = 0; k < m; k++)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    g[i, j] += a[k, i] * a[k, j];
                }
            }
        }
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                g[i, j] = Math.Tanh(g[i, j]);
            }
        }
        double s = 0.0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                s += g[i, j] * (i + 1);
            }
        }
        return s;
    }

    /// <summary>Returns a new matrix, sin(A) elementwise times s, from a clone updated in place.</summary>
    [Differentiable]
    public static double[,] ScaledSine(double[,] a, double s)
    {
        double[,] b = (double[,])a.Clone();
        for (int i = 0; i < b.GetLength(0); i++)
        {
            for (int j = 0; j < b.GetLength(1); j++)
            {
                b[i, j] = s * Math.Sin(b[i, j]);
            }
        }
        return b;
    }

    /// <summary>Σᵢ wᵢ·‖rowᵢ‖ over a jagged array whose rows differ in length; rows go to a differentiable callee.</summary>
    [Differentiable]
    public static double JaggedNorms(double[][] rows, double[] w)
    {
        double s = 0.0;
        for (int i = 0; i < rows.Length; i++)
        {
            s += w[i] * Norm(rows[i]);
        }
        return s + rows[0][0] * rows[rows.Length - 1][rows[rows.Length - 1].Length - 1];
    }

    [Differentiable]
    public static double Norm(double[] v)
    {
        double s = 0.0;
        foreach (double e in v)
        {
            s += e * e;
        }
        return Math.Sqrt(s);
    }

    /// <summary>
    /// The loss of a two-layer network with matrix weights: tanh hidden layer, softmax output, mean
    /// cross-entropy over the rows of <paramref name="inputs"/>.
    /// </summary>
    [Differentiable]
    public static double MlpLoss(double[,] w1, double[] b1, double[,] w2, double[] b2, [NoDerivative] double[,] inputs, [NoDerivative] int[] labels)
    {
        int samples = inputs.GetLength(0);
        int features = inputs.GetLength(1);
        int hidden = w1.GetLength(0);
        int classes = w2.GetLength(0);
        var h = new double[hidden];
        var z = new double[classes];
        double loss = 0.0;
        for (int s = 0; s < samples; s++)
        {
            for (int j = 0; j < hidden; j++)
            {
                double sum = b1[j];
                for (int k = 0; k < features; k++)
                {
                    sum += w1[j, k] * inputs[s, k];
                }
                h[j] = Math.Tanh(sum);
            }
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                double sum = b2[c];
                for (int j = 0; j < hidden; j++)
                {
                    sum += w2[c, j] * h[j];
                }
                z[c] = sum;
                max = Math.Max(max, sum);
            }
            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                total += Math.Exp(z[c] - max);
            }
            loss += Math.Log(total) + max - z[labels[s]];
        }
        return loss / samples;
    }

    /// <summary>xᵀA x + Σ A[i,j]³: second order through a matrix.</summary>
    [Differentiable(Order = 2)]
    public static double CubicForm(double[,] a, double[] x)
    {
        double s = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                s += x[i] * a[i, j] * x[j] + a[i, j] * a[i, j] * a[i, j];
            }
        }
        return s;
    }
}
