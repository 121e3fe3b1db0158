using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Object locals used only passively, in both modes against closed forms and differences, and at order 2.</summary>
public sealed class ObjectLocalTests
{
    private static readonly double[] Point = [0.7, -1.3, 0.4, 1.1];

    [Fact]
    public void Weights_from_a_seeded_Random_are_constants_of_the_gradient()
    {
        var rng = new Random(42);
        double[] expected = new double[Point.Length];
        for (int i = 0; i < Point.Length; i++)
        {
            expected[i] = 2 * rng.NextDouble() * Point[i];
        }
        double[] gradient = new double[Point.Length];
        Approx.Equal(ObjectLocals.RandomWeights(Point), ObjectLocals.RandomWeightsAdjoint(Point, gradient), "value");
        Matrices.Equal(expected, gradient, "Adjoint");
        Approx.Equal(expected[3], ObjectLocals.RandomWeightsTangent(Point, [0.0, 0.0, 0.0, 1.0]).Tangent, "Tangent along x₃");
        OrderTwoChecks.AgreeWithDifferences(ObjectLocals.RandomWeights, ObjectLocals.RandomWeightsAdjoint, ObjectLocals.RandomWeightsTangent,
            ObjectLocals.RandomWeightsAdjointTangent, Point, "RandomWeights");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(-0.2)]
    public void Indices_in_a_list_and_a_log_leave_the_closed_form_gradient(double threshold)
    {
        double sum = 0;
        double[] expected = new double[Point.Length];
        for (int i = 0; i < Point.Length; i++)
        {
            if (Point[i] > threshold)
            {
                sum += Math.Exp(Point[i]);
                expected[i] = threshold * Math.Exp(Point[i]);
            }
        }
        double[] gradient = new double[Point.Length];
        double thresholdAdjoint = 0;
        Approx.Equal(sum * threshold, ObjectLocals.SelectedWithLogAdjoint(Point, gradient, threshold, ref thresholdAdjoint), "value");
        Matrices.Equal(expected, gradient, "Adjoint");
        Approx.Equal(sum, thresholdAdjoint, "∂/∂t");
        Approx.Equal(sum, ObjectLocals.SelectedWithLogTangent(Point, new double[4], threshold, 1.0).Tangent, "Tangent along t");
        OrderTwoChecks.AgreeWithDifferences(p => ObjectLocals.SelectedWithLog(p, threshold), (p, g, seed) => { double t = 0; return ObjectLocals.SelectedWithLogAdjoint(p, g, threshold, ref t, seed); },
            (p, v) => ObjectLocals.SelectedWithLogTangent(p, v, threshold, 0.0),
            (p, v, g, gv, seed, seedTangent) => { double t = 0, tt = 0; return ObjectLocals.SelectedWithLogAdjointTangent(p, v, g, gv, threshold, 0.0, ref t, ref tt, seed, seedTangent); },
            Point, $"SelectedWithLog, t = {threshold}");
    }
}
