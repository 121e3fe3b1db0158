using System;

namespace AutoGrad.Tests.Functions;

/// <summary>A class with instance [Differentiable] methods: the companions must be instance methods too.</summary>
public sealed partial class Spring
{
    [Differentiable]
    public double Energy(double stiffness, double x) => 0.5 * stiffness * x * x;

    [Differentiable]
    public double Damped(double x, double v, [NoDerivative] double damping) =>
        Energy(4.0, x) + (0.5 * v * v * Math.Exp(-damping));
}
