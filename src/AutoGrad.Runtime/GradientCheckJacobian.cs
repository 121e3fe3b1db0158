using System;
using System.Collections.Generic;

namespace AutoGrad;

public static partial class GradientCheck
{
    /// <summary>
    /// Compares a Jacobian with central finite differences of <paramref name="f"/>, entry by entry:
    /// column j is estimated by perturbing x[j] exactly as <see cref="Gradient"/> perturbs it.
    /// </summary>
    /// <param name="f">The vector function, taking the variables as an array; it must return the same number of outputs at every point.</param>
    /// <param name="jacobian">
    /// The derivative under test, m×n with ∂fᵢ/∂xⱼ at [i, j] (for example from
    /// <see cref="Derivatives.Jacobian(VectorTangent, VectorAdjoint, double[], JacobianMode)"/>).
    /// </param>
    /// <param name="x">The point to check at; every component must be finite.</param>
    /// <param name="options">
    /// Tolerance, step and labels (<see cref="GradientCheckOptions.VariableNames"/> names the
    /// columns); <see langword="null"/> for <see cref="GradientCheckOptions.Default"/>.
    /// </param>
    /// <returns>The report, with one entry per element of the Jacobian, row by row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="jacobian"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="x"/> is empty or has a non-finite component; <paramref name="f"/> returned
    /// <see langword="null"/> or outputs of varying length; <paramref name="jacobian"/> is not
    /// m×n; or <see cref="GradientCheckOptions.VariableNames"/> does not have one name per component.
    /// </exception>
    public static JacobianCheckReport Jacobian(
        Func<double[], double[]> f,
        double[,] jacobian,
        double[] x,
        GradientCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(jacobian);
        double[] point = CopyPoint(x, nameof(x));
        options ??= GradientCheckOptions.Default;
        IReadOnlyList<string>? names = CheckNames(options, point.Length);

        double[] value = Outputs(f, point, expected: -1);
        int m = value.Length;
        int n = point.Length;
        if (jacobian.GetLength(0) != m || jacobian.GetLength(1) != n)
        {
            throw new ArgumentException(
                $"The Jacobian is {jacobian.GetLength(0)}×{jacobian.GetLength(1)}, but f has {m} output(s) and x has {n} component(s), so it must be {m}×{n}.",
                nameof(jacobian));
        }

        double[,] numeric = NumericJacobian(f, point, m, options, out double[] steps);
        var entries = new JacobianCheckEntry[m * n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                string column = names is null ? $"x[{j}]" : names[j];
                entries[(i * n) + j] = new JacobianCheckEntry(
                    i, j, $"dy[{i}]/d{column}", jacobian[i, j], numeric[i, j], steps[j], options.Tolerance);
            }
        }
        return new JacobianCheckReport(value, point, m, n, entries, options);
    }

    /// <summary>
    /// Estimates the Jacobian of <paramref name="f"/> by central finite differences, exactly as
    /// <see cref="Jacobian"/> does for its comparison.
    /// </summary>
    /// <param name="f">The vector function; it must return the same number of outputs at every point.</param>
    /// <param name="x">The point; every component must be finite.</param>
    /// <param name="options">Step and extrapolation settings; <see langword="null"/> for <see cref="GradientCheckOptions.Default"/>.</param>
    /// <returns>
    /// A new m×n array with the estimate of ∂fᵢ/∂xⱼ at [i, j]; NaN where fᵢ was not finite at a
    /// sample point.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="x"/> is empty or has a non-finite component, or <paramref name="f"/> returned
    /// <see langword="null"/> or outputs of varying length.
    /// </exception>
    public static double[,] NumericJacobian(Func<double[], double[]> f, double[] x, GradientCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        double[] point = CopyPoint(x, nameof(x));
        options ??= GradientCheckOptions.Default;
        int m = Outputs(f, point, expected: -1).Length;
        return NumericJacobian(f, point, m, options, out _);
    }

    private static double[,] NumericJacobian(Func<double[], double[]> f, double[] x, int m, GradientCheckOptions options, out double[] steps)
    {
        int n = x.Length;
        var jacobian = new double[m, n];
        steps = new double[n];
        for (int j = 0; j < n; j++)
        {
            double h = StepFor(x[j], options);
            steps[j] = h;
            double[] wide = CentralDifference(f, x, j, h, m);
            if (options.UseRichardson)
            {
                double[] narrow = CentralDifference(f, x, j, h / 2, m);
                for (int i = 0; i < m; i++)
                {
                    wide[i] = ((4 * narrow[i]) - wide[i]) / 3;
                }
            }
            for (int i = 0; i < m; i++)
            {
                jacobian[i, j] = wide[i];
            }
        }
        return jacobian;
    }

    /// <summary>Column j of the difference quotient; NaN for an output that was not finite at a sample point.</summary>
    private static double[] CentralDifference(Func<double[], double[]> f, double[] x, int j, double h, int m)
    {
        double plus = x[j] + h;
        double minus = x[j] - h;
        double[] p = (double[])x.Clone();
        p[j] = plus;
        double[] fPlus = Outputs(f, p, m);
        double[] q = (double[])x.Clone();
        q[j] = minus;
        double[] fMinus = Outputs(f, q, m);
        var column = new double[m];
        for (int i = 0; i < m; i++)
        {
            column[i] = double.IsFinite(fPlus[i]) && double.IsFinite(fMinus[i])
                ? (fPlus[i] - fMinus[i]) / (plus - minus)
                : double.NaN;
        }
        return column;
    }

    /// <summary>
    /// f at a copy of the point, copied in turn: a function may hand back a buffer it reuses, and
    /// the two sides of a difference must not be the same array.
    /// </summary>
    private static double[] Outputs(Func<double[], double[]> f, double[] point, int expected)
    {
        double[]? outputs = f((double[])point.Clone());
        if (outputs is null)
        {
            throw new ArgumentException("The function returned null.", nameof(f));
        }
        if (expected >= 0 && outputs.Length != expected)
        {
            throw new ArgumentException(
                $"The function returned {outputs.Length} output(s) at one point but {expected} at x; the output length must not depend on the point.",
                nameof(f));
        }
        return (double[])outputs.Clone();
    }
}
