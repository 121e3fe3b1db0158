using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// A local array's adjoint summed in a register across a loop (the generator's RegisterAccumulations):
/// the gradient against central differences and the Tangent, including sizes where every inner loop
/// or all but one runs no iteration.
/// </summary>
public sealed class RegisterAccumulationTests
{
    [Theory]
    [InlineData(new[] { 0.3 })]
    [InlineData(new[] { 0.3, -1.2 })]
    [InlineData(new[] { 0.3, -1.2, 0.8, 2.0, -0.4, 1.1 })]
    public void The_gradient_matches_central_differences_and_the_tangent(double[] v)
    {
        double[] direction = new double[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            direction[i] = 0.5 - 0.3 * i;
        }
        ArrayChecks.AgreeWithDifferences(Triangles.SquaredNorm, (p, a) => Triangles.SquaredNormAdjoint(p, a),
            (p, d) => Triangles.SquaredNormTangent(p, d).Tangent, v, direction, "SquaredNorm");
    }
}
