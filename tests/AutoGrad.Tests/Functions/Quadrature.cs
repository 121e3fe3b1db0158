using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Data in static readonly fields, walked by foreach directly: a three-point Gauss–Legendre rule.</summary>
public static partial class Quadrature
{
    private static readonly double[] Nodes = [-0.7745966692414834, 0.0, 0.7745966692414834];
    private static readonly double[] Weights = [5.0 / 9.0, 8.0 / 9.0, 5.0 / 9.0];

    /// <summary>∫₋₁¹ exp(a·t)·cos(b·t) dt by the rule.</summary>
    [Differentiable(Order = 2)]
    public static double Integral(double a, double b)
    {
        double sum = 0.0;
        int i = 0;
        foreach (double weight in Weights)
        {
            sum += weight * Math.Exp(a * Nodes[i]) * Math.Cos(b * Nodes[i]);
            i++;
        }
        return sum;
    }

    /// <summary>The rule's sum of g(weight, node), for the closed forms the tests compare with.</summary>
    public static double Sum(Func<double, double, double> g)
    {
        double sum = 0.0;
        for (int i = 0; i < Weights.Length; i++)
        {
            sum += g(Weights[i], Nodes[i]);
        }
        return sum;
    }
}
