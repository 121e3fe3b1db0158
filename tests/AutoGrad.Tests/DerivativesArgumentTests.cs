using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// The Derivatives helpers validate before they call: null arguments, arrays of the wrong length and
/// companions whose results do not fit throw ArgumentException naming the sizes.
/// </summary>
public sealed class DerivativesArgumentTests
{
    private static readonly double[] X3 = { 0.5, -0.25, 1.5 };

    [Fact]
    public void Gradient_into_a_buffer_overwrites_it_rather_than_adding()
    {
        double[] buffer = { 100.0, -100.0, 7.0 };
        double value = Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, X3, buffer);
        Approx.Equal(ArraysRosenbrock.Rosenbrock(X3), value, "value");
        Matrices.Equal(ArrayGradientTests.RosenbrockGradient(X3), buffer, "gradient", Approx.Tight, 1e-12);
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException_naming_the_parameter()
    {
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => Derivatives.Gradient(null!, X3)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, null!)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentNullException>(() => Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, X3, null!)).ParamName);
        Assert.Equal("v", Assert.Throws<ArgumentNullException>(() => Derivatives.Directional(ArraysRosenbrock.RosenbrockTangent, X3, null!)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => Derivatives.Jacobian(ArraysMaps.SinWaveTangent, null!)).ParamName);
        Assert.Equal("adjoint", Assert.Throws<ArgumentNullException>(() => Derivatives.Jacobian(ArraysMaps.SinWaveTangent, null!, X3)).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => Derivatives.Elementwise(null!, X3)).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => Derivatives.Hessian(null!, X3)).ParamName);
    }

    [Fact]
    public void Buffers_and_directions_of_the_wrong_length_name_both_lengths()
    {
        AssertLengths(() => Derivatives.Gradient(ArraysRosenbrock.RosenbrockAdjoint, X3, new double[2]), "gradient", 2, 3);
        AssertLengths(() => Derivatives.Directional(ArraysRosenbrock.RosenbrockTangent, X3, new double[4]), "v", 4, 3);
        ScalarAdjointTangent never = (_, _, _, _, _, _) => throw new InvalidOperationException("must not be called");
        AssertLengths(() => Derivatives.HessianVectorProduct(never, X3, new double[5]), "v", 5, 3);
        AssertLengths(() => Derivatives.HessianVectorProduct(never, X3, new double[3], new double[3], new double[1]), "product", 1, 3);
        AssertLengths(() => Derivatives.HessianVectorProduct(never, X3, new double[3], new double[2], new double[3]), "gradient", 2, 3);
    }

    [Fact]
    public void Reverse_Jacobian_with_the_wrong_output_length_names_both()
    {
        double[] x = { 0.3, -1.2, 0.7, 2.0 };
        // The generated companion checks its seed against what it returns.
        var generated = Assert.Throws<ArgumentException>(() => Derivatives.Jacobian(ArraysMaps.Nonlinear3x4Adjoint, x, 2));
        Assert.Equal("seed", generated.ParamName);
        Assert.Contains("'seed' has length 2", generated.Message, StringComparison.Ordinal);
        Assert.Contains("length 3", generated.Message, StringComparison.Ordinal);

        // A hand-written one that does not check is caught by Derivatives.
        VectorAdjoint lenient = (p, a, s) => new double[5];
        var caught = Assert.Throws<ArgumentException>(() => Derivatives.Jacobian(lenient, x, 2));
        Assert.Equal("outputLength", caught.ParamName);
        Assert.Contains("5 output(s)", caught.Message, StringComparison.Ordinal);
        Assert.Contains("outputLength is 2", caught.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() => Derivatives.Jacobian(ArraysMaps.Nonlinear3x4Adjoint, x, -1));
    }

    [Fact]
    public void Forward_Jacobian_rejects_a_tangent_whose_output_length_changes_or_disagrees_with_its_value()
    {
        VectorTangent growing = (p, v) =>
        {
            int m = v[0] == 1.0 ? 2 : 3;
            return (new double[m], new double[m]);
        };
        var changing = Assert.Throws<ArgumentException>(() => Derivatives.Jacobian(growing, X3));
        Assert.Contains("3 output(s) along x[1] but 2 along x[0]", changing.Message, StringComparison.Ordinal);

        VectorTangent mismatched = (p, v) => (new double[2], new double[4]);
        var lengths = Assert.Throws<ArgumentException>(() => Derivatives.Jacobian(mismatched, X3));
        Assert.Contains("value of length 2 but a tangent of length 4", lengths.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Elementwise_rejects_a_map_that_changes_the_length()
    {
        var e = Assert.Throws<ArgumentException>(() => Derivatives.Elementwise(ArraysMaps.Nonlinear3x4Tangent, new[] { 0.3, -1.2, 0.7, 2.0 }));
        Assert.Equal("f", e.ParamName);
        Assert.Contains("3 output(s) for 4 input(s)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_Jacobian_mode_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Derivatives.Jacobian(ArraysMaps.SinWaveTangent, ArraysMaps.SinWaveAdjoint, X3, (JacobianMode)7));
    }

    [Fact]
    public void A_function_of_no_variables_has_an_m_by_0_Jacobian()
    {
        VectorTangent constant = (p, v) => (new[] { 1.0, 2.0 }, new[] { 0.0, 0.0 });
        VectorAdjoint unused = (p, a, s) => throw new InvalidOperationException("must not be called");
        double[,] jacobian = Derivatives.Jacobian(constant, unused, Array.Empty<double>());
        Assert.Equal((2, 0), (jacobian.GetLength(0), jacobian.GetLength(1)));
    }

    private static void AssertLengths(Action call, string parameter, int actual, int expected)
    {
        var e = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains($"'{parameter}' has length {actual}, but 'x' has length {expected}", e.Message, StringComparison.Ordinal);
    }
}
