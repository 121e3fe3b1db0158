using System;
using System.Linq;
using AutoGrad.GradBench.Evals;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>hello, lse, llsq, det and ode on small inputs: values against direct evaluations, gradients against central differences.</summary>
public sealed class SmallEvalTests
{
    private readonly Random random = new(31337);

    [Fact]
    public void Hello_squares_and_doubles()
    {
        Inputs.Close(2.25, Inputs.Run<double>(new HelloEval(), "square", 1.5), "square");
        Inputs.Close(3.0, Inputs.Run<double>(new HelloEval(), "double", 1.5), "double");
    }

    [Fact]
    public void Lse_value_and_gradient()
    {
        double[] x = Inputs.Vector(random, 20, -3, 3);
        double direct = Math.Log(x.Sum(Math.Exp));
        Inputs.Close(direct, Inputs.Run<double>(new LseEval(), "primal", new { x }), "lse");
        double[] gradient = Inputs.Run<double[]>(new LseEval(), "gradient", new { x });
        Inputs.Close(x.Select(v => Math.Exp(v - direct)).ToArray(), gradient, "softmax");
        Inputs.MatchesDifferences(Lse.LogSumExp, x, gradient);
    }

    [Fact]
    public void Llsq_value_and_gradient()
    {
        double[] x = Inputs.Vector(random, 4);
        const int n = 9;
        double direct = 0;
        for (int i = 0; i < n; i++)
        {
            double t = -1 + 2.0 * i / (n - 1);
            double polynomial = x.Reverse().Aggregate(0.0, (acc, c) => acc * t + c);   // Horner
            direct += 0.5 * Math.Pow(Math.Sign(t) - polynomial, 2);
        }
        Inputs.Close(direct, Inputs.Run<double>(new LlsqEval(), "primal", new { x, n }), "llsq");
        Inputs.MatchesDifferences(p => Llsq.Objective(p, n), x, Inputs.Run<double[]>(new LlsqEval(), "gradient", new { x, n }));
    }

    [Fact]
    public void Det_value_and_gradient()
    {
        const int ell = 5;
        double[] a = Inputs.Vector(random, ell * ell);
        Inputs.Close(ByElimination(a, ell), Inputs.Run<double>(new DetEval(), "primal", new { A = a, ell }), "det");
        Inputs.MatchesDifferences(p => Det.Determinant(p, ell), a, Inputs.Run<double[]>(new DetEval(), "gradient", new { A = a, ell }));
    }

    [Fact]
    public void Ode_value_is_the_exact_solution_where_RK4_is_exact_and_the_gradient_matches_differences()
    {
        // With n ≤ 4 every yᵢ(t) = x₀⋯xᵢ tⁱ⁺¹/(i + 1)! is a polynomial of degree ≤ 4, which RK4 integrates exactly.
        double[] x = Inputs.Vector(random, 4, 0.5, 1.5);
        const int s = 3;
        double[] exact = new double[x.Length];
        double product = 1, factorial = 1;
        for (int i = 0; i < x.Length; i++)
        {
            product *= x[i];
            factorial *= i + 1;
            exact[i] = product * Math.Pow(2, i + 1) / factorial;
        }
        Inputs.Close(exact, Inputs.Run<double[]>(new OdeEval(), "primal", new { x, s }), "y(2)");

        double[] gradient = Inputs.Run<double[]>(new OdeEval(), "gradient", new { x, s });
        Inputs.Close(x.Select(v => exact[^1] / v).ToArray(), gradient, "∂y₃/∂x = y₃/xᵢ");
        double[] longer = Inputs.Vector(random, 12, 0.5, 1.5);
        Inputs.MatchesDifferences(p => Ode.Solve(p, 5)[^1], longer, Inputs.Run<double[]>(new OdeEval(), "gradient", new { x = longer, s = 5 }));
    }

    [Fact]
    public void An_unknown_function_is_an_error_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => Inputs.Run<double>(new LseEval(), "hessian", new { x = new[] { 1.0 } }));
        Assert.Contains("hessian", e.Message);
    }

    // Gaussian elimination with partial pivoting: the determinant another way.
    private static double ByElimination(double[] flat, int n)
    {
        var m = (double[])flat.Clone();
        double det = 1;
        for (int col = 0; col < n; col++)
        {
            int pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(m[r * n + col]));
            if (pivot != col)
            {
                det = -det;
                for (int j = 0; j < n; j++)
                {
                    (m[col * n + j], m[pivot * n + j]) = (m[pivot * n + j], m[col * n + j]);
                }
            }
            det *= m[col * n + col];
            for (int r = col + 1; r < n; r++)
            {
                double factor = m[r * n + col] / m[col * n + col];
                for (int j = col; j < n; j++)
                {
                    m[r * n + j] -= factor * m[col * n + j];
                }
            }
        }
        return det;
    }
}
