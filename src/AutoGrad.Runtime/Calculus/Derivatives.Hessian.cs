using System;
using AutoGrad.Internal;

namespace AutoGrad;

public static partial class Derivatives
{
    /// <summary>
    /// The Hessian-vector product H·v of a scalar function: one call of its second-order
    /// <c>AdjointTangent</c> companion (forward over reverse), about the cost of a few gradients,
    /// without forming H.
    /// </summary>
    /// <param name="f">The function's <c>AdjointTangent</c> companion (the method needs <c>[Differentiable(Order = 2)]</c>).</param>
    /// <param name="x">The point.</param>
    /// <param name="v">The vector, as long as <paramref name="x"/>.</param>
    /// <returns>A new array holding H(x)·v.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="v"/> is not as long as <paramref name="x"/>.</exception>
    public static double[] HessianVectorProduct(ScalarAdjointTangent f, double[] x, double[] v)
    {
        ArgumentNullException.ThrowIfNull(f);
        Arrays.SameLength(x, nameof(x), v, nameof(v));
        var gradient = new double[x.Length];
        var product = new double[x.Length];
        f(x, v, gradient, product, 1.0, 0.0);
        return product;
    }

    /// <summary>
    /// The value, gradient and Hessian-vector product H·v of a scalar function from one call of its
    /// <c>AdjointTangent</c> companion, written into buffers the caller owns (no allocation here).
    /// </summary>
    /// <param name="f">The function's <c>AdjointTangent</c> companion (the method needs <c>[Differentiable(Order = 2)]</c>).</param>
    /// <param name="x">The point.</param>
    /// <param name="v">The vector, as long as <paramref name="x"/>.</param>
    /// <param name="gradient">As long as <paramref name="x"/>; overwritten with ∇f(x).</param>
    /// <param name="product">As long as <paramref name="x"/>; overwritten with H(x)·v.</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="v"/>, <paramref name="gradient"/> or <paramref name="product"/> is not as long as <paramref name="x"/>.</exception>
    public static double HessianVectorProduct(ScalarAdjointTangent f, double[] x, double[] v, double[] gradient, double[] product)
    {
        ArgumentNullException.ThrowIfNull(f);
        Arrays.SameLength(x, nameof(x), v, nameof(v));
        Arrays.SameLength(x, nameof(x), gradient, nameof(gradient));
        Arrays.SameLength(x, nameof(x), product, nameof(product));
        Array.Clear(gradient);
        Array.Clear(product);
        return f(x, v, gradient, product, 1.0, 0.0).Value;
    }

    /// <summary>
    /// The n×n Hessian of a scalar function: n Hessian-vector products, H·eⱼ giving column j.
    /// </summary>
    /// <param name="f">The function's <c>AdjointTangent</c> companion (the method needs <c>[Differentiable(Order = 2)]</c>).</param>
    /// <param name="x">The point, with n components.</param>
    /// <returns>
    /// A new n×n array with ∂²f/∂xᵢ∂xⱼ at [i, j]. Each column is computed on its own, so the matrix
    /// is symmetric up to rounding, not necessarily bit for bit.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    public static double[,] Hessian(ScalarAdjointTangent f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        int n = x.Length;
        var hessian = new double[n, n];
        var direction = new double[n];
        var gradient = new double[n];
        var column = new double[n];
        for (int j = 0; j < n; j++)
        {
            direction[j] = 1.0;
            Array.Clear(gradient);
            Array.Clear(column);
            f(x, direction, gradient, column, 1.0, 0.0);
            direction[j] = 0.0;
            for (int i = 0; i < n; i++)
            {
                hessian[i, j] = column[i];
            }
        }
        return hessian;
    }
}
