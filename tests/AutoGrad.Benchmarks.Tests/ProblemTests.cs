using System;
using AutoGrad.Benchmarks.Problems.BlackScholes;
using AutoGrad.Benchmarks.Problems.Gmm;
using AutoGrad.Benchmarks.Problems.LotkaVolterra;
using AutoGrad.Benchmarks.Problems.Mlp;
using AutoGrad.Benchmarks.Problems.Rosenbrock;
using AutoGrad.Benchmarks.Tape;
using Xunit;

namespace AutoGrad.Benchmarks.Tests;

/// <summary>
/// Before any timing matters: on every problem, the hand-written gradient, the generated adjoint, the
/// tape and the generated tangent sweeps agree to rounding, and central differences agree with them.
/// </summary>
public sealed class ProblemTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(1_000)]
    public void Rosenbrock_gradients_agree(int n)
    {
        var problem = new RosenbrockProblem(n);
        double[] reference = ProblemChecks.ExactMethodsAgree(problem);
        (_, double[] numeric) = ProblemChecks.Run(problem, () => { problem.FiniteDifferences(); return 0; });
        GradientAssert.Close(reference, numeric, GradientAssert.FiniteDifference, "finite differences");
        ProblemChecks.Check(problem, problem.HandWrittenAccumulating, problem.Primal(), reference, "hand-written, accumulating");
    }

    [Fact]
    public void Rosenbrock_hand_written_gradient_matches_the_formula_at_the_classic_start()
    {
        // At (−1.2, 1): ∂/∂x = −2(1 − x) − 400x(y − x²) = −215.6, ∂/∂y = 200(y − x²) = −88.
        var problem = new RosenbrockProblem(2);
        problem.HandWritten();
        GradientAssert.Close(new[] { -215.6, -88.0 }, problem.Gradient, GradientAssert.Exact, "hand-written");
    }

    [Fact]
    public void Black_Scholes_gradients_agree()
    {
        var problem = new BlackScholesProblem();
        double[] reference = ProblemChecks.ExactMethodsAgree(problem);
        // Φ′ = φ supplied: the same gradient as the hand-written one, which uses it too.
        ProblemChecks.Check(problem, problem.GeneratedAdjointWithKnownDensity, problem.Primal(), reference, "generated adjoint with Φ′ = φ");
        (_, double[] numeric) = ProblemChecks.Run(problem, () => { problem.FiniteDifferences(); return 0; });
        GradientAssert.Close(reference, numeric, GradientAssert.FiniteDifference, "finite differences");
    }

    [Fact]
    public void Lotka_Volterra_gradients_agree()
    {
        var problem = new LotkaVolterraProblem();
        double[] reference = ProblemChecks.ExactMethodsAgree(problem);
        (_, double[] numeric) = ProblemChecks.Run(problem, () => { problem.FiniteDifferences(); return 0; });
        GradientAssert.Close(reference, numeric, GradientAssert.FiniteDifference, "finite differences");
    }

    [Fact]
    public void Mlp_gradients_agree()
    {
        var problem = new MlpProblem();
        double[] reference = ProblemChecks.ExactMethodsAgree(problem, hasTangent: false);
        // 28,436 evaluations for the full central-difference gradient would take too long: check a
        // spread of components from every block of θ instead.
        var random = new Random(3);
        foreach (int block in new[] { Classifier.W1, Classifier.B1, Classifier.W2, Classifier.B2 })
        {
            int size = block == Classifier.W1 ? Classifier.B1 - Classifier.W1
                : block == Classifier.B1 ? Classifier.W2 - Classifier.B1
                : block == Classifier.W2 ? Classifier.B2 - Classifier.W2
                : Classifier.ParameterCount - Classifier.B2;
            for (int sample = 0; sample < 4; sample++)
            {
                int i = block + random.Next(size);
                GradientAssert.Close(reference[i], problem.FiniteDifference(i), GradientAssert.FiniteDifference, $"finite difference, θ[{i}]");
            }
        }
    }

    [Fact]
    public void Mlp_forward_mode_is_not_offered()
    {
        Assert.Throws<NotSupportedException>(() => new MlpProblem().GeneratedTangent());
    }

    [Fact]
    public void Gmm_gradients_agree_on_a_small_instance()
    {
        // m ≠ 0 and γ ≠ 1, unlike ADBench's instances, so the prior's −m·Σq and γ² terms are checked too.
        var problem = new GmmProblem(d: 3, k: 4, n: 20, gamma: 0.5, m: 3);
        double[] reference = ProblemChecks.ExactMethodsAgree(problem);
        (_, double[] numeric) = ProblemChecks.Run(problem, () => { problem.FiniteDifferences(); return 0; });
        GradientAssert.Close(reference, numeric, GradientAssert.FiniteDifference, "finite differences");
    }

    [Fact]
    public void Gmm_gradients_agree_at_ADBench_size()
    {
        // Central differences are left to the small instance: with the objective near 10⁵, their
        // rounding error (≈ ε·|f|/h ≈ 4e-6) would exceed the tolerance on the smaller partials.
        ProblemChecks.ExactMethodsAgree(new GmmProblem(), hasTangent: false);
    }

    [Theory]
    [InlineData(10, 25, 1_000, 1.0, 0, -7256.412766641967)]
    [InlineData(3, 4, 20, 0.5, 3, 47.783826686888894)]
    public void Gmm_constant_matches_ADBench_normalizers(int d, int k, int n, double gamma, int m, double expected)
    {
        // Expected: −(nd/2)·log 2π − k·(N·d·(log γ − ½ log 2) − multigammaln(N/2, d)), N = d + m + 1,
        // with multigammaln from Python's math.lgamma.
        GradientAssert.Close(expected, GaussianMixture.Constant(d, k, n, gamma, m), 1e-13, "constant");
    }

    [Fact]
    public void Tape_records_58_operations_of_32_bytes_each_per_RK4_step()
    {
        // RESULTS.md quotes these numbers for the tape's memory per step: a 24-byte node and an 8-byte adjoint.
        Assert.Equal(58, LotkaVolterraProblem.TapeNodesPerStep());
        Assert.Equal(32, ReverseTape.BytesPerNode);
    }
}
