using System;

namespace AutoGrad;

/// <summary>
/// Marks a method whose derivatives AutoGrad generates at build time. For a method <c>F</c> the
/// generator adds <c>FTangent</c> (forward mode: value and directional derivative) and
/// <c>FAdjoint</c> (reverse mode: value, and the gradient added into the <c>ref</c> adjoints) to the
/// same partial type. Every <see cref="double"/> parameter is differentiable unless it is marked
/// <see cref="NoDerivativeAttribute"/>; parameters of any other type are passed through unchanged.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class DifferentiableAttribute : Attribute
{
}
