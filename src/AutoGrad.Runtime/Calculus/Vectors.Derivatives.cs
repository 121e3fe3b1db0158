using System.Numerics.Tensors;
using AutoGrad.Internal;

namespace AutoGrad;

/// <summary>
/// The companions of the reductions, so that <see cref="DifferentiableAttribute">[Differentiable]</see>
/// methods can call them: forward (<c>…Tangent</c>), reverse (<c>…Adjoint</c>, adding into the adjoints it is
/// given) and the two second-order ones, with the signatures AutoGrad generates. None has a partial that is
/// infinite at a finite point: ∇‖x‖₂ = x / ‖x‖₂ has entries in [−1, 1], and is taken as 0 at x = 0 (as Hypot's).
/// </summary>
public static partial class Vectors
{
    /// <summary>Forward mode of <see cref="Dot"/>: ⟨a, b⟩ and ⟨ȧ, b⟩ + ⟨a, ḃ⟩.</summary>
    public static (double Value, double Tangent) DotTangent(double[] a, double[] aTangent, double[] b, double[] bTangent)
    {
        CheckLengths(a, aTangent, b, bTangent, nameof(aTangent), nameof(bTangent));
        return (Dot(a, b), Dot(aTangent, b) + Dot(a, bTangent));
    }

    /// <summary>Reverse mode of <see cref="Dot"/>: adds seed·b into <paramref name="aAdjoint"/> and seed·a into <paramref name="bAdjoint"/>.</summary>
    public static double DotAdjoint(double[] a, double[] aAdjoint, double[] b, double[] bAdjoint, double seed = 1.0)
    {
        CheckLengths(a, aAdjoint, b, bAdjoint, nameof(aAdjoint), nameof(bAdjoint));
        TensorPrimitives.MultiplyAdd<double>(b, seed, aAdjoint, aAdjoint);
        TensorPrimitives.MultiplyAdd<double>(a, seed, bAdjoint, bAdjoint);
        return Dot(a, b);
    }

    /// <summary>Forward over reverse of <see cref="Dot"/>: <see cref="DotAdjoint"/>, and its derivative along the tangents.</summary>
    public static (double Value, double Tangent) DotAdjointTangent(
        double[] a, double[] aTangent, double[] aAdjoint, double[] aAdjointTangent,
        double[] b, double[] bTangent, double[] bAdjoint, double[] bAdjointTangent,
        double seed = 1.0, double seedTangent = 0.0)
    {
        CheckLengths(a, aTangent, b, bTangent, nameof(aTangent), nameof(bTangent));
        CheckLengths(a, aAdjointTangent, b, bAdjointTangent, nameof(aAdjointTangent), nameof(bAdjointTangent));
        (double value, double tangent) = DotTangent(a, aTangent, b, bTangent);
        DotAdjoint(a, aAdjoint, b, bAdjoint, seed);
        // ∂(seed·b)/∂t = seedTangent·b + seed·ḃ, and the same for a.
        TensorPrimitives.MultiplyAdd<double>(b, seedTangent, aAdjointTangent, aAdjointTangent);
        TensorPrimitives.MultiplyAdd<double>(bTangent, seed, aAdjointTangent, aAdjointTangent);
        TensorPrimitives.MultiplyAdd<double>(a, seedTangent, bAdjointTangent, bAdjointTangent);
        TensorPrimitives.MultiplyAdd<double>(aTangent, seed, bAdjointTangent, bAdjointTangent);
        return (value, tangent);
    }

    /// <summary>Forward over forward of <see cref="Dot"/>: second directional derivatives, as <c>FTangentTangent</c> (see the README).</summary>
    public static ((double Value, double Tangent) Value, (double Value, double Tangent) Tangent) DotTangentTangent(
        double[] a, double[] aTangent2, double[] aTangent, double[] aTangentTangent,
        double[] b, double[] bTangent2, double[] bTangent, double[] bTangentTangent)
    {
        CheckLengths(a, aTangent2, b, bTangent2, nameof(aTangent2), nameof(bTangent2));
        CheckLengths(a, aTangentTangent, b, bTangentTangent, nameof(aTangentTangent), nameof(bTangentTangent));
        (double value, double tangent) = DotTangent(a, aTangent, b, bTangent);
        return (
            (value, Dot(aTangent2, b) + Dot(a, bTangent2)),
            (tangent, Dot(aTangentTangent, b) + Dot(aTangent, bTangent2) + Dot(aTangent2, bTangent) + Dot(a, bTangentTangent)));
    }

