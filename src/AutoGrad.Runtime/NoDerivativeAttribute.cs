using System;

namespace AutoGrad;

/// <summary>
/// Marks a <see cref="double"/> parameter of a <see cref="DifferentiableAttribute">[Differentiable]</see>
/// method as a constant: it gets no tangent or adjoint partner, and nothing is differentiated with
/// respect to it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NoDerivativeAttribute : Attribute
{
}
