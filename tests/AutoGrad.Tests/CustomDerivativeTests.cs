using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Hand-written companions: used by differentiable callers in both modes, the missing mode derived
/// from the written one, and second order through hand-written second-order companions.
/// </summary>
public sealed class CustomDerivativeTests
{
    private const int Classes = 4;
    private const int Features = 3;

    /// <summary>A hand-written rule is checked like any other: its gradient against central differences.</summary>
    [Fact]
    public void A_hand_written_adjoint_passes_a_gradient_check()
    {
        double[] z = [0.3, -1.2, 2.5, 0.0];
        GradientCheck.Gradient(Custom.LogSumExp, p =>
        {
            var gradient = new double[p.Length];
            Custom.LogSumExpAdjoint(p, gradient);
            return gradient;
        }, z).EnsurePassed();
    }

    [Fact]
    public void Log_sum_exp_with_a_stable_adjoint_inside_a_loss_matches_differences_and_the_derived_tangent()
    {
        double[] w = Matrices.Random(Classes * Features, seed: 30);
        double[] x = [0.5, -1.5, 2.0];
        const int label = 2;
        Func<double[], double> loss = p => Custom.CrossEntropy(p, x, label, Classes);

        var gradient = new double[w.Length];
        double value = Custom.CrossEntropyAdjoint(w, gradient, x, label, Classes);
        Approx.Equal(loss(w), value, "loss returned by Adjoint");
        Matrices.Equal(FiniteDifferences.Gradient(loss, w), gradient, "∇loss vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(value));

        // The Tangent of LogSumExp was derived from the hand-written Adjoint: forward agrees with reverse.
        double[] v = Matrices.Random(w.Length, seed: 31);
        (_, double directional) = Custom.CrossEntropyTangent(w, v, x, label, Classes);
        Approx.Equal(Vectors.Dot(gradient, v), directional, "Tangent vs ⟨∇loss, v⟩", Approx.Tight, 1e-14);
    }

    [Fact]
    public void The_stable_adjoint_keeps_huge_logits_finite()
    {
        // Logits near 1000: exp overflows, the max-shifted softmax does not.
        double[] w = new double[Classes * Features];
        for (int k = 0; k < Classes; k++)
        {
            w[k * Features] = 1000.0 + k;
        }
        double[] x = [1.0, 0.0, 0.0];
        var gradient = new double[w.Length];
        double value = Custom.CrossEntropyAdjoint(w, gradient, x, 0, Classes);
        Assert.True(double.IsFinite(value), $"loss {value}");

        // ∂/∂W[k, 0] = softmax(z)ₖ − [k = label] + 0.02·W[k, 0], with z = (1000, 1001, 1002, 1003).
        double total = 0;
        for (int k = 0; k < Classes; k++)
        {
            total += Math.Exp(k - 3.0);
        }
        for (int k = 0; k < Classes; k++)
        {
            double expected = (Math.Exp(k - 3.0) / total) - (k == 0 ? 1.0 : 0.0) + (0.02 * w[k * Features]);
            Approx.Equal(expected, gradient[k * Features], $"∂loss/∂W[{k}, 0]");
        }
    }

    public static TheoryData<double, double, double, double, double> Markets => new()
    {
        { 100, 100, 1.0, 0.05, 0.2 },
        { 120, 100, 0.5, 0.01, 0.35 },
        { 80, 100, 2.0, 0.03, 0.15 },
    };

    /// <summary>
    /// erf comes from a "library" AutoGrad cannot read; its registered ErfTangent is hand-written and
    /// ErfAdjoint derived. The Greeks of Black–Scholes from one adjoint call match their closed forms.
    /// </summary>
    [Theory]
    [MemberData(nameof(Markets))]
    public void Black_Scholes_Greeks_through_a_registered_erf_match_the_closed_forms(double spot, double strike, double time, double rate, double volatility)
    {
        double spotBar = 0, strikeBar = 0, timeBar = 0, rateBar = 0, volatilityBar = 0;
        double price = Custom.CallPriceAdjoint(spot, ref spotBar, strike, ref strikeBar, time, ref timeBar, rate, ref rateBar, volatility, ref volatilityBar);

        double sqrtTime = Math.Sqrt(time);
        double d1 = (Math.Log(spot / strike) + ((rate + (0.5 * volatility * volatility)) * time)) / (volatility * sqrtTime);
        double d2 = d1 - (volatility * sqrtTime);
        double discount = Math.Exp(-rate * time);
        static double Phi(double v) => 0.5 * (1 + SpecialFunctions.Erf(v / Math.Sqrt(2)));
        static double Density(double v) => Math.Exp(-0.5 * v * v) / Math.Sqrt(2 * Math.PI);

        Approx.Equal((spot * Phi(d1)) - (strike * discount * Phi(d2)), price, "price");
        Approx.Equal(Phi(d1), spotBar, "delta", 1e-13, 1e-15);
        Approx.Equal(spot * Density(d1) * sqrtTime, volatilityBar, "vega", 1e-13, 1e-13);
        Approx.Equal(strike * time * discount * Phi(d2), rateBar, "rho", 1e-13, 1e-13);
        Approx.Equal((spot * Density(d1) * volatility / (2 * sqrtTime)) + (rate * strike * discount * Phi(d2)), timeBar, "−theta", 1e-13, 1e-13);
        Approx.Equal(-discount * Phi(d2), strikeBar, "∂C/∂K", 1e-13, 1e-15);

        // The forward mode uses the hand-written ErfTangent: delta along the spot direction.
        (_, double delta) = Custom.CallPriceTangent(spot, 1, strike, 0, time, 0, rate, 0, volatility, 0);
        Approx.Equal(spotBar, delta, "delta forward vs reverse", 1e-13, 1e-15);
    }

    [Fact]
    public void Hessian_vector_products_go_through_hand_written_second_order_companions()
    {
        double[] w = [0.3, -1.1, 2.0, 0.0];
        double[] a = [1.5, -0.5, 0.8, 2.0];
        double[] v = [1.0, 2.0, -1.0, 0.5];
        var gradient = new double[w.Length];
        var hv = new double[w.Length];
        Custom.SoftplusLossAdjointTangent(w, v, gradient, hv, a);

        for (int i = 0; i < w.Length; i++)
        {
            double sigma = 1 / (1 + Math.Exp(-a[i] * w[i]));
            Approx.Equal((a[i] * sigma) + w[i], gradient[i], $"∇[{i}]");
            Approx.Equal(((a[i] * a[i] * sigma * (1 - sigma)) + 1) * v[i], hv[i], $"(H·v)[{i}]");
        }

        // And against differences of the gradient along v.
        for (int i = 0; i < w.Length; i++)
        {
            int row = i;
            double numeric = FiniteDifferences.Directional(p =>
            {
                var g = new double[p.Length];
                Custom.SoftplusLossAdjoint(p, g, a);
                return g[row];
            }, w, v, 1e-3);
            Approx.Equal(numeric, hv[i], $"(H·v)[{i}] vs differences", FiniteDifferences.Relative, 1e-9);
        }
    }
}
