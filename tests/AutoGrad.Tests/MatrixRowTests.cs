using System;
using AutoGrad.Internal;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// <see cref="Arrays.Row{T}"/>, which companions index instead of a matrix inside loops: the row's
/// elements, in place, and no exception until an element outside the matrix is touched.
/// </summary>
public sealed class MatrixRowTests
{
    [Fact]
    public void A_row_reads_and_writes_the_matrix_in_place()
    {
        var matrix = new double[3, 4];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                matrix[i, j] = (10 * i) + j;
            }
        }
        Span<double> row = Arrays.Row(matrix, 2);
        Assert.Equal(4, row.Length);
        Assert.Equal(new[] { 20.0, 21, 22, 23 }, row.ToArray());
        row[1] = -1;
        Assert.Equal(-1, matrix[2, 1]);
        Assert.Equal(13, Arrays.Row(matrix, 1)[3]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void A_row_outside_the_matrix_throws_only_when_an_element_is_touched(int row)
    {
        var matrix = new double[3, 4];
        int length = Arrays.Row(matrix, row).Length;
        Assert.Equal(0, length);
        Assert.Throws<IndexOutOfRangeException>(() => Arrays.Row(matrix, row)[0]);
        Assert.Throws<IndexOutOfRangeException>(() => Arrays.Row<double>(null, 0)[0]);
    }

    [Fact]
    public void A_matrix_that_does_not_start_at_zero_is_refused()
    {
        var matrix = (double[,])Array.CreateInstance(typeof(double), [2, 2], [1, 1]);
        var error = Assert.Throws<ArgumentException>(() => Arrays.Row(matrix, 1).Length);
        Assert.Contains("[1, 1]", error.Message);
    }
}
