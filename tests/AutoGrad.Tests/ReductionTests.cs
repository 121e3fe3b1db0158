using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// The runtime's reductions (<see cref="Vectors.Dot"/>, <see cref="Vectors.Sum"/>, <see cref="Vectors.SumOfSquares"/>,
/// <see cref="Vectors.Norm2"/>) inside [Differentiable] methods, through the companions the runtime ships.
/// </summary>
public sealed class ReductionTests
{
    private static readonly double[] X0 = [1.0, 2.0, -1.5, 0.5];
    private static readonly double[] X1 = [0.3, -0.7, 2.0, 1.1];
    private static readonly double[] Y = [1.2, -0.4, 0.9, 2.5];
    private const double Lambda = 0.3;

    [Fact]
    public void Ridge_regression_has_its_closed_form_gradient_and_Hessian()
    {
        double[] w = [0.7, -1.3];
        int n = Y.Length;
        var expected = new double[2];
        var hessian = new double[2, 2];
        for (int i = 0; i < n; i++)
        {
            double[] row = [X0[i], X1[i]];
            double r = (row[0] * w[0]) + (row[1] * w[1]) - Y[i];
            for (int j = 0; j < 2; j++)
            {
                expected[j] += 2.0 * row[j] * r / n;
                for (int k = 0; k < 2; k++)
                {
                    hessian[j, k] += 2.0 * row[j] * row[k] / n;
                }
            }
        }
        for (int j = 0; j < 2; j++)
        {
            expected[j] += 2.0 * Lambda * w[j];
            hessian[j, j] += 2.0 * Lambda;
        }

        var gradient = new double[2];
        double lambdaAdjoint = 0.0;
        Reductions.RidgeAdjoint(w, gradient, X0, X1, Y, Lambda, ref lambdaAdjoint);
        Matrices.Equal(expected, gradient, "∇w");
        Approx.Equal((w[0] * w[0]) + (w[1] * w[1]), lambdaAdjoint, "∂/∂λ = ‖w‖²");
        // The same through the convenience that names each input's gradient.
        (double[] wGradient, double lambdaGradient) = Reductions.RidgeGradient(w, X0, X1, Y, Lambda);
        Matrices.Equal(expected, wGradient, "RidgeGradient(…).w");
        Approx.Equal((w[0] * w[0]) + (w[1] * w[1]), Reductions.RidgeGradient(w, X0, X1, Y, Lambda).lambda, "RidgeGradient(…).lambda");
        Approx.Equal(lambdaAdjoint, lambdaGradient, "deconstructed");
        double[] v = [0.4, -0.9];
        Approx.Equal((expected[0] * v[0]) + (expected[1] * v[1]), Reductions.RidgeTangent(w, v, X0, X1, Y, Lambda, 0.0).Tangent, "Tangent");
        Matrices.Equal(hessian, Derivatives.Hessian((x, xt, xa, xat, s, st) =>
        {
            double la = 0.0;
            double lat = 0.0;
            return Reductions.RidgeAdjointTangent(x, xt, xa, xat, X0, X1, Y, Lambda, 0.0, ref la, ref lat, s, st);
        }, w), "Hessian (2/n)XᵀX + 2λI");
        double[] v2 = [1.5, 0.2];
        double secondExpected = (v[0] * ((hessian[0, 0] * v2[0]) + (hessian[0, 1] * v2[1]))) + (v[1] * ((hessian[1, 0] * v2[0]) + (hessian[1, 1] * v2[1])));
        Approx.Equal(secondExpected, Reductions.RidgeTangentTangent(w, v2, v, new double[2], X0, X1, Y, Lambda, 0.0, 0.0, 0.0).Tangent.Tangent, "vᵀ·H·v₂");
    }

    [Fact]
    public void A_norm_times_a_sum_agrees_with_differences_in_both_modes_and_at_order_2()
    {
        double[] t = [0.5, -1.0, 2.0];
        double[] p = [1.5, 0.25, -0.75];
        ArrayChecks.AgreeWithDifferences(x => Reductions.ScaledDistance(x, t), (x, g) => Reductions.ScaledDistanceAdjoint(x, g, t, new double[3]),
            (x, v) => Reductions.ScaledDistanceTangent(x, v, t, new double[3]).Tangent, p, "‖p − t‖·Σp/n");
        HessianChecks.AgreeWithDifferences((x, xt, xa, xat, s, st) => Reductions.ScaledDistanceAdjointTangent(x, xt, xa, xat, t, new double[3], new double[3], new double[3], s, st),
            (x, g) => Reductions.ScaledDistanceAdjoint(x, g, t, new double[3]), p, "‖p − t‖·Σp/n");
    }

    [Fact]
    public void A_norm_at_zero_has_derivative_zero_in_both_modes()
    {
        double[] p = [1.0, 2.0];
        var pAdjoint = new double[2];
        var tAdjoint = new double[2];
        Approx.Equal(0.0, Reductions.ScaledDistanceAdjoint(p, pAdjoint, p, tAdjoint), "value");
        // ‖d‖ at d = 0 takes the gradient 0 (as Hypot at the origin); Σp/n · 0 and ‖d‖ · ∂(Σp/n) are 0 too.
        Matrices.Equal(new[] { 0.0, 0.0 }, pAdjoint, "∇p");
        Matrices.Equal(new[] { 0.0, 0.0 }, tAdjoint, "∇t");
        Approx.Equal(0.0, Reductions.ScaledDistanceTangent(p, [1.0, -1.0], p, [0.5, 0.5]).Tangent, "Tangent");
    }

    [Fact]
    public void Dot_differentiates_both_of_its_arguments()
    {
        double[] a = [1.0, -2.0, 0.5];
        double[] b = [3.0, 0.25, -4.0];
        var aAdjoint = new double[3];
        var bAdjoint = new double[3];
        Reductions.CubicDotAdjoint(a, aAdjoint, b, bAdjoint);
        Matrices.Equal(new[] { 2 * a[0] * b[0], 2 * a[1] * b[1], 2 * a[2] * b[2] }, aAdjoint, "∂/∂a = 2ab");
        Matrices.Equal(new[] { a[0] * a[0], a[1] * a[1], a[2] * a[2] }, bAdjoint, "∂/∂b = a²");
        double[] va = [0.1, 0.2, 0.3];
        double[] vb = [-1.0, 0.5, 2.0];
        double expected = 0.0;
        for (int i = 0; i < 3; i++)
        {
            expected += (aAdjoint[i] * va[i]) + (bAdjoint[i] * vb[i]);
        }
        Approx.Equal(expected, Reductions.CubicDotTangent(a, va, b, vb).Tangent, "Tangent");
    }

    [Fact]
    public void The_shipped_companions_check_lengths()
    {
        var error = Assert.Throws<System.ArgumentException>(() => Vectors.DotAdjoint([1.0, 2.0], new double[3], [1.0, 2.0], new double[2]));
        Assert.Contains("aAdjoint", error.Message);
    }
}
