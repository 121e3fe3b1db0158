using System;
using System.Linq;
using AutoGrad.GradBench.Evals;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>saddle: the nested derivative against its closed form, the saddle point found from both outer modes.</summary>
public sealed class SaddleTests
{
    [Fact]
    public void Inner_maximum_has_the_gradient_2x_in_both_modes()
    {
        // max over y of |x|² − |y|² is |x|², reached at y = 0 whatever x: its gradient in x is 2x.
        double[] x = [0.7, -0.4];
        double[] start = [1.0, 1.0];
        var reverse = new double[2];
        Saddle.InnerMaxAdjoint(x, reverse, start);
        double[] forward = [Saddle.InnerMaxTangent(x, [1.0, 0.0], start).Tangent, Saddle.InnerMaxTangent(x, [0.0, 1.0], start).Tangent];
        Inputs.Close([1.4, -0.8], reverse, "reverse over forward", 1e-8);
        Inputs.Close(reverse, forward, "forward over forward", 1e-12);
        Inputs.MatchesDifferences(p => Saddle.InnerMax(p, start), x, reverse);
    }

    [Theory]
    [InlineData("ff")]
    [InlineData("rf")]
    public void Finds_the_saddle_point_at_the_origin(string function)
    {
        double[] point = Inputs.Run<double[]>(new SaddleEval(), function, new { start = new[] { 1.0, 1.0 } });
        Assert.Equal(4, point.Length);
        Assert.All(point, v => Assert.True(Math.Abs(v) < 1e-4, $"{function}: {string.Join(", ", point)}"));
    }

    [Fact]
    public void Inner_reverse_mode_is_refused_with_the_reason()
    {
        var e = Assert.Throws<NotSupportedException>(() => Inputs.Run<double[]>(new SaddleEval(), "rr", new { start = new[] { 1.0, 1.0 } }));
        Assert.Contains("AG0001", e.Message);
    }
}
