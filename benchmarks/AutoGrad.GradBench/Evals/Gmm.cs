using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>gmm</c>: the log posterior of a Gaussian mixture with a Wishart prior, in the form its
/// README ends with: −N(D/2·log 2π + lse(α)) + Σᵢ lse(βᵢ) + K(nD·log(γ/√2) − log Γ_D(n/2))
/// − γ²/2·Σₖ‖Qₖ‖²_F + m·Σₖⱼ qₖⱼ, with βᵢₖ = αₖ + Σⱼ qₖⱼ − ½‖Qₖ(xᵢ − μₖ)‖² and n = D + m + 1.
/// Qₖ is lower triangular: exp(qₖ) on the diagonal, lₖ below it column by column.
/// </summary>
public static partial class Gmm
{
    [Differentiable]
    public static double LogPosterior(
        double[] alpha, double[][] mu, double[][] q, double[][] l, [NoDerivative] double[][] x, int m, [NoDerivative] double gamma) =>
        DataTerm(alpha, mu, q, l, x, 0, x.Length) + ModelTerm(alpha, q, l, x.Length, m, gamma);

    /// <summary>Σᵢ lse(βᵢ) over the points i in [start, end): the part of the objective that grows with the data.</summary>
    [Differentiable]
    public static double DataTerm(double[] alpha, double[][] mu, double[][] q, double[][] l, [NoDerivative] double[][] x, int start, int end)
    {
        int k = alpha.Length;
        int d = q[0].Length;
        // Q's diagonal and log det Q, once per component.
        var diagonal = new double[k, d];
        var logDet = new double[k];
        for (int c = 0; c < k; c++)
        {
            double sum = 0;
            for (int j = 0; j < d; j++)
            {
                diagonal[c, j] = Math.Exp(q[c][j]);
                sum += q[c][j];
            }
            logDet[c] = sum;
        }

        var centered = new double[d];
        var product = new double[d];
        var beta = new double[k];
        double total = 0;
        for (int i = start; i < end; i++)
        {
            for (int c = 0; c < k; c++)
            {
                for (int j = 0; j < d; j++)
                {
                    centered[j] = x[i][j] - mu[c][j];
                    product[j] = diagonal[c, j] * centered[j];
                }
                int entry = 0;
                for (int column = 0; column < d; column++)
                {
                    for (int row = column + 1; row < d; row++)
                    {
                        product[row] += l[c][entry] * centered[column];
                        entry++;
                    }
                }
                double squaredNorm = 0;
                for (int j = 0; j < d; j++)
                {
                    squaredNorm += product[j] * product[j];
                }
                beta[c] = alpha[c] + logDet[c] - 0.5 * squaredNorm;
            }
            total += Lse.LogSumExp(beta);
        }
        return total;
    }

    /// <summary>The terms that do not depend on the data points: the weights' normalization and the Wishart prior.</summary>
    [Differentiable]
    public static double ModelTerm(double[] alpha, double[][] q, double[][] l, int points, int m, [NoDerivative] double gamma)
    {
        int k = alpha.Length;
        int d = q[0].Length;
        double prior = 0;
        for (int c = 0; c < k; c++)
        {
            double frobenius = 0;
            double logDet = 0;
            for (int j = 0; j < d; j++)
            {
                double diagonal = Math.Exp(q[c][j]);
                frobenius += diagonal * diagonal;
                logDet += q[c][j];
            }
            for (int e = 0; e < l[c].Length; e++)
            {
                frobenius += l[c][e] * l[c][e];
            }
            prior += m * logDet - 0.5 * gamma * gamma * frobenius;
        }
        return -points * (0.5 * d * Math.Log(2 * Math.PI) + Lse.LogSumExp(alpha)) + prior + k * WishartConstant(d, m, gamma);
    }

    /// <summary>nD·log(γ/√2) − log Γ_D(n/2) with n = D + m + 1: no parameter in it, so an ordinary method.</summary>
    public static double WishartConstant(int d, int m, double gamma)
    {
        int n = d + m + 1;
        double logMultivariateGamma = 0.25 * d * (d - 1) * Math.Log(Math.PI);
        for (int j = 1; j <= d; j++)
        {
            logMultivariateGamma += LogGammaOfHalf(n + 1 - j);
        }
        return n * d * Math.Log(gamma / Math.Sqrt(2)) - logMultivariateGamma;
    }

    // log Γ(t/2) for a whole t ≥ 1, from Γ(1) = 1, Γ(½) = √π and Γ(a + 1) = aΓ(a): .NET has no log-gamma.
    private static double LogGammaOfHalf(int t)
    {
        double value = t % 2 == 0 ? 0 : 0.5 * Math.Log(Math.PI);
        for (int twice = 2 - t % 2; twice < t; twice += 2)
        {
            value += Math.Log(twice / 2.0);
        }
        return value;
    }
}

/// <summary>The <c>gmm</c> eval's functions: <c>objective</c> and <c>jacobian</c> (the gradient in α, μ, q, l).</summary>
public sealed class GmmEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double[] alpha = Json.Vector(input.GetProperty("alpha"));
        double[][] mu = Json.Rows(input.GetProperty("mu"));
        double[][] q = Json.Rows(input.GetProperty("q"));
        double[][] l = Json.Rows(input.GetProperty("l"));
        double[][] x = Json.Rows(input.GetProperty("x"));
        int m = input.GetProperty("m").GetInt32();
        double gamma = input.GetProperty("gamma").GetDouble();
        return function switch
        {
            "objective" when multithreaded => Evaluation.Of(() =>
                ParallelSum.Value(x.Length, (start, end) => Gmm.DataTerm(alpha, mu, q, l, x, start, end))
                + Gmm.ModelTerm(alpha, q, l, x.Length, m, gamma), Json.Node),
            "objective" => Evaluation.Of(() => Gmm.LogPosterior(alpha, mu, q, l, x, m, gamma), Json.Node),
            "jacobian" => Evaluation.Of(() =>
            {
                var g = new Gradient(new double[alpha.Length], Json.ZerosLike(mu), Json.ZerosLike(q), Json.ZerosLike(l));
                if (multithreaded)
                {
                    ParallelSum.Gradient(x.Length, (start, end, a) => Gmm.DataTermAdjoint(
                        alpha, (double[])a[0], mu, (double[][])a[1], q, (double[][])a[2], l, (double[][])a[3], x, start, end),
                        [g.Alpha, g.Mu, g.Q, g.L]);
                    Gmm.ModelTermAdjoint(alpha, g.Alpha, q, g.Q, l, g.L, x.Length, m, gamma);
                }
                else
                {
                    Gmm.LogPosteriorAdjoint(alpha, g.Alpha, mu, g.Mu, q, g.Q, l, g.L, x, m, gamma);
                }
                return g;
            }, g => new JsonObject { ["alpha"] = Json.Node(g.Alpha), ["mu"] = Json.Node(g.Mu), ["q"] = Json.Node(g.Q), ["l"] = Json.Node(g.L) }),
            _ => throw Json.UnknownFunction("gmm", function),
        };
    }

    private sealed record Gradient(double[] Alpha, double[][] Mu, double[][] Q, double[][] L);
}
