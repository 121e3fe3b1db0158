using System;
using System.Numerics.Tensors;
using AutoGrad.Internal;

namespace AutoGrad;

/// <summary>
/// The few vector operations that go around derivatives: step along a gradient, measure it, lay out
/// sample points. Vectorized with <see cref="TensorPrimitives"/>; the in-place ones allocate nothing.
/// <see cref="Dot"/>, <see cref="Sum"/>, <see cref="SumOfSquares"/> and <see cref="Norm2"/> can be called in
/// <see cref="DifferentiableAttribute">[Differentiable]</see> methods: their companions ship beside them.
/// </summary>
/// <remarks>
/// Vectorized sums add in a different order than a plain loop, so results may differ from one in
/// the last bits.
/// </remarks>
public static partial class Vectors
{
    /// <summary>The dot product Σ a[i]·b[i].</summary>
    /// <param name="a">The first vector.</param>
    /// <param name="b">The second vector, as long as <paramref name="a"/>.</param>
    /// <returns>⟨a, b⟩; 0 for empty vectors.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    [CustomDerivative]
    public static double Dot(double[] a, double[] b)
    {
        Arrays.SameLength(a, nameof(a), b, nameof(b));
        return TensorPrimitives.Dot<double>(a, b);
    }

    /// <summary>The Euclidean norm √(Σ x[i]²).</summary>
    /// <param name="x">The vector.</param>
    /// <returns>‖x‖₂; 0 for an empty vector. Not rescaled: it overflows to ∞ once Σ x[i]² does (elements beyond about 1e154).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is <see langword="null"/>.</exception>
    [CustomDerivative]
    public static double Norm2(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return TensorPrimitives.Norm<double>(x);
    }

    /// <summary>The sum Σ x[i].</summary>
    /// <param name="x">The vector.</param>
    /// <returns>The sum; 0 for an empty vector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is <see langword="null"/>.</exception>
    [CustomDerivative]
    public static double Sum(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return TensorPrimitives.Sum<double>(x);
    }

    /// <summary>The sum of squares Σ x[i]², a least-squares loss.</summary>
    /// <param name="x">The vector.</param>
    /// <returns>‖x‖₂²; 0 for an empty vector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is <see langword="null"/>.</exception>
    [CustomDerivative]
    public static double SumOfSquares(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return TensorPrimitives.SumOfSquares<double>(x);
    }

    /// <summary>The maximum norm maxᵢ |x[i]|, the usual convergence test for a gradient.</summary>
    /// <param name="x">The vector.</param>
    /// <returns>‖x‖∞; 0 for an empty vector; NaN if any element is NaN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is <see langword="null"/>.</exception>
    public static double NormInf(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.Length == 0 ? 0.0 : Math.Abs(TensorPrimitives.MaxMagnitude<double>(x));
    }

    /// <summary>y ← y + α·x, in place (BLAS <c>axpy</c>): a gradient step is <c>Axpy(-rate, gradient, x)</c>.</summary>
    /// <param name="alpha">The factor α.</param>
    /// <param name="x">The vector added.</param>
    /// <param name="y">The vector updated, as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void Axpy(double alpha, double[] x, double[] y)
    {
        Arrays.SameLength(x, nameof(x), y, nameof(y));
        TensorPrimitives.MultiplyAdd<double>(x, alpha, y, y);
    }

    /// <summary>x ← α·x, in place.</summary>
    /// <param name="alpha">The factor α.</param>
    /// <param name="x">The vector scaled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is <see langword="null"/>.</exception>
    public static void Scale(double alpha, double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        TensorPrimitives.Multiply<double>(x, alpha, x);
    }

    /// <summary>
    /// <paramref name="count"/> evenly spaced points from <paramref name="start"/> to
    /// <paramref name="stop"/>, both included (as NumPy's <c>linspace</c>); the last point is
    /// exactly <paramref name="stop"/>.
    /// </summary>
    /// <param name="start">The first point.</param>
    /// <param name="stop">The last point; may be less than <paramref name="start"/>.</param>
    /// <param name="count">How many points: 0 gives an empty array, 1 gives just <paramref name="start"/>.</param>
    /// <returns>A new array of <paramref name="count"/> points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or an end point is not finite.</exception>
    public static double[] Linspace(double start, double stop, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!double.IsFinite(start))
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The end points must be finite.");
        }
        if (!double.IsFinite(stop))
        {
            throw new ArgumentOutOfRangeException(nameof(stop), stop, "The end points must be finite.");
        }
        var points = new double[count];
        if (count == 0)
        {
            return points;
        }
        points[0] = start;
        if (count == 1)
        {
            return points;
        }
        double step = (stop - start) / (count - 1);
        for (int i = 1; i < count - 1; i++)
        {
            points[i] = start + (i * step);
        }
        points[count - 1] = stop;
        return points;
    }
}
