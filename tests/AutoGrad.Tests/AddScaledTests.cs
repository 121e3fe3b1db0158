using System;
using AutoGrad.Internal;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// <see cref="Arrays.AddScaled"/>, which replaces a reverse sweep's loop <c>t[o + k] += s * x[p + k]</c>:
/// the same bits as that loop, run backwards as generated, for every length around the vector width.
/// </summary>
public sealed class AddScaledTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(100)]
    public void Gives_the_loops_bits(int count)
    {
        var random = new Random(count);
        double[] target = RandomArray(random, count + 5);
        double[] source = RandomArray(random, count + 3);
        double scale = random.NextDouble() - 0.5;
        var expected = (double[])target.Clone();
        for (int k = count - 1; k >= 0; k--)
        {
            expected[2 + k] += scale * source[3 + k];
        }
        Arrays.AddScaled(target, 2, scale, source, 3, count);
        Assert.Equal(expected, target);
    }

    [Fact]
    public void One_array_both_ways_runs_backwards_like_the_loop()
    {
        double[] array = RandomArray(new Random(3), 20);
        var expected = (double[])array.Clone();
        for (int k = 9; k >= 0; k--)
        {
            expected[k] += 0.5 * expected[k + 1];
        }
        Arrays.AddScaled(array, 0, 0.5, array, 1, 10);
        Assert.Equal(expected, array);
    }

    [Theory]
    [InlineData(-1, 0, 4)]
    [InlineData(0, 0, 11)]
    [InlineData(8, 0, 4)]
    [InlineData(0, 7, 4)]
    public void A_range_outside_an_array_throws_before_changing_anything(int targetStart, int sourceStart, int count)
    {
        var target = new double[10];
        var source = new double[10];
        Array.Fill(source, 1.0);
        Assert.Throws<IndexOutOfRangeException>(() => Arrays.AddScaled(target, targetStart, 2.0, source, sourceStart, count));
        Assert.All(target, v => Assert.Equal(0.0, v));
    }

    private static double[] RandomArray(Random random, int length)
    {
        var array = new double[length];
        for (int i = 0; i < length; i++)
        {
            array[i] = (random.NextDouble() * 200) - 100;
        }
        return array;
    }
}
