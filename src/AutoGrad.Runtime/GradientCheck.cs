using System;
using System.Collections.Generic;

namespace AutoGrad;

/// <summary>
/// Verifies derivatives against central finite differences: the generated <c>Tangent</c> and
/// <c>Adjoint</c> companions, or any hand-written derivative.
/// </summary>
/// <remarks>
/// <para>
/// <b>Numeric derivative.</b> Component <c>i</c> is perturbed by
/// <c>h = StepScale · max(1, |x[i]|)</c> (by default <c>StepScale = cbrt(ε) ≈ 6.06e-6</c>, the step
/// that balances the truncation and rounding errors of a central difference) and
/// <c>D(h) = (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h</c>, dividing by the difference of the perturbed
/// coordinates as actually stored. By default the estimate is refined by one step of Richardson
/// extrapolation, <c>(4·D(h/2) − D(h)) / 3</c>, which cancels the h² error term; for smooth
/// functions the result is typically accurate to about 1e-10 relative or better.
/// </para>
/// <para>
/// <b>Error measure.</b> Each derivative is compared by
/// <c>|analytic − numeric| / max(1, |analytic|, |numeric|)</c> (see <see cref="RelativeError"/>):
/// relative for derivatives larger than 1 in magnitude, absolute for smaller ones. It passes when
/// it is at most <see cref="GradientCheckOptions.Tolerance"/> (default 1e-6).
/// </para>
/// <para>
/// <b>Limits.</b> Finite differences need the function to be smooth within ±h of the point: check
/// away from kinks (<c>Abs</c>, <c>Max</c>, branches) and from the edge of the domain (<c>Log</c>,
/// <c>Sqrt</c> near 0). The rounding noise of a difference grows like <c>|f|·ε/h</c>, so a function
/// whose value is much larger than its derivatives may need a looser tolerance.
/// </para>
/// <para>
/// The point and direction are copied; every call of the delegates receives a fresh array, so
/// they may modify it. Exceptions thrown by the delegates propagate unchanged.
/// </para>
/// </remarks>
/// <example>
/// Checking the companions of <c>[Differentiable] static double F(double x, int n, double y)</c>:
/// <code>
/// GradientCheck.Gradient(
///     v => Model.F(v[0], 3, v[1]),
///     v =>
///     {
///         double gx = 0, gy = 0;
///         Model.FAdjoint(v[0], ref gx, 3, v[1], ref gy);
///         return new[] { gx, gy };
///     },
///     new[] { 3.0, 4.0 }).EnsurePassed();
///
/// GradientCheck.Directional(
///     v => Model.F(v[0], 3, v[1]),
///     (v, d) => Model.FTangent(v[0], d[0], 3, v[1], d[1]).Tangent,
///     x: new[] { 3.0, 4.0 },
///     direction: new[] { 1.0, -2.0 }).EnsurePassed();
/// </code>
/// </example>
public static partial class GradientCheck
{
    /// <summary>
    /// Compares a gradient with central finite differences of <paramref name="f"/>, component by
    /// component.
    /// </summary>
    /// <param name="f">The function, taking the variables as an array.</param>
    /// <param name="gradient">
    /// The derivative under test: returns ∂f/∂x[i] for every i, as an array of the same length as
    /// its argument (for example by calling an <c>Adjoint</c> companion with zeroed adjoints).
    /// </param>
    /// <param name="x">The point to check at; every component must be finite.</param>
    /// <param name="options">Tolerance, step and labels; <see langword="null"/> for <see cref="GradientCheckOptions.Default"/>.</param>
    /// <returns>The report, with one entry per component.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="gradient"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="x"/> is empty or has a non-finite component; <paramref name="gradient"/>
    /// returned <see langword="null"/> or an array of a different length than <paramref name="x"/>;
    /// or <see cref="GradientCheckOptions.VariableNames"/> does not have one name per component.
    /// </exception>
    public static GradientCheckReport Gradient(
        Func<double[], double> f,
        Func<double[], double[]> gradient,
        double[] x,
        GradientCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(gradient);
        double[] point = CopyPoint(x, nameof(x));
        options ??= GradientCheckOptions.Default;
        IReadOnlyList<string>? names = CheckNames(options, point.Length);

        double[]? analytic = gradient((double[])point.Clone());
        if (analytic is null)
        {
            throw new ArgumentException("The gradient function returned null.", nameof(gradient));
        }
        if (analytic.Length != point.Length)
        {
            throw new ArgumentException(
                $"The gradient function returned {analytic.Length} component(s), but x has {point.Length}.",
                nameof(gradient));
        }
        analytic = (double[])analytic.Clone();

        double value = f((double[])point.Clone());
        var entries = new GradientCheckEntry[point.Length];
        for (int i = 0; i < point.Length; i++)
        {
            double h = StepFor(point[i], options);
            double numeric = PartialDerivative(f, point, i, h, options.UseRichardson);
            string name = names is null ? $"x[{i}]" : names[i];
            entries[i] = new GradientCheckEntry(i, name, analytic[i], numeric, h, options.Tolerance);
        }
        return new GradientCheckReport(value, point, direction: null, entries, options, names);
    }

