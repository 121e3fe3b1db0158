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
    /// <summary>
    /// The highest derivative order to generate, 1 to 8. 1 (the default) generates <c>FTangent</c> and
    /// <c>FAdjoint</c>; 2 also generates <c>FAdjointTangent</c>, the forward-mode derivative of
    /// <c>FAdjoint</c> (forward over reverse), which gives Hessian-vector products, and
    /// <c>FTangentTangent</c> (forward over forward). Each order N above 2 adds the forward mode of the
    /// companion of order N − 1: <c>FTangentTangentTangent</c>, and so on.
    /// </summary>
    public int Order { get; set; } = 1;
}
