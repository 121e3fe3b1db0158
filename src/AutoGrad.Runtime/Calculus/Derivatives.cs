using System;
using AutoGrad.Internal;

namespace AutoGrad;

/// <summary>
/// Gradients, directional derivatives, Jacobians and Hessians assembled from the companions the
/// generator writes for functions of one <see cref="double"/> array. Pass the companions as method
/// groups: <c>Derivatives.Gradient(Model.FAdjoint, x)</c>.
/// </summary>
/// <remarks>
/// <para>
/// The point and the buffers are handed to the companions as they are, never copied; generated
/// companions do not write into their inputs. Nothing is cached between calls, so every method is
/// thread-safe as long as the companions are (generated ones are) and no two threads share a buffer.
/// </para>
/// <para>
/// Arguments are validated before any companion runs: a <see langword="null"/> argument throws
/// <see cref="ArgumentNullException"/>, and arrays of the wrong length, or a companion that returns
/// a result of the wrong length, throw <see cref="ArgumentException"/> naming both lengths.
/// </para>
/// </remarks>
public static partial class Derivatives
{
    /// <summary>The gradient of a scalar function: one reverse-mode call.</summary>
    /// <param name="f">The function's <c>Adjoint</c> companion.</param>
    /// <param name="x">The point.</param>
    /// <returns>A new array holding ∇f(x).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    public static double[] Gradient(ScalarAdjoint f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var gradient = new double[x.Length];
        f(x, gradient, 1.0);
        return gradient;
    }

    /// <summary>
    /// The value and gradient of a scalar function, with the gradient written into a buffer the
    /// caller owns: one reverse-mode call, and no allocation here (an optimizer's inner loop).
    /// </summary>
    /// <param name="f">The function's <c>Adjoint</c> companion.</param>
    /// <param name="x">The point.</param>
    /// <param name="gradient">As long as <paramref name="x"/>; overwritten with ∇f(x) (it is cleared first, as the companion adds into it).</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="gradient"/> is not as long as <paramref name="x"/>.</exception>
    public static double Gradient(ScalarAdjoint f, double[] x, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(f);
        Arrays.SameLength(x, nameof(x), gradient, nameof(gradient));
        Array.Clear(gradient);
        return f(x, gradient, 1.0);
    }

    /// <summary>The derivative of a scalar function along a direction, ∇f(x)·v: one forward-mode call.</summary>
    /// <param name="f">The function's <c>Tangent</c> companion.</param>
    /// <param name="x">The point.</param>
    /// <param name="v">The direction, as long as <paramref name="x"/>; it need not be normalized.</param>
    /// <returns>∇f(x)·v.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="v"/> is not as long as <paramref name="x"/>.</exception>
    public static double Directional(ScalarTangent f, double[] x, double[] v)
    {
        ArgumentNullException.ThrowIfNull(f);
        Arrays.SameLength(x, nameof(x), v, nameof(v));
        return f(x, v).Tangent;
    }

    /// <summary>
    /// The derivative of an elementwise map y[i] = g(x[i]) at every element, g′(x[i]): one
    /// forward-mode call along the all-ones direction, which gives J·1, the row sums of the
    /// Jacobian, equal to its diagonal because an elementwise map's Jacobian is diagonal.
    /// </summary>
    /// <param name="f">The map's <c>Tangent</c> companion. The map must be elementwise (each output depends only on the input at the same index); otherwise the result is the row sums of the Jacobian, not its diagonal.</param>
    /// <param name="x">The points.</param>
    /// <returns>The <c>Tangent</c> array <paramref name="f"/> returned: g′(x[i]) in element i.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="f"/> returned a value or tangent not as long as <paramref name="x"/>.</exception>
    public static double[] Elementwise(VectorTangent f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var ones = new double[x.Length];
        Array.Fill(ones, 1.0);
        (double[] value, double[] tangent) = f(x, ones);
        int m = OutputLength(value, tangent, nameof(f));
        if (m != x.Length)
        {
            throw new ArgumentException(
                $"The map returned {m} output(s) for {x.Length} input(s); an elementwise map returns one output per input.",
                nameof(f));
        }
        return tangent;
    }

    /// <summary>The length of a forward-mode result, after checking that its value and tangent agree.</summary>
    private static int OutputLength(double[]? value, double[]? tangent, string paramName)
    {
        if (value is null || tangent is null)
        {
            throw new ArgumentException("The Tangent companion returned a null value or tangent.", paramName);
        }
        if (value.Length != tangent.Length)
        {
            throw new ArgumentException(
                $"The Tangent companion returned a value of length {value.Length} but a tangent of length {tangent.Length}; they must be equal.",
                paramName);
        }
        return value.Length;
    }
}
