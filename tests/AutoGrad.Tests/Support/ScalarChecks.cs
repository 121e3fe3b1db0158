using System;

namespace AutoGrad.Tests.Support;

/// <summary>The Adjoint of a function of one double: <c>FAdjoint(x, ref xAdjoint, seed)</c>.</summary>
public delegate double OneScalarAdjoint(double x, ref double xAdjoint, double seed);

/// <summary>The TangentTangent of a function of one double: <c>FTangentTangent(x, xTangent2, xTangent, xTangentTangent)</c>.</summary>
public delegate ((double Value, double Tangent) Value, (double Value, double Tangent) Tangent) ScalarTangentTangent(double x, double xTangent2, double xTangent, double xTangentTangent);

/// <summary>Checks of the companions of a function of one double at a point.</summary>
internal static class ScalarChecks
{
    /// <summary>
    /// The value from each companion; the first derivative from the Adjoint, the Tangent and central differences
    /// against <paramref name="first"/>; the second from forward over forward against <paramref name="second"/>.
    /// </summary>
    public static void AgreeWith(Func<double, double> f, OneScalarAdjoint adjoint, Func<double, double, (double Value, double Tangent)> tangent,
        ScalarTangentTangent tangentTangent, double x, double first, double second)
    {
        double gradient = 0;
        Approx.Equal(f(x), adjoint(x, ref gradient, 1.0), "value");
        Approx.Equal(first, gradient, "Adjoint");
        Approx.Equal(first, tangent(x, 1.0).Tangent, "Tangent");
        Approx.Equal(first, FiniteDifferences.Derivative(f, x, 1e-4), "central differences", FiniteDifferences.Relative, 1e-7);
        Approx.Equal(second, tangentTangent(x, 1.0, 1.0, 0.0).Tangent.Tangent, "second derivative");
    }
}
