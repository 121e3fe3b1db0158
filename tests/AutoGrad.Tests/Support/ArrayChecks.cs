using System;

namespace AutoGrad.Tests.Support;

/// <summary>Checks for functions of one array, whose companions take the array and its adjoint or tangent.</summary>
internal static class ArrayChecks
{
    /// <summary>As below, along vᵢ = cos 3i: every component moves, by different amounts.</summary>
    public static void AgreeWithDifferences(Func<double[], double> f, Func<double[], double[], double> adjoint, Func<double[], double[], double> tangent, double[] x, string what)
    {
        var v = new double[x.Length];
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = Math.Cos(3 * i);
        }
        AgreeWithDifferences(f, adjoint, tangent, x, v, what);
    }

    /// <summary>The Adjoint's gradient (pre-filled, to check it adds) against central differences, and the Tangent along <paramref name="v"/> against it.</summary>
    public static void AgreeWithDifferences(Func<double[], double> f, Func<double[], double[], double> adjoint, Func<double[], double[], double> tangent, double[] x, double[] v, string what)
    {
        var gradient = new double[x.Length];
        Array.Fill(gradient, 0.5);
        Approx.Equal(f(x), adjoint(x, gradient), $"{what}: value");
        double dot = 0;
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] -= 0.5;
            dot += gradient[i] * v[i];
        }
        Matrices.Equal(FiniteDifferences.Gradient(f, x), gradient, $"{what}: gradient vs differences", FiniteDifferences.Relative, FiniteDifferences.Absolute(f(x)));
        Approx.Equal(dot, tangent(x, v), $"{what}: Tangent along v vs Adjoint", Approx.Tight, 1e-13);
    }
}