    /// <summary>
    /// Compares a directional derivative (the tangent of a forward-mode derivative) with the
    /// central finite difference of <c>t ↦ f(x + t·direction)</c> at <c>t = 0</c>.
    /// </summary>
    /// <param name="f">The function, taking the variables as an array.</param>
    /// <param name="directionalDerivative">
    /// The derivative under test: given the point and the direction, returns
    /// <c>Σᵢ ∂f/∂x[i] · direction[i]</c> (for example the <c>Tangent</c> of a <c>Tangent</c> companion
    /// called with the direction as the tangents).
    /// </param>
    /// <param name="x">The point to check at; every component must be finite.</param>
    /// <param name="direction">The direction, of the same length as <paramref name="x"/>; every component must be finite. It need not be normalized.</param>
    /// <param name="options">Tolerance, step and labels; <see langword="null"/> for <see cref="GradientCheckOptions.Default"/>.</param>
    /// <returns>The report, with a single entry.</returns>
    /// <remarks>
    /// The step in <c>t</c> is the largest for which no component moves by more than its own
    /// gradient-check step: <c>t = StepScale · minᵢ max(1, |x[i]|) / |direction[i]|</c> over the
    /// non-zero components of the direction.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Any argument but <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="x"/> is empty; <paramref name="x"/> or <paramref name="direction"/> has a
    /// non-finite component; their lengths differ; or <see cref="GradientCheckOptions.VariableNames"/>
    /// does not have one name per component.
    /// </exception>
    public static GradientCheckReport Directional(
        Func<double[], double> f,
        Func<double[], double[], double> directionalDerivative,
        double[] x,
        double[] direction,
        GradientCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(directionalDerivative);
        double[] point = CopyPoint(x, nameof(x));
        ArgumentNullException.ThrowIfNull(direction);
        if (direction.Length != point.Length)
        {
            throw new ArgumentException(
                $"The direction has {direction.Length} component(s), but x has {point.Length}.",
                nameof(direction));
        }
        double[] d = CopyFinite(direction, nameof(direction));
        options ??= GradientCheckOptions.Default;
        IReadOnlyList<string>? names = CheckNames(options, point.Length);

        double analytic = directionalDerivative((double[])point.Clone(), (double[])d.Clone());
        double value = f((double[])point.Clone());

        double t = double.PositiveInfinity;
        for (int i = 0; i < point.Length; i++)
        {
            if (d[i] != 0)
            {
                t = Math.Min(t, StepFor(point[i], options) / Math.Abs(d[i]));
            }
        }
        if (double.IsPositiveInfinity(t))
        {
            t = options.StepScale; // zero direction: every sample is f(x), the estimate is exactly 0
        }

        double numeric = DirectionalDerivative(f, point, d, t, options.UseRichardson);
        var entry = new GradientCheckEntry(0, "along d", analytic, numeric, t, options.Tolerance);
        return new GradientCheckReport(value, point, d, new[] { entry }, options, names);
    }

    /// <summary>
    /// Compares the derivative of a function of one variable with its central finite difference.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="derivative">The derivative under test.</param>
    /// <param name="x">The point to check at; must be finite.</param>
    /// <param name="options">Tolerance, step and label (the entry is named <c>x</c> unless <see cref="GradientCheckOptions.VariableNames"/> is set); <see langword="null"/> for <see cref="GradientCheckOptions.Default"/>.</param>
    /// <returns>The report, with a single entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="derivative"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="x"/> is not finite, or <see cref="GradientCheckOptions.VariableNames"/> does
    /// not have exactly one name.
    /// </exception>
    public static GradientCheckReport Derivative(
        Func<double, double> f,
        Func<double, double> derivative,
        double x,
        GradientCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(derivative);
        if (!double.IsFinite(x))
        {
            throw new ArgumentException($"x is {x}; the point must be finite.", nameof(x));
        }
        options ??= GradientCheckOptions.Default;
        if (options.VariableNames is null)
        {
            options = options with { VariableNames = new[] { "x" } };
        }
        return Gradient(v => f(v[0]), v => new[] { derivative(v[0]) }, new[] { x }, options);
    }

