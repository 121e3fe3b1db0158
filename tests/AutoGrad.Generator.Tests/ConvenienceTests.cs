using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// The conveniences beside the companions, FGradient and FDerivatives (Transforms/GradientAdapter.cs,
/// DerivativeSeries.cs): generated where they apply, and left out, without an error, where the user's type
/// already has a member of that name.
/// </summary>
public sealed class ConvenienceTests
{
    private const string Source = """
        using System;
        using AutoGrad;

        public static partial class Work
        {
            [Differentiable(Order = 2)]
            public static double Loss(double[] w, [NoDerivative] double[] data, double lambda) => w[0] * data[0] + lambda * w[1] * w[1];

            // The user's own names: kept, and the conveniences they would clash with are not generated.
            public static double[] LossGradient(double[] w) => w;

            [Differentiable(Order = 3)]
            public static double Wave(double t) => Math.Sin(t);

            public static int WaveDerivatives => 3;

            [Differentiable(Order = 2)]
            public static double Bump(double t, [NoDerivative] double width) => Math.Exp(-t * t / width);

            [Differentiable]
            public static double[] Pair(double t) => new double[2];
        }
        """;

    [Fact]
    public void A_name_the_user_took_is_left_to_the_user()
    {
        GeneratorRun run = GeneratorHarness.Run(Source);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain("LossGradient(", run.CompanionsOf("Loss"));
        Assert.DoesNotContain("WaveDerivatives(", run.CompanionsOf("Wave"));
        Assert.Contains("public static double WaveGradient(double t)", run.CompanionsOf("Wave"));
    }

    [Fact]
    public void The_series_takes_the_method_parameters_and_the_gradient_comes_in_the_shape_of_the_inputs()
    {
        GeneratorRun run = GeneratorHarness.Run(Source);
        string bump = run.CompanionsOf("Bump");
        Assert.Contains("public static double[] BumpDerivatives(double t, double width)", bump);
        Assert.Contains("var series = BumpTangentTangent(t, 1.0, 1.0, 0.0, width);", bump);
        Assert.Contains("return new double[] { series.Value.Value, series.Tangent.Value, series.Tangent.Tangent };", bump);
        // A function of an array has no series; an array result has no gradient.
        Assert.DoesNotContain("LossDerivatives(", run.CompanionsOf("Loss"));
        Assert.DoesNotContain("PairGradient(", run.CompanionsOf("Pair"));
    }
}