    /// <summary>Forward mode of <see cref="Sum"/>: Σ x and Σ ẋ.</summary>
    public static (double Value, double Tangent) SumTangent(double[] x, double[] xTangent)
    {
        Arrays.SameLength(x, nameof(x), xTangent, nameof(xTangent));
        return (Sum(x), Sum(xTangent));
    }

    /// <summary>Reverse mode of <see cref="Sum"/>: adds the seed into every entry of <paramref name="xAdjoint"/>.</summary>
    public static double SumAdjoint(double[] x, double[] xAdjoint, double seed = 1.0)
    {
        Arrays.SameLength(x, nameof(x), xAdjoint, nameof(xAdjoint));
        TensorPrimitives.Add<double>(xAdjoint, seed, xAdjoint);
        return Sum(x);
    }

    /// <summary>Forward over reverse of <see cref="Sum"/>.</summary>
    public static (double Value, double Tangent) SumAdjointTangent(double[] x, double[] xTangent, double[] xAdjoint, double[] xAdjointTangent, double seed = 1.0, double seedTangent = 0.0)
    {
        Arrays.SameLength(x, nameof(x), xAdjointTangent, nameof(xAdjointTangent));
        (double value, double tangent) = SumTangent(x, xTangent);
        SumAdjoint(x, xAdjoint, seed);
        TensorPrimitives.Add<double>(xAdjointTangent, seedTangent, xAdjointTangent);
        return (value, tangent);
    }

    /// <summary>Forward over forward of <see cref="Sum"/>.</summary>
    public static ((double Value, double Tangent) Value, (double Value, double Tangent) Tangent) SumTangentTangent(
        double[] x, double[] xTangent2, double[] xTangent, double[] xTangentTangent)
    {
        (double value, double tangent) = SumTangent(x, xTangent);
        return ((value, SumTangent(x, xTangent2).Tangent), (tangent, SumTangent(x, xTangentTangent).Tangent));
    }

    /// <summary>Forward mode of <see cref="SumOfSquares"/>: Σ x² and 2⟨x, ẋ⟩.</summary>
    public static (double Value, double Tangent) SumOfSquaresTangent(double[] x, double[] xTangent)
    {
        Arrays.SameLength(x, nameof(x), xTangent, nameof(xTangent));
        return (SumOfSquares(x), 2.0 * Dot(x, xTangent));
    }

    /// <summary>Reverse mode of <see cref="SumOfSquares"/>: adds 2·seed·x into <paramref name="xAdjoint"/>.</summary>
    public static double SumOfSquaresAdjoint(double[] x, double[] xAdjoint, double seed = 1.0)
    {
        Arrays.SameLength(x, nameof(x), xAdjoint, nameof(xAdjoint));
        TensorPrimitives.MultiplyAdd<double>(x, 2.0 * seed, xAdjoint, xAdjoint);
        return SumOfSquares(x);
    }

    /// <summary>Forward over reverse of <see cref="SumOfSquares"/>.</summary>
    public static (double Value, double Tangent) SumOfSquaresAdjointTangent(double[] x, double[] xTangent, double[] xAdjoint, double[] xAdjointTangent, double seed = 1.0, double seedTangent = 0.0)
    {
        Arrays.SameLength(x, nameof(x), xAdjointTangent, nameof(xAdjointTangent));
        (double value, double tangent) = SumOfSquaresTangent(x, xTangent);
        SumOfSquaresAdjoint(x, xAdjoint, seed);
        TensorPrimitives.MultiplyAdd<double>(x, 2.0 * seedTangent, xAdjointTangent, xAdjointTangent);
        TensorPrimitives.MultiplyAdd<double>(xTangent, 2.0 * seed, xAdjointTangent, xAdjointTangent);
        return (value, tangent);
    }

