using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Functions with second-order companions (forward over reverse), for Hessians.</summary>
public static partial class SecondOrder
{
    /// <summary>x²y + y + 2 with p = (x, y); its Hessian is [[2y, 2x], [2x, 0]].</summary>
    [Differentiable(Order = 2)]
    public static double Poly(double[] p) => (p[0] * p[0] * p[1]) + p[1] + 2;

    /// <summary>The extended Rosenbrock function, Σ 100·(x[i+1] − x[i]²)² + (1 − x[i])², whose Hessian is tridiagonal.</summary>
    [Differentiable(Order = 2)]
    public static double Rosenbrock(double[] x)
    {
        double sum = 0.0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1.0 - x[i];
            sum += 100.0 * a * a + b * b;
        }
        return sum;
    }

    /// <summary>log Σ exp(x[i]·w[i]) with a local array: a dense Hessian, and a second-order sweep through array writes.</summary>
    [Differentiable(Order = 2)]
    public static double LogSumExp(double[] x)
    {
        var e = new double[x.Length];
        double total = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            e[i] = Math.Exp(x[i] * (1.0 + 0.5 * i));
            total += e[i];
        }
        return Math.Log(total);
    }
}
