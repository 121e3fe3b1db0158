using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace AutoGrad.Internal;

/// <summary>
/// The product of a derivative and a partial where a zero factor contributes nothing, even against an
/// infinite one: IEEE arithmetic says 0·∞ is NaN, the chain rule says a term that does not move
/// contributes 0. Generated code calls it where a tangent or adjoint may be infinite (downstream of
/// √ at 0, say) and the partial it meets may be 0.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrongZero
{
    /// <summary><paramref name="derivative"/> · <paramref name="partial"/>, but 0 where one is 0 and the other infinite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Times(double derivative, double partial)
    {
        double product = derivative * partial;
        // NaN from two numbers is 0·∞; a NaN factor stays NaN.
        return double.IsNaN(product) && !double.IsNaN(derivative) && !double.IsNaN(partial) ? 0.0 : product;
    }
}
