using System;
using System.Linq;
using System.Text.Json.Nodes;
using AutoGrad.GradBench.Evals;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>gmm: the objective against the log posterior computed from its densities, the jacobian against central differences.</summary>
public sealed class GmmTests
{
    private const int D = 2, K = 3, N = 6;
    private const double Gamma = 1.3;
    private readonly Random random = new(5);
    private readonly object input;
    private readonly double[] alpha;
    private readonly double[][] mu, q, l, x;

    public GmmTests()
    {
        alpha = Inputs.Vector(random, K);
        mu = Inputs.Rows(random, K, D);
        q = Inputs.Rows(random, K, D, -0.5, 0.5);
        l = Inputs.Rows(random, K, D * (D - 1) / 2);
        x = Inputs.Rows(random, N, D);
        input = new { d = D, k = K, n = N, x, m = 0, gamma = Gamma, alpha, mu, q, l };
    }

    [Fact]
    public void Objective_is_the_log_of_likelihood_times_Wishart_prior()
    {
        double objective = Inputs.Run<double>(new GmmEval(), "objective", input);
        Inputs.Close(LogPosteriorFromDensities(), objective, "log posterior");
        Inputs.Close(objective, Inputs.Run<double>(new GmmEval(), "objective", input, multithreaded: true), "multithreaded");
    }

    [Fact]
    public void Jacobian_matches_central_differences_and_the_multithreaded_one()
    {
        double[] gradient = Flatten(Inputs.Output(new GmmEval(), "jacobian", input));
        double[] point = Inputs.Flat(alpha, Inputs.Flat(mu), Inputs.Flat(q), Inputs.Flat(l));
        Inputs.MatchesDifferences(p =>
        {
            int offset = K;
            double[][] m = Inputs.Unflat(p, ref offset, mu), qs = Inputs.Unflat(p, ref offset, q), ls = Inputs.Unflat(p, ref offset, l);
            return Gmm.LogPosterior(p[..K], m, qs, ls, x, 0, Gamma);
        }, point, gradient);
        Inputs.Close(gradient, Flatten(Inputs.Output(new GmmEval(), "jacobian", input, multithreaded: true)), "multithreaded", 1e-12);
    }

    private static double[] Flatten(JsonNode output) => Inputs.Flat(
        Inputs.Vector(output["alpha"]), Inputs.Flat(Inputs.Rows(output["mu"])), Inputs.Flat(Inputs.Rows(output["q"])), Inputs.Flat(Inputs.Rows(output["l"])));

    // log(Πᵢ Σₖ φₖ N(xᵢ; μₖ, Σₖ) · Πₖ W(Σₖ⁻¹; γ⁻²I, 3)) for D = 2, m = 0, written from the densities.
    private double LogPosteriorFromDensities()
    {
        double[] phi = alpha.Select(Math.Exp).ToArray();
        double total = phi.Sum();
        double likelihood = 1;
        for (int i = 0; i < N; i++)
        {
            double mixture = 0;
            for (int k = 0; k < K; k++)
            {
                double[,] precision = Precision(k);
                double u = x[i][0] - mu[k][0], v = x[i][1] - mu[k][1];
                double form = precision[0, 0] * u * u + 2 * precision[0, 1] * u * v + precision[1, 1] * v * v;
                double det = precision[0, 0] * precision[1, 1] - precision[0, 1] * precision[1, 0];
                mixture += phi[k] / total * Math.Exp(-0.5 * form) / Math.Sqrt(Math.Pow(2 * Math.PI, D) / det);
            }
            likelihood *= mixture;
        }
        double prior = 1;
        const int degrees = D + 1;             // n = D + m + 1
        const double multivariateGamma = Math.PI / 2;   // Γ₂(3/2) = √π Γ(3/2) Γ(1)
        for (int k = 0; k < K; k++)
        {
            double[,] precision = Precision(k);
            double det = precision[0, 0] * precision[1, 1] - precision[0, 1] * precision[1, 0];
            double trace = Gamma * Gamma * (precision[0, 0] + precision[1, 1]);
            double detV = Math.Pow(Gamma, -2 * D);
            prior *= Math.Pow(det, (degrees - D - 1) / 2.0) * Math.Exp(-trace / 2)
                / (Math.Pow(2, degrees * D / 2.0) * Math.Pow(detV, degrees / 2.0) * multivariateGamma);
        }
        return Math.Log(likelihood * prior);
    }

    // QᵀQ with Q = [[e^q₀, 0], [l₀, e^q₁]].
    private double[,] Precision(int k)
    {
        double a = Math.Exp(q[k][0]), b = l[k][0], c = Math.Exp(q[k][1]);
        return new[,] { { a * a + b * b, b * c }, { b * c, c * c } };
    }
}
