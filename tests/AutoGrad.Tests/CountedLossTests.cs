using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Sums divided by int counts: the one-pass reverse once read the count before it was assigned (a gradient
/// of −∞ for the mean squared error, nine times too large and of the wrong sign for n + m − 1).
/// </summary>
public sealed class CountedLossTests
{
    private static readonly double[] X = [0.8, -1.3, 0.4, 2.1, -0.2];
    private static readonly double[] Y = [1.1, 0.3, -0.7];

    [Fact]
    public void Mean_squared_error_has_the_closed_form_gradient()
    {
        double[] targets = [0.5, -1.0, 1.0, 2.0, 0.0];
        var gradient = new double[X.Length];
        CountedLosses.MeanSquaredErrorAdjoint(X, gradient, targets);
        for (int i = 0; i < X.Length; i++)
        {
            Approx.Equal(2 * (X[i] - targets[i]) / X.Length, gradient[i], $"∂/∂p{i}");
        }
        ArrayChecks.AgreeWithDifferences(p => CountedLosses.MeanSquaredError(p, targets), (p, g) => CountedLosses.MeanSquaredErrorAdjoint(p, g, targets),
            (p, v) => CountedLosses.MeanSquaredErrorTangent(p, v, targets).Tangent, X, "MSE");
        double[,] hessian = Derivatives.Hessian((x, xt, xa, xat, s, st) => CountedLosses.MeanSquaredErrorAdjointTangent(x, xt, xa, xat, targets, s, st), X);
        for (int i = 0; i < X.Length; i++)
        {
            Approx.Equal(2.0 / X.Length, hessian[i, i], $"H[{i},{i}]");
        }
    }

    [Fact]
    public void A_divisor_of_two_counts_has_the_closed_form_gradient()
    {
        var xAdjoint = new double[X.Length];
        var yAdjoint = new double[Y.Length];
        CountedLosses.PooledVarianceAdjoint(X, xAdjoint, Y, yAdjoint);
        int divisor = X.Length + Y.Length - 1;
        for (int i = 0; i < X.Length; i++)
        {
            Approx.Equal(2 * X[i] / divisor, xAdjoint[i], $"∂/∂x{i}");
        }
        for (int j = 0; j < Y.Length; j++)
        {
            Approx.Equal(2 * Y[j] / divisor, yAdjoint[j], $"∂/∂y{j}");
        }
        double[] v = [0.3, -0.2, 0.5, 1.0, -1.0], w = [0.7, 0.1, -0.4];
        double dot = 0;
        for (int i = 0; i < X.Length; i++)
        {
            dot += xAdjoint[i] * v[i];
        }
        for (int j = 0; j < Y.Length; j++)
        {
            dot += yAdjoint[j] * w[j];
        }
        Approx.Equal(dot, CountedLosses.PooledVarianceTangent(X, v, Y, w).Tangent, "Tangent vs Adjoint");
    }

    [Fact]
    public void Counts_made_in_and_after_the_loop_match_differences()
    {
        ArrayChecks.AgreeWithDifferences(CountedLosses.MeanOfPositives, (x, g) => CountedLosses.MeanOfPositivesAdjoint(x, g),
            (x, v) => CountedLosses.MeanOfPositivesTangent(x, v).Tangent, X, "MeanOfPositives");
        HessianChecks.AgreeWithDifferences(CountedLosses.MeanOfPositivesAdjointTangent, (x, g) => CountedLosses.MeanOfPositivesAdjoint(x, g), X, "MeanOfPositives");
    }
}
