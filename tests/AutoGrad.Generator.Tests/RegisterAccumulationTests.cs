using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Where the reverse sweep sums an adjoint element in a local across a loop (Transforms/RegisterAccumulations.cs):
/// only a local array's adjoint, at an index the loop does not change, touched nowhere else in the loop.
/// </summary>
public sealed class RegisterAccumulationTests
{
    private const string Source = """
        using AutoGrad;

        public static partial class Work
        {
            [Differentiable]
            public static double FirstTimesAll(double[] x, double[] y)
            {
                double[] total = new double[1];
                for (int i = 0; i < y.Length; i++)
                {
                    total[0] += x[0] * y[i];
                }
                return total[0] * total[0];
            }
        }
        """;

    [Fact]
    public void A_local_arrays_adjoint_at_a_fixed_index_is_summed_in_a_local()
    {
        // The triangle whose gradient AutoGrad.Tests checks (tests/AutoGrad.Tests/Functions/Triangles.cs).
        string adjoint = TestFunctions.Adjoint("Triangles.cs", "SquaredNorm");
        Assert.Contains("cBarSum = 0.0;", adjoint);
        Assert.Contains("cBarSum += ", adjoint);
        Assert.Contains("if (cBarSum != 0.0)", adjoint);
        Assert.Contains("cBar[col] += cBarSum;", adjoint);
        Assert.DoesNotContain("cBar[col] += t", adjoint);
    }

    [Fact]
    public void A_parameters_adjoint_and_the_value_keep_their_order()
    {
        string adjoint = GeneratorHarness.Run(Source).AdjointOf("FirstTimesAll");
        // xAdjoint is the caller's array, which may be yAdjoint too; total[0] is the user's arithmetic.
        Assert.DoesNotContain("xAdjointSum", adjoint);
        Assert.Contains("total[0] += ", adjoint);
    }
}
