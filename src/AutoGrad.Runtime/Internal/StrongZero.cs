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
    /// <summary><paramref name="derivative"/> · <paramref name="partial"/>, but 0 where one is 0 and the other infinite or NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Times(double derivative, double partial)
    {
        double product = derivative * partial;
        // A NaN product is 0·∞ or has a NaN factor: a zero factor makes the term 0 either way, so both
        // modes agree whichever side of the chain the zero comes from (reverse mode meets it first).
        return double.IsNaN(product) && (derivative == 0.0 || partial == 0.0) ? 0.0 : product;
    }
}