    /// <summary>
    /// Estimates the gradient of <paramref name="f"/> by central finite differences, exactly as
    /// <see cref="Gradient"/> does for its comparison.
    /// </summary>
    /// <param name="f">The function, taking the variables as an array.</param>
    /// <param name="x">The point; every component must be finite.</param>
    /// <param name="options">Step and extrapolation settings; <see langword="null"/> for <see cref="GradientCheckOptions.Default"/>.</param>
    /// <returns>A new array with the estimate of ∂f/∂x[i] in element i; NaN where f was not finite at a sample point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or has a non-finite component.</exception>
    public static double[] NumericGradient(Func<double[], double> f, double[] x, GradientCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        double[] point = CopyPoint(x, nameof(x));
        options ??= GradientCheckOptions.Default;
        var result = new double[point.Length];
        for (int i = 0; i < point.Length; i++)
        {
            result[i] = PartialDerivative(f, point, i, StepFor(point[i], options), options.UseRichardson);
        }
        return result;
    }

    /// <summary>
    /// The error measure of a check: <c>|analytic − numeric| / max(1, |analytic|, |numeric|)</c>,
    /// that is, the relative error for values larger than 1 in magnitude and the absolute error for
    /// smaller ones.
    /// </summary>
    /// <param name="analytic">The derivative under test.</param>
    /// <param name="numeric">The reference estimate.</param>
    /// <returns>
    /// The error; 0 when the two are equal (including the same infinity), and
    /// <see cref="double.PositiveInfinity"/> when either is NaN or only one is infinite.
    /// </returns>
    public static double RelativeError(double analytic, double numeric)
    {
        if (analytic == numeric)
        {
            return 0;
        }
        if (!double.IsFinite(analytic) || !double.IsFinite(numeric))
        {
            return double.PositiveInfinity;
        }
        double scale = Math.Max(1.0, Math.Max(Math.Abs(analytic), Math.Abs(numeric)));
        return Math.Abs(analytic - numeric) / scale;
    }

    private static double StepFor(double xi, GradientCheckOptions options) =>
        options.StepScale * Math.Max(1.0, Math.Abs(xi));

    /// <summary>∂f/∂x[i] at <paramref name="x"/> with step <paramref name="h"/>.</summary>
    private static double PartialDerivative(Func<double[], double> f, double[] x, int i, double h, bool richardson)
    {
        double dh = CentralDifference(f, x, i, h);
        if (!richardson)
        {
            return dh;
        }
        double dh2 = CentralDifference(f, x, i, h / 2);
        return (4 * dh2 - dh) / 3;
    }

    private static double CentralDifference(Func<double[], double> f, double[] x, int i, double h)
    {
        double plus = x[i] + h;
        double minus = x[i] - h;
        double[] p = (double[])x.Clone();
        p[i] = plus;
        double fPlus = f(p);
        double[] m = (double[])x.Clone();
        m[i] = minus;
        double fMinus = f(m);
        if (!double.IsFinite(fPlus) || !double.IsFinite(fMinus))
        {
            return double.NaN;
        }
        // Divide by the step as actually stored (x[i] ± h is rounded), not by the nominal 2h.
        return (fPlus - fMinus) / (plus - minus);
    }

    private static double DirectionalDerivative(Func<double[], double> f, double[] x, double[] d, double t, bool richardson)
    {
        double dt = DirectionalDifference(f, x, d, t);
        if (!richardson)
        {
            return dt;
        }
        double dt2 = DirectionalDifference(f, x, d, t / 2);
        return (4 * dt2 - dt) / 3;
    }

    private static double DirectionalDifference(Func<double[], double> f, double[] x, double[] d, double t)
    {
        var p = new double[x.Length];
        var m = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            p[i] = x[i] + t * d[i];
            m[i] = x[i] - t * d[i];
        }
        double fPlus = f(p);
        double fMinus = f(m);
        if (!double.IsFinite(fPlus) || !double.IsFinite(fMinus))
        {
            return double.NaN;
        }
        return (fPlus - fMinus) / (2 * t);
    }

    private static double[] CopyPoint(double[] x, string paramName)
    {
        ArgumentNullException.ThrowIfNull(x, paramName);
        if (x.Length == 0)
        {
            throw new ArgumentException("The point has no components; there is nothing to check.", paramName);
        }
        return CopyFinite(x, paramName);
    }

    private static double[] CopyFinite(double[] values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"{paramName}[{i}] is {values[i]}; every component must be finite (length {values.Length}).",
                    paramName);
            }
        }
        return (double[])values.Clone();
    }

    private static IReadOnlyList<string>? CheckNames(GradientCheckOptions options, int count)
    {
        IReadOnlyList<string>? names = options.VariableNames;
        if (names is not null && names.Count != count)
        {
            throw new ArgumentException(
                $"options.VariableNames has {names.Count} name(s), but x has {count} component(s).",
                nameof(options));
        }
        return names;
    }
}
