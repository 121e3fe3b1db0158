using System;

namespace AutoGrad.Tests.Functions;

public enum Topology
{
    Series,
    Parallel,
    Bridge = -3,
}

/// <summary>Constants of every type keep their type in the companions: enums, const fields and locals, char, long, float.</summary>
public static partial class TypedConstants
{
    private const double Gravity = 9.81;
    private const long Scale = 3L;

    /// <summary>Two resistors in series or in parallel.</summary>
    [Differentiable(Order = 2)]
    public static double Resistance(double a, double b, Topology topology) =>
        topology == Topology.Parallel ? a * b / (a + b) : topology == Topology.Bridge ? a - b : a + b;

    /// <summary>Constants of other types in double arithmetic, a const local.</summary>
    [Differentiable(Order = 2)]
    public static double Mixed(double x)
    {
        const double half = 0.5;
        const char letter = 'a';
        return (Gravity * half * x * x) + (Scale * x) + (letter * x) + (1.5f * x);
    }
}
