using System;

namespace AutoGrad;

/// <summary>
/// One compared derivative in a <see cref="GradientCheckReport"/>: a gradient component, or the
/// single directional derivative of a <see cref="GradientCheck.Directional"/> check.
/// </summary>
public sealed class GradientCheckEntry
{
    internal GradientCheckEntry(int index, string name, double analytic, double numeric, double step, double tolerance)
    {
        Index = index;
        Name = name;
        Analytic = analytic;
        Numeric = numeric;
        Step = step;
        AbsoluteError = Math.Abs(analytic - numeric);
        RelativeError = GradientCheck.RelativeError(analytic, numeric);
        Passed = RelativeError <= tolerance;
    }

    /// <summary>The component's position in the point (always 0 for a directional check).</summary>
    public int Index { get; }

    /// <summary>
    /// How the report names the entry: a name from <see cref="GradientCheckOptions.VariableNames"/>,
    /// <c>x[i]</c>, or <c>along d</c> for a directional check.
    /// </summary>
    public string Name { get; }

    /// <summary>The derivative computed by the code under test.</summary>
    public double Analytic { get; }

    /// <summary>
    /// The finite-difference estimate; <see cref="double.NaN"/> when the function was not finite at
    /// one of the sample points.
    /// </summary>
    public double Numeric { get; }

    /// <summary>
    /// The step h of the central difference: the perturbation of <c>x[Index]</c> for a gradient
    /// check, or of the parameter t in <c>f(x + t·d)</c> for a directional check. With Richardson
    /// extrapolation the function is also sampled at ±h/2.
    /// </summary>
    public double Step { get; }

    /// <summary><c>|Analytic − Numeric|</c>.</summary>
    public double AbsoluteError { get; }

    /// <summary>
    /// <c>|Analytic − Numeric| / max(1, |Analytic|, |Numeric|)</c>: a relative error for
    /// derivatives larger than 1 in magnitude and an absolute error for smaller ones, so values
    /// near zero do not produce huge ratios. It is 0 when both are equal (including the same
    /// infinity) and <see cref="double.PositiveInfinity"/> when either is NaN or only one is
    /// infinite.
    /// </summary>
    public double RelativeError { get; }

    /// <summary>Whether <see cref="RelativeError"/> is within the tolerance.</summary>
    public bool Passed { get; }

    /// <summary>A one-line summary, for example <c>y: analytic 10, numeric 10.000000000002, relative error 2E-13</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Name}: analytic {Analytic:R}, numeric {Numeric:R}, relative error {RelativeError:G3}{(Passed ? "" : " (FAILED)")}");
}