    /// <summary>Forward over forward of <see cref="SumOfSquares"/>: the second derivative along (ẋ, ẋ₂) is 2⟨ẋ, ẋ₂⟩.</summary>
    public static ((double Value, double Tangent) Value, (double Value, double Tangent) Tangent) SumOfSquaresTangentTangent(
        double[] x, double[] xTangent2, double[] xTangent, double[] xTangentTangent)
    {
        (double value, double tangent) = SumOfSquaresTangent(x, xTangent);
        return ((value, SumOfSquaresTangent(x, xTangent2).Tangent),
            (tangent, (2.0 * Dot(xTangent, xTangent2)) + SumOfSquaresTangent(x, xTangentTangent).Tangent));
    }

    /// <summary>Forward mode of <see cref="Norm2"/>: ‖x‖ and ⟨x, ẋ⟩ / ‖x‖ (0 at x = 0).</summary>
    public static (double Value, double Tangent) Norm2Tangent(double[] x, double[] xTangent)
    {
        Arrays.SameLength(x, nameof(x), xTangent, nameof(xTangent));
        double norm = Norm2(x);
        return (norm, norm == 0.0 ? 0.0 : Dot(x, xTangent) / norm);
    }

    /// <summary>Reverse mode of <see cref="Norm2"/>: adds seed·x / ‖x‖ into <paramref name="xAdjoint"/> (nothing at x = 0).</summary>
    public static double Norm2Adjoint(double[] x, double[] xAdjoint, double seed = 1.0)
    {
        Arrays.SameLength(x, nameof(x), xAdjoint, nameof(xAdjoint));
        double norm = Norm2(x);
        if (norm != 0.0)
        {
            TensorPrimitives.MultiplyAdd<double>(x, seed / norm, xAdjoint, xAdjoint);
        }
        return norm;
    }

    /// <summary>
    /// Forward over reverse of <see cref="Norm2"/>: the Hessian is (I − u·uᵀ) / ‖x‖ with u = x / ‖x‖, so the
    /// tangent of seed·u is seedTangent·u + seed·(ẋ − u·⟨u, ẋ⟩) / ‖x‖. Taken as 0 at x = 0, as the gradient.
    /// </summary>
    public static (double Value, double Tangent) Norm2AdjointTangent(double[] x, double[] xTangent, double[] xAdjoint, double[] xAdjointTangent, double seed = 1.0, double seedTangent = 0.0)
    {
        Arrays.SameLength(x, nameof(x), xAdjointTangent, nameof(xAdjointTangent));
        (double norm, double tangent) = Norm2Tangent(x, xTangent);
        Norm2Adjoint(x, xAdjoint, seed);
        if (norm != 0.0)
        {
            // tangent = ⟨u, ẋ⟩.
            TensorPrimitives.MultiplyAdd<double>(x, (seedTangent - (seed * tangent / norm)) / norm, xAdjointTangent, xAdjointTangent);
            TensorPrimitives.MultiplyAdd<double>(xTangent, seed / norm, xAdjointTangent, xAdjointTangent);
        }
        return (norm, tangent);
    }

    /// <summary>Forward over forward of <see cref="Norm2"/>: ẋᵀ·H·ẋ₂ = (⟨ẋ, ẋ₂⟩ − ⟨u, ẋ⟩⟨u, ẋ₂⟩) / ‖x‖.</summary>
    public static ((double Value, double Tangent) Value, (double Value, double Tangent) Tangent) Norm2TangentTangent(
        double[] x, double[] xTangent2, double[] xTangent, double[] xTangentTangent)
    {
        (double norm, double along) = Norm2Tangent(x, xTangent);
        double along2 = Norm2Tangent(x, xTangent2).Tangent;
        double second = norm == 0.0 ? 0.0 : (Dot(xTangent, xTangent2) - (along * along2)) / norm;
        return ((norm, along2), (along, second + Norm2Tangent(x, xTangentTangent).Tangent));
    }

    private static void CheckLengths(double[] a, double[] aPartner, double[] b, double[] bPartner, string aPartnerName, string bPartnerName)
    {
        Arrays.SameLength(a, nameof(a), aPartner, aPartnerName);
        Arrays.SameLength(b, nameof(b), bPartner, bPartnerName);
    }
}
