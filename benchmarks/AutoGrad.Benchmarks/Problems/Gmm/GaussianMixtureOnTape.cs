using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.Gmm;

/// <summary>
/// <see cref="GaussianMixture.Objective"/> over <see cref="Var"/>, line for line. The work arrays are
/// kept between calls, as a tape user timing repeated gradients would keep them.
/// </summary>
public sealed class GaussianMixtureOnTape
{
    private readonly Var[,] _qDiagonals;
    private readonly Var[] _sumQs;
    private readonly Var[] _centered;
    private readonly Var[] _qCentered;
    private readonly Var[] _mainTerms;

    public GaussianMixtureOnTape(int d, int k)
    {
        _qDiagonals = new Var[k, d];
        _sumQs = new Var[k];
        _centered = new Var[d];
        _qCentered = new Var[d];
        _mainTerms = new Var[k];
    }

    public Var Objective(Var[] alphas, Var[,] means, Var[,] icf, double[,] x, double gamma, int m)
    {
        int k = alphas.Length;
        int d = means.GetLength(1);
        int n = x.GetLength(0);
        Var[,] qDiagonals = _qDiagonals;
        Var[] sumQs = _sumQs, centered = _centered, qCentered = _qCentered, mainTerms = _mainTerms;

        for (int c = 0; c < k; c++)
        {
            Var sum = 0;
            for (int j = 0; j < d; j++)
            {
                sum += icf[c, j];
                qDiagonals[c, j] = Var.Exp(icf[c, j]);
            }
            sumQs[c] = sum;
        }

        Var sumOfLogSumExps = 0;
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < k; c++)
            {
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
                Var squaredNorm = 0;
                for (int j = 0; j < d; j++)
                {
                    squaredNorm += qCentered[j] * qCentered[j];
                }
                mainTerms[c] = alphas[c] + sumQs[c] - 0.5 * squaredNorm;
            }
            sumOfLogSumExps += LogSumExp(mainTerms);
        }

        int icfSize = icf.GetLength(1);
        Var prior = 0;
        for (int c = 0; c < k; c++)
        {
            Var frobenius = 0;
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

        return GaussianMixture.Constant(d, k, n, gamma, m) + sumOfLogSumExps - n * LogSumExp(alphas) + prior;
    }

    private static Var LogSumExp(Var[] z)
    {
        Var largest = z[0];
        for (int i = 1; i < z.Length; i++)
        {
            largest = Var.Max(largest, z[i]);
        }
        Var sum = 0;
        for (int i = 0; i < z.Length; i++)
        {
            sum += Var.Exp(z[i] - largest);
        }
        return Var.Log(sum) + largest;
    }
}
