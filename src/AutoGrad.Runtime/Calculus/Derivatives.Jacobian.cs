using System;

namespace AutoGrad;

public static partial class Derivatives
{
    /// <summary>
    /// The m×n Jacobian of a vector function by forward sweeps: one <c>Tangent</c> call per input,
    /// along each unit vector eⱼ, gives column j, J·eⱼ. The right choice when n ≤ m.
    /// </summary>
    /// <param name="f">The function's <c>Tangent</c> companion.</param>
    /// <param name="x">The point, with n components.</param>
    /// <returns>A new m×n array with ∂fᵢ/∂xⱼ at [i, j].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="f"/> returned a value and tangent of different lengths, or a different output
    /// length in different calls.
    /// </exception>
    public static double[,] Jacobian(VectorTangent f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var direction = new double[x.Length];
        if (x.Length == 0)
        {
            (double[] value, double[] tangent) = f(x, direction);
            return new double[OutputLength(value, tangent, nameof(f)), 0];
        }
        double[,] jacobian = FirstColumn(f, x, direction);
        ForwardColumns(f, x, direction, jacobian, firstColumn: 1);
        return jacobian;
    }

    /// <summary>
    /// The m×n Jacobian of a vector function by reverse sweeps: one <c>Adjoint</c> call per output,
    /// seeded with each unit vector eᵢ, gives row i, eᵢᵀ·J. The right choice when m &lt; n.
    /// </summary>
    /// <param name="f">The function's <c>Adjoint</c> companion.</param>
    /// <param name="x">The point, with n components.</param>
    /// <param name="outputLength">m, the length of the function's result (a seed must be that long).</param>
    /// <returns>A new m×n array with ∂fᵢ/∂xⱼ at [i, j].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outputLength"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="f"/> returned a result that is not <paramref name="outputLength"/> long.</exception>
    public static double[,] Jacobian(VectorAdjoint f, double[] x, int outputLength)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegative(outputLength);
        int m = outputLength;
        int n = x.Length;
        var jacobian = new double[m, n];
        var seed = new double[m];
        var row = new double[n];
        for (int i = 0; i < m; i++)
        {
            seed[i] = 1.0;
            Array.Clear(row);
            double[] value = f(x, row, seed);
            seed[i] = 0.0;
            if (value is null || value.Length != m)
            {
                throw new ArgumentException(
                    $"The Adjoint companion returned {(value is null ? "null" : $"{value.Length} output(s)")}, but outputLength is {m}.",
                    nameof(outputLength));
            }
            for (int j = 0; j < n; j++)
            {
                jacobian[i, j] = row[j];
            }
        }
        return jacobian;
    }

    /// <summary>
    /// The m×n Jacobian of a vector function by forward sweeps (n <c>Tangent</c> calls) or reverse
    /// sweeps (m <c>Adjoint</c> calls). The first <c>Tangent</c> call, along e₀, tells m; with
    /// <see cref="JacobianMode.Auto"/> the Jacobian is then finished by forward sweeps when n ≤ m
    /// (reusing that column) and by reverse sweeps otherwise.
    /// </summary>
    /// <param name="tangent">The function's <c>Tangent</c> companion.</param>
    /// <param name="adjoint">The function's <c>Adjoint</c> companion.</param>
    /// <param name="x">The point, with n components.</param>
    /// <param name="mode">Which sweeps to use; <see cref="JacobianMode.Auto"/> picks the fewer calls.</param>
    /// <returns>A new m×n array with ∂fᵢ/∂xⱼ at [i, j].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tangent"/>, <paramref name="adjoint"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="JacobianMode"/>.</exception>
    /// <exception cref="ArgumentException">A companion returned a result of inconsistent length.</exception>
    public static double[,] Jacobian(VectorTangent tangent, VectorAdjoint adjoint, double[] x, JacobianMode mode = JacobianMode.Auto)
    {
        ArgumentNullException.ThrowIfNull(tangent);
        ArgumentNullException.ThrowIfNull(adjoint);
        ArgumentNullException.ThrowIfNull(x);
        if (mode is not (JacobianMode.Auto or JacobianMode.Forward or JacobianMode.Reverse))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a JacobianMode.");
        }
        int n = x.Length;
        var direction = new double[n];
        if (n == 0)
        {
            (double[] value, double[] tangentOut) = tangent(x, direction);
            return new double[OutputLength(value, tangentOut, nameof(tangent)), 0];
        }
        double[,] jacobian = FirstColumn(tangent, x, direction);
        int m = jacobian.GetLength(0);
        if (mode == JacobianMode.Forward || (mode == JacobianMode.Auto && n <= m))
        {
            ForwardColumns(tangent, x, direction, jacobian, firstColumn: 1);
            return jacobian;
        }
        return Jacobian(adjoint, x, m);
    }

    /// <summary>Allocates the Jacobian from the first forward sweep, along e₀, and fills its column 0.</summary>
    private static double[,] FirstColumn(VectorTangent f, double[] x, double[] direction)
    {
        direction[0] = 1.0;
        (double[] value, double[] tangent) = f(x, direction);
        int m = OutputLength(value, tangent, nameof(f));
        var jacobian = new double[m, x.Length];
        for (int i = 0; i < m; i++)
        {
            jacobian[i, 0] = tangent[i];
        }
        // Only now: a companion may return the direction itself as its tangent (an identity map).
        direction[0] = 0.0;
        return jacobian;
    }

    private static void ForwardColumns(VectorTangent f, double[] x, double[] direction, double[,] jacobian, int firstColumn)
    {
        int m = jacobian.GetLength(0);
        for (int j = firstColumn; j < x.Length; j++)
        {
            direction[j] = 1.0;
            (double[] value, double[] tangent) = f(x, direction);
            int length = OutputLength(value, tangent, nameof(f));
            if (length != m)
            {
                throw new ArgumentException(
                    $"The Tangent companion returned {length} output(s) along x[{j}] but {m} along x[0]; the output length must not depend on the direction.",
                    nameof(f));
            }
            for (int i = 0; i < m; i++)
            {
                jacobian[i, j] = tangent[i];
            }
            direction[j] = 0.0;
        }
    }
}
