using System;
using System.Linq;

namespace AutoGrad.Tests.Support;

/// <summary>Every companion of a function of one array at once: first order against differences and each other, second order against differences of the gradient.</summary>
internal static class OrderTwoChecks
{
    /// <summary>Adjoint vs differences, Tangent vs Adjoint, and the Hessian vs differences of the gradient.</summary>
    public static void AgreeWithDifferences(Func<double[], double> f, ScalarAdjoint adjoint, ScalarTangent tangent, ScalarAdjointTangent adjointTangent, double[] x, string what)
    {
        ArrayChecks.AgreeWithDifferences(f, (p, g) => adjoint(p, g, 1.0), (p, v) => tangent(p, v).Tangent, x, what);
        HessianChecks.AgreeWithDifferences(adjointTangent, (p, g) => adjoint(p, g, 1.0), x, what);
    }

    /// <summary>
    /// s·f for an array-valued f, as a scalar function's AdjointTangent: its Hessian is Σ sₖ ∇²fₖ, which
    /// <see cref="Derivatives.Hessian"/> takes from f's own AdjointTangent with the seed s.
    /// </summary>
    public static ScalarAdjointTangent Projected(
        Func<double[], double[], double[], double[], double[], double[], (double[] Value, double[] Tangent)> adjointTangent, double[] s) =>
        (x, v, xAdjoint, xAdjointTangent, seed, seedTangent) =>
        {
            (double[] value, double[] tangent) = adjointTangent(x, v, xAdjoint, xAdjointTangent, s.Select(w => w * seed).ToArray(), s.Select(w => w * seedTangent).ToArray());
            return (Dot(s, value), Dot(s, tangent));
        };

    public static double Dot(double[] a, double[] b) => a.Zip(b, (u, v) => u * v).Sum();
}
