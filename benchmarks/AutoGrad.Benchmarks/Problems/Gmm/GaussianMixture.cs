using System;

namespace AutoGrad.Benchmarks.Problems.Gmm;

/// <summary>
/// ADBench's GMM objective (Srajer, Kukelova and Fitzgibbon 2018, section 4.1; <c>gmm_objective</c> in
/// ADBench's <c>src/cpp/shared/gmm.h</c>): the log-likelihood of n points under a mixture of k Gaussians
/// in d dimensions, plus a Wishart term on the precision matrices.
/// </summary>
/// <remarks>
/// Component c has log-weight α_c (unnormalized), mean μ_c (row c of <c>means</c>) and precision
/// QᵀQ, where Q is lower triangular: row c of <c>icf</c> holds first the logarithms q of Q's diagonal
/// and then Q's strictly lower triangle L column by column, d(d + 1)/2 entries in all. The objective is
/// Σᵢ logsumexp_c(α_c + Σq_c − ½‖Q_c(xᵢ − μ_c)‖²) − n·logsumexp(α)
/// + Σ_c (½γ²(‖exp q_c‖² + ‖L_c‖²) − m·Σq_c) + <see cref="Constant"/>.
/// The Wishart term has the sign of ADBench's C++ reference: a negative log-prior added to a
/// log-likelihood. GradBench's port negates it to make a log-posterior; the gradient costs the same
/// either way. The code follows ADBench's loops, so that what is differentiated is what a user porting
/// it writes.
/// </remarks>
public static partial class GaussianMixture
{
    /// <summary>The objective at log-weights α (k), means (k × d) and inverse Cholesky factors (k × d(d + 1)/2).</summary>
    /// <param name="x">The data, one point per row (n × d).</param>
    /// <param name="gamma">The Wishart prior's scale γ.</param>
    /// <param name="m">The Wishart prior's extra degrees of freedom (degrees of freedom d + m + 1).</param>
    [Differentiable]
    public static double Objective(
        double[] alphas, double[,] means, double[,] icf, [NoDerivative] double[,] x, [NoDerivative] double gamma, int m)
    {
        int k = alphas.Length;
        int d = means.GetLength(1);
        int n = x.GetLength(0);

        // Q's diagonal exp(q) and log det Q = Σq, once per component (ADBench's preprocess_qs).
        var qDiagonals = new double[k, d];
        var sumQs = new double[k];
        for (int c = 0; c < k; c++)
        {
            double sum = 0;
            for (int j = 0; j < d; j++)
            {
                sum += icf[c, j];
                qDiagonals[c, j] = Math.Exp(icf[c, j]);
            }
            sumQs[c] = sum;
        }

        var centered = new double[d];
        var qCentered = new double[d];
        var mainTerms = new double[k];
        double sumOfLogSumExps = 0;
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < k; c++)
            {
                // Q(x − μ): the diagonal, then the strictly lower triangle column by column (ADBench's Qtimesx).
                for (int j = 0; j < d; j++)
                {
                    centered[j] = x[i, j] - means[c, j];
                    qCentered[j] = qDiagonals[c, j] * centered[j];
                }
                int entry = d;
                for (int column = 0; column < d; column++)
                {
                    for (int row = column + 1; row < d; row++)
                    {
                        qCentered[row] += icf[c, entry] * centered[column];
                        entry++;
                    }
                }
                double squaredNorm = 0;
                for (int j = 0; j < d; j++)
                {
                    squaredNorm += qCentered[j] * qCentered[j];
                }
                mainTerms[c] = alphas[c] + sumQs[c] - 0.5 * squaredNorm;
            }
            sumOfLogSumExps += LogSumExp(mainTerms);
        }

        // The Wishart term: ½γ²‖Q‖²_F − m·log det Q per component.
        int icfSize = icf.GetLength(1);
        double prior = 0;
        for (int c = 0; c < k; c++)
        {
            double frobenius = 0;
            for (int j = 0; j < d; j++)
            {
                frobenius += qDiagonals[c, j] * qDiagonals[c, j];
            }
            for (int e = d; e < icfSize; e++)
            {
                frobenius += icf[c, e] * icf[c, e];
            }
            prior += 0.5 * gamma * gamma * frobenius - m * sumQs[c];
        }

        return Constant(d, k, n, gamma, m) + sumOfLogSumExps - n * LogSumExp(alphas) + prior;
    }

    /// <summary>log Σ e^(z_i), with the largest z subtracted first so no exponential overflows.</summary>
    [Differentiable]
    public static double LogSumExp(double[] z)
    {
        double largest = z[0];
        for (int i = 1; i < z.Length; i++)
        {
            largest = Math.Max(largest, z[i]);
        }
        double sum = 0;
        for (int i = 0; i < z.Length; i++)
        {
            sum += Math.Exp(z[i] - largest);
        }
        return Math.Log(sum) + largest;
    }

    /// <summary>
    /// The terms of the objective that depend on no parameter: −(nd/2)·log 2π from the Gaussians and
    /// −k·C from the Wishart normalizer, C = Nd(log γ − ½ log 2) − log Γ_d(N/2) with N = d + m + 1.
    /// They do not change the gradient; they are kept so the value is ADBench's. An ordinary method:
    /// its arguments are constants, so AutoGrad calls it as it is.
    /// </summary>
    public static double Constant(int d, int k, int n, double gamma, int m)
    {
        int degrees = d + m + 1;
        double wishartNormalizer = degrees * d * (Math.Log(gamma) - 0.5 * Math.Log(2)) - LogMultivariateGamma(degrees, d);
        return -0.5 * n * d * Math.Log(2 * Math.PI) - k * wishartNormalizer;
    }

    /// <summary>
    /// log Γ_p(N/2) = ¼p(p − 1)·log π + Σ_{j=1..p} log Γ((N + 1 − j)/2). Every argument is a positive
    /// multiple of ½ (N ≥ p + 1), so each Γ follows exactly from Γ(1) = 1, Γ(½) = √π and Γ(a + 1) = aΓ(a):
    /// .NET has no log-gamma function.
    /// </summary>
    private static double LogMultivariateGamma(int degrees, int p)
    {
        double result = 0.25 * p * (p - 1) * Math.Log(Math.PI);
        for (int j = 1; j <= p; j++)
        {
            int twiceArgument = degrees + 1 - j;
            bool whole = twiceArgument % 2 == 0;
            result += whole ? 0 : 0.5 * Math.Log(Math.PI);
            for (double a = whole ? 1 : 0.5; a < 0.5 * twiceArgument; a++)
            {
                result += Math.Log(a);
            }
        }
        return result;
    }
}
