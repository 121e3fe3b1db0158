using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Matrices (<c>double[,]</c>) and jagged arrays (<c>double[][]</c>) in both modes and in second order.</summary>
public sealed class ArrayMatrixTests
{
    private static double[,] RandomMatrix(int rows, int columns, int seed) => Shapes.Matrix(Matrices.Random(rows * columns, seed), rows, columns);

    [Fact]
    public void MatVec_adjoint_rows_and_tangent_match_the_closed_forms()
    {
        double[,] a = RandomMatrix(3, 4, seed: 1);
        double[] x = Matrices.Random(4, seed: 2);
        for (int k = 0; k < 3; k++)
        {
            // ∂(Ax)ₖ/∂A[i, j] = δᵢₖ·xⱼ and ∂(Ax)ₖ/∂x = row k of A.
            var aAdjoint = new double[3, 4];
            var xAdjoint = new double[4];
            var seed = new double[3];
            seed[k] = 1.0;
            double[] y = ArraysMatrices.MatVecAdjoint(a, aAdjoint, x, xAdjoint, seed);
            Matrices.Equal(Matrices.Multiply(a, x), y, "value");
            for (int j = 0; j < 4; j++)
            {
                Approx.Equal(a[k, j], xAdjoint[j], $"∂y{k}/∂x{j}");
                for (int i = 0; i < 3; i++)
                {
                    Approx.Equal(i == k ? x[j] : 0.0, aAdjoint[i, j], $"∂y{k}/∂a[{i},{j}]");
                }
            }
        }

        // d(Ax) along (E, v) = E·x + A·v.
        double[,] e = RandomMatrix(3, 4, seed: 3);
        double[] v = Matrices.Random(4, seed: 4);
        (double[] value, double[] tangent) = ArraysMatrices.MatVecTangent(a, e, x, v);
        Matrices.Equal(Matrices.Multiply(a, x), value, "value");
        double[] ex = Matrices.Multiply(e, x);
        double[] av = Matrices.Multiply(a, v);
        Matrices.Equal([ex[0] + av[0], ex[1] + av[1], ex[2] + av[2]], tangent, "E·x + A·v");
    }

