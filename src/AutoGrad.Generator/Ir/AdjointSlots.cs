using System.Collections.Generic;

namespace AutoGrad.Generator.Ir;

/// <summary>
/// The argument list of a callee's <c>Adjoint</c> companion, slot by slot: each parameter, then (if
/// it is differentiable) its adjoint, and last the seed. Both the reverse transform (which builds
/// such calls) and the analyses of its output (which read them) go through this one description.
/// </summary>
internal static class AdjointSlots
{
    internal enum Kind
    {
        Parameter,
        Adjoint,
        Seed,
    }

    internal sealed record Slot(Kind Kind, IrType Type, bool IsDifferentiable);

    public static IReadOnlyList<Slot> Of(Callee callee, IrType resultType)
    {
        var slots = new List<Slot>();
        foreach (CalleeParameter parameter in callee.Parameters)
        {
            slots.Add(new Slot(Kind.Parameter, parameter.Type, parameter.IsDifferentiable));
            if (parameter.IsDifferentiable)
            {
                slots.Add(new Slot(Kind.Adjoint, parameter.Type, true));
            }
        }
        slots.Add(new Slot(Kind.Seed, resultType, true));
        return slots;
    }
}
