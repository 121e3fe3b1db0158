using System;
using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Rows of matrices are taken out of the loops that change neither the matrix nor the row index
/// (<c>aRow = Arrays.Row(a, i);</c> before the loop, <c>aRow[j]</c> inside), and only out of those.
/// AutoGrad.Tests checks the numbers of companions written this way.
/// </summary>
public sealed class MatrixRowTests
{
    private const string Source = """
        using System;
        using AutoGrad;

        public static partial class Matrices
        {
            [Differentiable]
            public static double RowSums(double[,] a)
            {
                double total = 0;
                for (int i = 0; i < a.GetLength(0); i++)
                {
                    double row = 0;
                    for (int j = 0; j < a.GetLength(1); j++)
                    {
                        row += Math.Sin(a[i, j]);
                    }
                    total += row * row;
                }
                return total;
            }

            [Differentiable]
            public static double Diagonal(double[,] a)
            {
                double total = 0;
                for (int i = 0; i < a.GetLength(0); i++)
                {
                    total += a[i, i] * a[i, 0];
                }
                return total;
            }
        }
        """;

    private static string Companions(string method) => GeneratorHarness.Run(Source).CompanionsOf(method);

    [Fact]
    public void An_inner_loop_over_columns_indexes_a_row()
    {
        string code = Companions("RowSums");
        Assert.Contains("aRow = global::AutoGrad.Internal.Arrays.Row(a, i);", code);
        Assert.Contains("aTangentRow = global::AutoGrad.Internal.Arrays.Row(aTangent, i);", code);
        Assert.Contains("aAdjointRow = global::AutoGrad.Internal.Arrays.Row(aAdjoint, i);", code);
        Assert.Contains("Math.Sin(aRow[j])", code);
        // Only the user's line, quoted in a comment, still indexes the matrix.
        Assert.All(code.Split('\n').Where(line => line.Contains("a[i, j]")), line => Assert.StartsWith("//", line.Trim()));
    }

    [Fact]
    public void A_loop_that_changes_the_row_index_indexes_the_matrix()
    {
        string code = Companions("Diagonal");
        Assert.DoesNotContain("Arrays.Row", code);
        Assert.Contains("a[i, i]", code.Split('\n').Where(line => !line.Trim().StartsWith("//")).Aggregate(string.Empty, string.Concat));
    }
}
