using System;
using AutoGrad.Internal;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// <see cref="Scratch"/>, where Adjoint companions rent their local arrays: each rental is zeros of
/// exactly the size asked for, a returned array serves the next rental of its size, and two rentals
/// never share an array.
/// </summary>
public sealed class ScratchTests
{
    [Fact]
    public void A_returned_array_comes_back_cleared_for_the_same_length_only()
    {
        double[] first = Scratch.Rent(7);
        Assert.Equal(7, first.Length);
        first.AsSpan().Fill(3.5);
        Scratch.Return(first);
        double[] other = Scratch.Rent(8);
        Assert.NotSame(first, other);
        double[] again = Scratch.Rent(7);
        Assert.Same(first, again);
        Assert.All(again, v => Assert.Equal(0.0, v));
        Scratch.Return(again);
        Scratch.Return(other);
    }

    [Fact]
    public void A_returned_matrix_comes_back_cleared_for_the_same_shape_only()
    {
        double[,] first = Scratch.Rent(2, 3);
        first[1, 2] = 4;
        Scratch.Return(first);
        double[,] transposed = Scratch.Rent(3, 2);
        Assert.NotSame(first, transposed);
        double[,] again = Scratch.Rent(2, 3);
        Assert.Same(first, again);
        Assert.Equal(0.0, again[1, 2]);
        Scratch.Return(again);
        Scratch.Return(transposed);
    }

    [Fact]
    public void Nested_rentals_get_different_arrays()
    {
        double[] outer = Scratch.Rent(5);
        double[] inner = Scratch.Rent(5);
        Assert.NotSame(outer, inner);
        Scratch.Return(inner);
        Scratch.Return(outer);
    }

    [Fact]
    public void A_thread_full_of_other_sizes_still_keeps_the_newest()
    {
        for (int length = 1000; length < 1040; length++)
        {
            Scratch.Return(new double[length]);
        }
        double[] mine = Scratch.Rent(3);
        Scratch.Return(mine);
        Assert.Same(mine, Scratch.Rent(3));
    }

    [Fact]
    public void Large_arrays_are_not_kept()
    {
        double[] large = Scratch.Rent(1 << 17);
        Scratch.Return(large);
        Assert.NotSame(large, Scratch.Rent(1 << 17));
    }
}
