using System;
using Xunit;

namespace AutoGrad.Optimization.Tests;

public class OptionValidationTests
{
    public static TheoryData<string, double> BadDoubles => new()
    {
        { "GradientDescent.LearningRate", 0 },
        { "GradientDescent.LearningRate", -0.1 },
        { "GradientDescent.LearningRate", double.NaN },
        { "GradientDescent.LearningRate", double.PositiveInfinity },
        { "GradientDescent.Momentum", -0.5 },
        { "GradientDescent.Momentum", 1 },
        { "Adam.LearningRate", 0 },
        { "Adam.LearningRate", -1e-3 },
        { "Adam.Beta1", 1 },
        { "Adam.Beta1", -0.1 },
        { "Adam.Beta2", 1.5 },
        { "Adam.Beta2", double.NaN },
        { "Adam.Epsilon", 0 },
        { "Lbfgs.FunctionTolerance", -1e-9 },
        { "Lbfgs.FunctionTolerance", double.NaN },
        { "Lbfgs.GradientTolerance", -1 },
        { "Adam.GradientTolerance", double.PositiveInfinity },
    };

    [Theory]
    [MemberData(nameof(BadDoubles))]
    public void A_bad_number_throws_naming_the_option_and_the_value(string option, double value)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Set(option, value));

        string name = option.Split('.')[1];
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith(name + " must be", e.Message);
        Assert.Contains("but was " + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Zero_or_negative_counts_throw_naming_the_option_and_the_value(int value)
    {
        AssertCountRejected("MaxIterations", value, () => new GradientDescentOptions { MaxIterations = value });
        AssertCountRejected("MaxIterations", value, () => new AdamOptions { MaxIterations = value });
        AssertCountRejected("MaxIterations", value, () => new LbfgsOptions { MaxIterations = value });
        AssertCountRejected("HistorySize", value, () => new LbfgsOptions { HistorySize = value });
        AssertCountRejected("MaxLineSearchEvaluations", value, () => new LbfgsOptions { MaxLineSearchEvaluations = value });
    }

    [Fact]
    public void A_with_expression_validates_too()
    {
        var options = new LbfgsOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => options with { MaxIterations = 0 });
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void A_null_start_throws(string method)
    {
        ArgumentNullException e = Assert.Throws<ArgumentNullException>(
            () => Optimizer.Minimize(Problem.Booth.ScalarAdjoint, null!, Methods.Create(method)));

        Assert.Equal("x0", e.ParamName);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void An_empty_start_throws(string method)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => Optimizer.Minimize(Problem.Booth.ScalarAdjoint, Array.Empty<double>(), Methods.Create(method)));

        Assert.Equal("x0", e.ParamName);
        Assert.Contains("empty", e.Message);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void A_start_that_is_not_finite_throws_naming_the_component(double bad, string shown)
    {
        foreach (string method in new[] { "GradientDescent", "Adam", "Lbfgs" })
        {
            ArgumentException e = Assert.Throws<ArgumentException>(
                () => Optimizer.Minimize(Problem.Booth.ScalarAdjoint, new[] { 1.0, bad }, Methods.Create(method)));

            Assert.Equal("x0", e.ParamName);
            Assert.Contains($"x0[1] is {shown}", e.Message);
        }
    }

    [Fact]
    public void A_null_objective_or_options_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Lbfgs.Minimize(null!, new[] { 1.0 }));
        Assert.Throws<ArgumentNullException>(() => Adam.Minimize(null!, new[] { 1.0 }));
        Assert.Throws<ArgumentNullException>(() => GradientDescent.Minimize(null!, new[] { 1.0 }));
        Assert.Throws<ArgumentNullException>(() => Optimizer.Minimize(Problem.Booth.ScalarAdjoint, new[] { 1.0, 2.0 }, null!));
    }

    [Fact]
    public void Tolerances_of_zero_turn_the_convergence_tests_off()
    {
        var options = new GradientDescentOptions { LearningRate = 0.05, MaxIterations = 2000 };

        OptimizationResult withDefaults = GradientDescent.Minimize(Problem.Booth.ScalarAdjoint, Problem.Booth.Start, options);
        OptimizationResult withZeros = GradientDescent.Minimize(
            Problem.Booth.ScalarAdjoint, Problem.Booth.Start, options with { FunctionTolerance = 0, GradientTolerance = 0 });

        Assert.True(withDefaults.Converged && withDefaults.Iterations < 300, $"{withDefaults.StopReason} after {withDefaults.Iterations}");
        Assert.Equal(StopReason.MaxIterations, withZeros.StopReason);
        Assert.Equal(2000, withZeros.Iterations);
    }

    private static void AssertCountRejected(string name, int value, Func<OptimizerOptions> create)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => create());
        Assert.Equal(name, e.ParamName);
        Assert.Contains($"{name} must be at least 1, but was {value}.", e.Message);
    }

    private static object Set(string option, double value) => option switch
    {
        "GradientDescent.LearningRate" => new GradientDescentOptions { LearningRate = value },
        "GradientDescent.Momentum" => new GradientDescentOptions { Momentum = value },
        "Adam.LearningRate" => new AdamOptions { LearningRate = value },
        "Adam.Beta1" => new AdamOptions { Beta1 = value },
        "Adam.Beta2" => new AdamOptions { Beta2 = value },
        "Adam.Epsilon" => new AdamOptions { Epsilon = value },
        "Adam.GradientTolerance" => new AdamOptions { GradientTolerance = value },
        "Lbfgs.FunctionTolerance" => new LbfgsOptions { FunctionTolerance = value },
        "Lbfgs.GradientTolerance" => new LbfgsOptions { GradientTolerance = value },
        _ => throw new ArgumentException(option),
    };
}
