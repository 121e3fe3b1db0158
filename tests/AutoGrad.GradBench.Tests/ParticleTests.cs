using System;
using AutoGrad.GradBench.Evals;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>particle: the nested derivative against central differences and across modes; the control found.</summary>
public sealed class ParticleTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.15)]
    public void Derivative_of_the_miss_agrees_across_modes_and_with_differences(double w)
    {
        double reverse = 0;
        Particle.MissAdjoint(w, ref reverse);
        double forward = Particle.MissTangent(w, 1.0).Tangent;
        Inputs.Close(reverse, forward, "reverse over forward vs forward over forward", 1e-10);
        Inputs.MatchesDifferences(p => Particle.Miss(p[0]), [w], [reverse]);
    }

    [Theory]
    [InlineData("ff")]
    [InlineData("rf")]
    public void Finds_the_control_the_eval_expects(string function)
    {
        // GradBench's particle eval compares with this value (its run.py).
        Inputs.Close(0.2071918746486116, Inputs.Run<double>(new ParticleEval(), function, new { w = 0.0 }), function, 1e-6);
    }
}
