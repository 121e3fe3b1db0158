using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Losses that are sums over arrays, whose Adjoint runs in one pass when it can (see <see cref="Sums"/>):
/// every gradient against closed forms or central differences, and forward against reverse.
/// </summary>
public sealed class SumTests
{
    private static readonly double[] X = [0.8, -1.3, 0.4, 2.1, -0.2, 1.5, -0.9];
    private static readonly double[] Y = [1.1, 0.3, -0.7, 0.5, 1.9, -1.2, 0.6];

    /// <summary>The gradient by the Adjoint (adjoints pre-filled, to check they are added to), against differences.</summary>
    private static double[] CheckArrayGradient(Func<double[], double> f, Func<double[], double[], double> adjoint, double[] x, string what)
    {
        var gradient = new double[x.Length];
        Array.Fill(gradient, 0.5);
        Approx.Equal(f(x), adjoint(x, gradient), $"{what}: value");
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] -= 0.5;
        }
        Matrices.Equal(FiniteDifferences.Gradient(f, x), gradient, $"{what}: gradient vs differences", FiniteDifferences.Relative, FiniteDifferences.Absolute(f(x)));
        return gradient;
    }

    [Fact]
    public void A_mean_has_the_closed_form_gradient()
    {
        const double w = 1.7;
        const int n = 5;
        var gradient = new double[X.Length];
        double wAdjoint = 0;
        double value = Sums.MeanAdjoint(X, gradient, w, ref wAdjoint, n);
        double sum = 0;
        for (int i = 0; i < X.Length; i++)
        {
            sum += Math.Log(1 + (X[i] * X[i]));
            Approx.Equal(2 * X[i] * w / (1 + (X[i] * X[i])) / n, gradient[i], $"∂/∂x{i}");
        }
        Approx.Equal(sum * w / n, value, "value");
        Approx.Equal(sum / n, wAdjoint, "∂/∂w");
        Approx.Equal(Dot(gradient, Y) + (wAdjoint * 0.3), Sums.MeanTangent(X, Y, w, 0.3, n).Tangent, "Tangent vs Adjoint");
    }

    [Fact]
    public void Two_loops_with_branches_into_one_sum_match_differences()
    {
        const double y = 0.4;
        double[] gradient = CheckArrayGradient(x => Sums.Branchy(x, y), (x, g) => { double ya = 0; return Sums.BranchyAdjoint(x, g, y, ref ya); }, X, "Branchy");
        double yAdjoint = 0;
        Sums.BranchyAdjoint(X, new double[X.Length], y, ref yAdjoint);
        Approx.Equal(FiniteDifferences.Derivative(t => Sums.Branchy(X, t), y, 1e-3), yAdjoint, "∂/∂y", FiniteDifferences.Relative, 1e-7);
        Approx.Equal(Dot(gradient, Y) + (yAdjoint * -0.6), Sums.BranchyTangent(X, Y, y, -0.6).Tangent, "Tangent vs Adjoint");
    }

    [Fact]
    public void Two_sums_mixed_in_the_tail_have_the_closed_form_gradient()
    {
        var xAdjoint = new double[X.Length];
        var yAdjoint = new double[Y.Length];
        Sums.TwoSumsAdjoint(X, xAdjoint, Y, yAdjoint, seed: 2.0);
        for (int i = 0; i < X.Length; i++)
        {
            double sech2 = 1 - (Math.Tanh(X[i] * Y[i]) * Math.Tanh(X[i] * Y[i]));
            Approx.Equal(2 * ((6 * X[i]) - (sech2 * Y[i])), xAdjoint[i], $"∂/∂x{i}");
            Approx.Equal(2 * -(sech2 * X[i]), yAdjoint[i], $"∂/∂y{i}");
        }
    }

    [Fact]
    public void Near_misses_keep_two_sweeps_and_the_right_gradient()
    {
        CheckArrayGradient(Sums.LogOfSum, (x, g) => Sums.LogOfSumAdjoint(x, g), X, "LogOfSum");
        CheckArrayGradient(Sums.Carried, (x, g) => Sums.CarriedAdjoint(x, g), X, "Carried");
        CheckArrayGradient(Sums.Compounded, (x, g) => Sums.CompoundedAdjoint(x, g), X, "Compounded");
        CheckArrayGradient(Sums.LastTermToo, (x, g) => Sums.LastTermTooAdjoint(x, g), X, "LastTermToo");
    }

    [Fact]
    public void Forward_over_a_fused_reverse_gives_the_Hessian_times_a_vector()
    {
        const double a = 0.8;
        var gradient = new double[X.Length];
        var hv = new double[X.Length];
        double aAdjoint = 0;
        double aAdjointTangent = 0;
        Sums.QuarticAdjointTangent(X, Y, gradient, hv, a, 0.0, ref aAdjoint, ref aAdjointTangent);
        CheckArrayGradient(x => Sums.Quartic(x, a), (x, g) => { double unused = 0; return Sums.QuarticAdjoint(x, g, a, ref unused); }, X, "Quartic");
        for (int i = 0; i < X.Length; i++)
        {
            int component = i;
            double expected = FiniteDifferences.Directional(p =>
            {
                var g = new double[p.Length];
                double unused = 0;
                Sums.QuarticAdjoint(p, g, a, ref unused);
                return g[component];
            }, X, Y, 1e-3);
            Approx.Equal(expected, hv[i], $"(H·v)[{i}]", FiniteDifferences.Relative, 1e-6);
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double dot = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
