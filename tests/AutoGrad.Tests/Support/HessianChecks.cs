using System;

namespace AutoGrad.Tests.Support;

/// <summary>Checks of second-order companions of functions of one array.</summary>
internal static class HessianChecks
{
    /// <summary>The Hessian from the AdjointTangent companion against central differences of the Adjoint's gradient.</summary>
    public static void AgreeWithDifferences(ScalarAdjointTangent adjointTangent, Func<double[], double[], double> adjoint, double[] x, string what,
        double relative = FiniteDifferences.Relative)
    {
        double[,] hessian = Derivatives.Hessian(adjointTangent, x);
        double[,] numeric = FiniteDifferences.Jacobian(p =>
        {
            var gradient = new double[p.Length];
            adjoint(p, gradient);
            return gradient;
        }, x);
        Matrices.Equal(numeric, hessian, $"{what}: Hessian vs differences of the gradient", relative, 1e-6);
    }
}
