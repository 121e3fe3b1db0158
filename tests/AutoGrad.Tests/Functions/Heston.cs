using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// One Monte Carlo path of the Heston model, Euler steps in log price with full truncation: the variance
/// enters the step as Max(v, 0), so where v goes negative √(v⁺·dt) sits at its singular point and meets
/// the zero that Max sends back for the losing argument.
/// </summary>
public static partial class Heston
{
    /// <summary>S_T along the path of <paramref name="normals"/> (two per step); p = (S₀, v₀, κ, θ, ξ, ρ, T).</summary>
    [Differentiable(Order = 2)]
    public static double Terminal(double[] p, [NoDerivative] double[] normals)
    {
        double x = Math.Log(p[0]);
        double v = p[1];
        int steps = normals.Length / 2;
        double dt = p[6] / steps;
        for (int k = 0; k < steps; k++)
        {
            double vPos = Math.Max(v, 0.0);
            double root = Math.Sqrt(vPos * dt);
            double z1 = normals[2 * k];
            double z2 = (p[5] * z1) + (Math.Sqrt(1 - (p[5] * p[5])) * normals[(2 * k) + 1]);
            x += (-0.5 * vPos * dt) + (root * z1);
            v += (p[2] * (p[3] - vPos) * dt) + (p[4] * root * z2);
        }
        return Math.Exp(x);
    }

    /// <summary>The variance along the same path, step by step: for the test to see it cross zero.</summary>
    public static double[] Variances(double[] p, double[] normals)
    {
        int steps = normals.Length / 2;
        double dt = p[6] / steps;
        var variances = new double[steps + 1];
        double v = p[1];
        variances[0] = v;
        for (int k = 0; k < steps; k++)
        {
            double vPos = Math.Max(v, 0.0);
            double z2 = (p[5] * normals[2 * k]) + (Math.Sqrt(1 - (p[5] * p[5])) * normals[(2 * k) + 1]);
            v += (p[2] * (p[3] - vPos) * dt) + (p[4] * Math.Sqrt(vPos * dt) * z2);
            variances[k + 1] = v;
        }
        return variances;
    }

    /// <summary>A distance, √(dx²), at coincident points: √ at 0 times the zero partial of dx².</summary>
    [Differentiable(Order = 2)]
    public static double Gap(double[] a) => Math.Sqrt((a[0] - a[1]) * (a[0] - a[1])) + (a[0] * a[2]);
}