    [Fact]
    public void Least_squares_gradients_are_the_normal_equations()
    {
        double[,] a = RandomMatrix(5, 3, seed: 5);
        double[] x = Matrices.Random(3, seed: 6);
        double[] b = Matrices.Random(5, seed: 7);
        var aAdjoint = new double[5, 3];
        var xAdjoint = new double[3];
        ArraysMatrices.LeastSquaresAdjoint(a, aAdjoint, x, xAdjoint, b);

        double[] ax = Matrices.Multiply(a, x);
        var residual = new double[5];
        for (int i = 0; i < 5; i++)
        {
            residual[i] = ax[i] - b[i];
        }
        // ∇ₓ = Aᵀr and ∇_A = r·xᵀ.
        Matrices.Equal(Matrices.MultiplyTransposed(a, residual), xAdjoint, "∇x");
        var expected = new double[5, 3];
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                expected[i, j] = residual[i] * x[j];
            }
        }
        Matrices.Equal(expected, aAdjoint, "∇A");
        Assert.Equal(Matrices.Random(5, seed: 7), b);
    }

    [Fact]
    public void Gram_matrix_built_and_overwritten_in_place_matches_differences_and_forward()
    {
        const int m = 4, n = 3;
        double[] flat = Matrices.Random(m * n, seed: 8);
        Func<double[], double> f = p => ArraysMatrices.GramSquash(Shapes.Matrix(p, m, n));
        var aAdjoint = new double[m, n];
        double value = ArraysMatrices.GramSquashAdjoint(Shapes.Matrix(flat, m, n), aAdjoint);
        Approx.Equal(f(flat), value, "value returned by Adjoint");
        double[] gradient = Shapes.Flatten(aAdjoint);
        Matrices.Equal(FiniteDifferences.Gradient(f, flat), gradient, "∇ vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(value));

        double[] v = Matrices.Random(m * n, seed: 9);
        (_, double directional) = ArraysMatrices.GramSquashTangent(Shapes.Matrix(flat, m, n), Shapes.Matrix(v, m, n));
        Approx.Equal(Vectors.Dot(gradient, v), directional, "Tangent vs ⟨∇, v⟩", Approx.Tight, 1e-14);
    }

    [Fact]
    public void A_returned_matrix_has_elementwise_derivatives_in_both_modes()
    {
        double[,] a = RandomMatrix(2, 3, seed: 10);
        double[,] seed = RandomMatrix(2, 3, seed: 11);
        double[,] e = RandomMatrix(2, 3, seed: 12);
        const double s = 1.7, sTangent = -0.3;
        var aAdjoint = new double[2, 3];
        double sAdjoint = 0;
        double[,] value = ArraysMatrices.ScaledSineAdjoint(a, aAdjoint, s, ref sAdjoint, seed);
        (double[,] forwardValue, double[,] tangent) = ArraysMatrices.ScaledSineTangent(a, e, s, sTangent);

        double expectedSAdjoint = 0;
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                Approx.Equal(s * Math.Sin(a[i, j]), value[i, j], $"value [{i},{j}]");
                Approx.Equal(value[i, j], forwardValue[i, j], $"forward value [{i},{j}]");
                Approx.Equal(seed[i, j] * s * Math.Cos(a[i, j]), aAdjoint[i, j], $"∂/∂a [{i},{j}]");
                Approx.Equal((s * Math.Cos(a[i, j]) * e[i, j]) + (sTangent * Math.Sin(a[i, j])), tangent[i, j], $"tangent [{i},{j}]");
                expectedSAdjoint += seed[i, j] * Math.Sin(a[i, j]);
            }
        }
        Approx.Equal(expectedSAdjoint, sAdjoint, "∂/∂s");
        Assert.Equal(RandomMatrix(2, 3, seed: 10), a);
    }

    [Fact]
    public void Jagged_rows_of_different_lengths_match_differences_and_forward()
    {
        int[] lengths = [3, 1, 4];
        double[] flat = Matrices.Random(8, seed: 13);
        double[] w = Matrices.Random(3, seed: 14);
        Func<double[], double> f = p => ArraysMatrices.JaggedNorms(Shapes.Jagged(p, lengths), w);
        double[][] rowsAdjoint = Shapes.ZerosLike(lengths);
        var wAdjoint = new double[3];
        double value = ArraysMatrices.JaggedNormsAdjoint(Shapes.Jagged(flat, lengths), rowsAdjoint, w, wAdjoint);
        Approx.Equal(f(flat), value, "value returned by Adjoint");
        double[] gradient = Shapes.Flatten(rowsAdjoint);
        Matrices.Equal(FiniteDifferences.Gradient(f, flat), gradient, "∇rows vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(value));
        double[][] rows = Shapes.Jagged(flat, lengths);
        for (int i = 0; i < 3; i++)
        {
            Approx.Equal(ArraysMatrices.Norm(rows[i]), wAdjoint[i], $"∂/∂w{i} = ‖row{i}‖");
        }

        double[] v = Matrices.Random(8, seed: 15);
        (_, double directional) = ArraysMatrices.JaggedNormsTangent(rows, Shapes.Jagged(v, lengths), w, new double[3]);
        Approx.Equal(Vectors.Dot(gradient, v), directional, "Tangent vs ⟨∇, v⟩", Approx.Tight, 1e-14);
    }

    [Fact]
    public void Partners_of_the_wrong_shape_are_rejected_with_both_shapes()
    {
        double[,] a = RandomMatrix(3, 4, seed: 16);
        var matrix = Assert.Throws<ArgumentException>(() => ArraysMatrices.GramSquashAdjoint(a, new double[4, 3]));
        Assert.Equal("aAdjoint", matrix.ParamName);
        Assert.Contains("4×3", matrix.Message);
        Assert.Contains("3×4", matrix.Message);

        double[][] rows = [[1.0, 2.0], [3.0]];
        var jagged = Assert.Throws<ArgumentException>(() => ArraysMatrices.JaggedNormsTangent(rows, [[0.0, 0.0], [0.0, 0.0]], [1.0, 1.0], [0.0, 0.0]));
        Assert.Equal("rowsTangent", jagged.ParamName);
        Assert.Contains("rowsTangent[1]", jagged.Message);
        Assert.Contains("length 2", jagged.Message);
        Assert.Contains("length 1", jagged.Message);
    }

    [Fact]
    public void Matrix_MLP_loss_gradient_matches_central_differences_and_the_tangent()
    {
        const int samples = 6, features = 4, hidden = 5, classes = 3;
        int[] sizes = [hidden * features, hidden, classes * hidden, classes];
        int count = sizes[0] + sizes[1] + sizes[2] + sizes[3];
        double[] p = Matrices.Random(count, seed: 17);
        double[,] inputs = RandomMatrix(samples, features, seed: 18);
        int[] labels = [0, 2, 1, 1, 0, 2];

        (double[,] W1, double[] B1, double[,] W2, double[] B2) Unpack(double[] q) => (
            Shapes.Matrix(q, hidden, features),
            q[sizes[0]..(sizes[0] + sizes[1])],
            Shapes.Matrix(q, classes, hidden, sizes[0] + sizes[1]),
            q[(count - classes)..]);
        double Loss(double[] q)
        {
            var (w1, b1, w2, b2) = Unpack(q);
            return ArraysMatrices.MlpLoss(w1, b1, w2, b2, inputs, labels);
        }

        var (w1, b1, w2, b2) = Unpack(p);
        var (w1Adjoint, b1Adjoint, w2Adjoint, b2Adjoint) = Unpack(new double[count]);
        double value = ArraysMatrices.MlpLossAdjoint(w1, w1Adjoint, b1, b1Adjoint, w2, w2Adjoint, b2, b2Adjoint, inputs, labels);
        Approx.Equal(Loss(p), value, "loss returned by Adjoint");
        double[] gradient = [.. Shapes.Flatten(w1Adjoint), .. b1Adjoint, .. Shapes.Flatten(w2Adjoint), .. b2Adjoint];
        Matrices.Equal(FiniteDifferences.Gradient(Loss, p), gradient, "∇loss vs central differences",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(value));

        // Softmax probabilities sum to one, so the output-bias gradient sums to zero.
        Approx.Equal(0.0, b2Adjoint[0] + b2Adjoint[1] + b2Adjoint[2], "Σ ∂loss/∂b2", Approx.Tight, 1e-15);

        double[] v = Matrices.Random(count, seed: 19);
        var (w1T, b1T, w2T, b2T) = Unpack(v);
        (_, double directional) = ArraysMatrices.MlpLossTangent(w1, w1T, b1, b1T, w2, w2T, b2, b2T, inputs, labels);
        Approx.Equal(Vectors.Dot(gradient, v), directional, "Tangent vs ⟨∇loss, v⟩", Approx.Tight, 1e-14);
    }

    [Fact]
    public void Hessian_vector_product_through_a_matrix_matches_differences_of_gradients()
    {
        const int n = 3;
        double[] flatA = Matrices.Random(n * n, seed: 20);
        double[] x = Matrices.Random(n, seed: 21);
        double[] p = [.. flatA, .. x];
        double[] v = Matrices.Random(p.Length, seed: 22);

        double[] Gradient(double[] q)
        {
            var aAdjoint = new double[n, n];
            var xAdjoint = new double[n];
            ArraysMatrices.CubicFormAdjoint(Shapes.Matrix(q, n, n), aAdjoint, q[(n * n)..], xAdjoint);
            return [.. Shapes.Flatten(aAdjoint), .. xAdjoint];
        }

        var aBar = new double[n, n];
        var aBarTangent = new double[n, n];
        var xBar = new double[n];
        var xBarTangent = new double[n];
        ArraysMatrices.CubicFormAdjointTangent(
            Shapes.Matrix(p, n, n), Shapes.Matrix(v, n, n), aBar, aBarTangent, x, v[(n * n)..], xBar, xBarTangent);
        Matrices.Equal(Gradient(p), [.. Shapes.Flatten(aBar), .. xBar], "gradient from AdjointTangent");

        double[] hv = [.. Shapes.Flatten(aBarTangent), .. xBarTangent];
        for (int i = 0; i < p.Length; i++)
        {
            int row = i;
            double expected = FiniteDifferences.Directional(q => Gradient(q)[row], p, v, 1e-3);
            Approx.Equal(expected, hv[i], $"(H·v)[{i}]", FiniteDifferences.Relative, 1e-8);
        }

        // The x-block of the Hessian is A + Aᵀ: with v = (0, u), H·v restricted to x is (A + Aᵀ)u.
        double[] u = [0.5, -1.0, 2.0];
        double[,] a = Shapes.Matrix(flatA, n, n);
        var xOnly = new double[n];
        var xOnlyTangent = new double[n];
        ArraysMatrices.CubicFormAdjointTangent(a, new double[n, n], new double[n, n], new double[n, n], x, u, xOnly, xOnlyTangent);
        double[] au = Matrices.Multiply(a, u);
        double[] atu = Matrices.MultiplyTransposed(a, u);
        Matrices.Equal([au[0] + atu[0], au[1] + atu[1], au[2] + atu[2]], xOnlyTangent, "(A + Aᵀ)u");
    }
}
