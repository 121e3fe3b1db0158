using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AutoGrad.Benchmarks.Problems.Gmm;

/// <summary>
/// The gradient of <see cref="GaussianMixture.Objective"/>, derived by hand, in one pass over the data:
/// each point goes forward through every component and straight back while its k centered vectors
/// v = x − μ and z = Qv are still in a small pooled buffer, so nothing is stored across points.
/// </summary>
/// <remarks>
/// The adjoint of point i's main term β_c = α_c + Σq_c − ½‖z_c‖² is its softmax weight w_c. Then
/// ∂/∂α_c = Σᵢ w_ic − n·softmax(α)_c;
/// ∂/∂q_cj = Σᵢ w_ic(1 − e^(q_cj)·z_ij·v_ij) + γ²e^(2q_cj) − m;
/// ∂/∂L_c[r, s] = −Σᵢ w_ic·z_ir·v_is + γ²L_c[r, s];
/// ∂/∂μ_c = Q_cᵀ Σᵢ w_ic·z_ic, where Qᵀ is applied once per component after the pass rather than per point.
/// </remarks>
public static class GaussianMixtureByHand
{
    /// <summary>The objective; its gradient is written into the three gradient arrays (shaped like the parameters).</summary>
    public static double Gradient(
        double[] alphas, double[,] means, double[,] icf, double[,] x, double gamma, int m,
        double[] alphasGradient, double[,] meansGradient, double[,] icfGradient)
    {
        int k = alphas.Length, d = means.GetLength(1), n = x.GetLength(0);
        Array.Clear(alphasGradient);
        Array.Clear(meansGradient);
        Array.Clear(icfGradient);
        double[] buffer = ArrayPool<double>.Shared.Rent(k * (3 * d + 2));
        try
        {
            Span<double> qDiagonals = buffer.AsSpan(0, k * d);
            Span<double> centered = buffer.AsSpan(k * d, k * d);
            Span<double> qCentered = buffer.AsSpan(2 * k * d, k * d);
            Span<double> sumQs = buffer.AsSpan(3 * k * d, k);
            Span<double> weights = buffer.AsSpan(3 * k * d + k, k);
            for (int c = 0; c < k; c++)
            {
                ReadOnlySpan<double> factor = Row(icf, c);
                double sum = 0;
                for (int j = 0; j < d; j++)
                {
                    sum += factor[j];
                    qDiagonals[c * d + j] = Math.Exp(factor[j]);
                }
                sumQs[c] = sum;
            }

            double sumOfLogSumExps = 0;
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<double> point = Row(x, i);
                double largest = double.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    ReadOnlySpan<double> mean = Row(means, c), factor = Row(icf, c), diagonal = qDiagonals.Slice(c * d, d);
                    Span<double> v = centered.Slice(c * d, d), z = qCentered.Slice(c * d, d);
                    for (int j = 0; j < d; j++)
                    {
                        v[j] = point[j] - mean[j];
                        z[j] = diagonal[j] * v[j];
                    }
                    int entry = d;
                    for (int column = 0; column < d; column++)
                    {
                        double vColumn = v[column];
                        for (int row = column + 1; row < d; row++)
                        {
                            z[row] += factor[entry++] * vColumn;
                        }
                    }
                    double squaredNorm = 0;
                    for (int j = 0; j < d; j++)
                    {
                        squaredNorm += z[j] * z[j];
                    }
                    double term = alphas[c] + sumQs[c] - 0.5 * squaredNorm;
                    weights[c] = term;
                    largest = Math.Max(largest, term);
                }
                double sumOfExps = 0;
                for (int c = 0; c < k; c++)
                {
                    weights[c] = Math.Exp(weights[c] - largest);
                    sumOfExps += weights[c];
                }
                sumOfLogSumExps += largest + Math.Log(sumOfExps);

                // Straight back: main term c's adjoint is its softmax weight.
                double normalizer = 1 / sumOfExps;
                for (int c = 0; c < k; c++)
                {
                    double w = weights[c] * normalizer;
                    alphasGradient[c] += w;
                    ReadOnlySpan<double> diagonal = qDiagonals.Slice(c * d, d), v = centered.Slice(c * d, d), z = qCentered.Slice(c * d, d);
                    Span<double> meanGradient = Row(meansGradient, c), factorGradient = Row(icfGradient, c);
                    for (int j = 0; j < d; j++)
                    {
                        double wz = w * z[j];
                        meanGradient[j] += wz;
                        factorGradient[j] += w - wz * v[j] * diagonal[j];
                    }
                    int entry = d;
                    for (int column = 0; column < d; column++)
                    {
                        double wv = w * v[column];
                        for (int row = column + 1; row < d; row++)
                        {
                            factorGradient[entry++] -= wv * z[row];
                        }
                    }
                }
            }

            double alphasLogSumExp = GaussianMixture.LogSumExp(alphas);
            double prior = 0;
            double gammaSquared = gamma * gamma;
            for (int c = 0; c < k; c++)
            {
                alphasGradient[c] -= n * Math.Exp(alphas[c] - alphasLogSumExp);

                // Qᵀ on the accumulated Σ w·z, in place: column s reads only rows r > s, not yet overwritten.
                ReadOnlySpan<double> factor = Row(icf, c), diagonal = qDiagonals.Slice(c * d, d);
                Span<double> meanGradient = Row(meansGradient, c), factorGradient = Row(icfGradient, c);
                int entry = d;
                for (int column = 0; column < d; column++)
                {
                    double sum = diagonal[column] * meanGradient[column];
                    for (int row = column + 1; row < d; row++)
                    {
                        sum += factor[entry++] * meanGradient[row];
                    }
                    meanGradient[column] = sum;
                }

                // The Wishart term ½γ²‖Q‖²_F − m·Σq.
                double frobenius = 0;
                for (int j = 0; j < d; j++)
                {
                    double squared = diagonal[j] * diagonal[j];
                    frobenius += squared;
                    factorGradient[j] += gammaSquared * squared - m;
                }
                for (int e = d; e < factor.Length; e++)
                {
                    frobenius += factor[e] * factor[e];
                    factorGradient[e] += gammaSquared * factor[e];
                }
                prior += 0.5 * gammaSquared * frobenius - m * sumQs[c];
            }
            return GaussianMixture.Constant(d, k, n, gamma, m) + sumOfLogSumExps - n * alphasLogSumExp + prior;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Row <paramref name="row"/> of a matrix as a span: rows are contiguous, and spans drop the 2-D bounds checks.</summary>
    private static Span<double> Row(double[,] matrix, int row)
    {
        int columns = matrix.GetLength(1);
        ref double first = ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(matrix));
        return MemoryMarshal.CreateSpan(ref first, matrix.Length).Slice(row * columns, columns);
    }
}
