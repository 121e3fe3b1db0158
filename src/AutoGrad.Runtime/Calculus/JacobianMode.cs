namespace AutoGrad;

/// <summary>How <see cref="Derivatives.Jacobian(VectorTangent, VectorAdjoint, double[], JacobianMode)"/> builds an m×n Jacobian.</summary>
public enum JacobianMode
{
    /// <summary>
    /// Forward sweeps when the function has no more inputs than outputs (n ≤ m), reverse sweeps
    /// otherwise: whichever needs fewer companion calls.
    /// </summary>
    Auto,

    /// <summary>One <c>Tangent</c> call per input, each giving a column: n calls.</summary>
    Forward,

    /// <summary>One <c>Adjoint</c> call per output, each giving a row: m calls.</summary>
    Reverse,
}
