using System;
using System.ComponentModel;

namespace AutoGrad.Internal;

/// <summary>Array operations generated companions call: length checks and adjoint accumulation.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Arrays
{
    /// <summary>Throws if <paramref name="partner"/> (a tangent, adjoint or seed) is not as long as <paramref name="value"/>.</summary>
    public static void SameLength(double[] value, string valueName, double[] partner, string partnerName)
    {
        ArgumentNullException.ThrowIfNull(value, valueName);
        ArgumentNullException.ThrowIfNull(partner, partnerName);
        if (partner.Length != value.Length)
        {
            throw new ArgumentException(
                $"'{partnerName}' has length {partner.Length}, but '{valueName}' has length {value.Length}; they must be equal.",
                partnerName);
        }
    }

    /// <summary>Adds <paramref name="source"/> into <paramref name="target"/>, element by element.</summary>
    public static void AddInto(double[] target, double[] source)
    {
        if (target.Length != source.Length)
        {
            throw new ArgumentException($"Cannot add an array of length {source.Length} into one of length {target.Length}.", nameof(source));
        }
        System.Numerics.Tensors.TensorPrimitives.Add(target, source, target);
    }
}
