using System.Collections.Generic;
using Xunit;

namespace AutoGrad.Optimization.Tests;

/// <summary>One options value per method, for tests that every optimizer must pass.</summary>
internal static class Methods
{
    public static OptimizerOptions Create(string method) => method switch
    {
        "GradientDescent" => new GradientDescentOptions { LearningRate = 1e-3 },
        "Momentum" => new GradientDescentOptions { LearningRate = 1e-3, Momentum = 0.9 },
        "Nesterov" => new GradientDescentOptions { LearningRate = 1e-3, Momentum = 0.9, Nesterov = true },
        "Adam" => new AdamOptions { LearningRate = 1e-2 },
        "Lbfgs" => new LbfgsOptions(),
        _ => throw new KeyNotFoundException(method),
    };

    public static TheoryData<string> All => new() { "GradientDescent", "Momentum", "Nesterov", "Adam", "Lbfgs" };
}
