using System;

namespace AutoGrad;

/// <summary>One compared element ∂fᵢ/∂xⱼ of a <see cref="JacobianCheckReport"/>.</summary>
public sealed class JacobianCheckEntry
{
    internal JacobianCheckEntry(int row, int column, string name, double analytic, double numeric, double step, double tolerance)
    {
        Row = row;
        Column = column;
        Name = name;
        Analytic = analytic;
        Numeric = numeric;
        Step = step;
        AbsoluteError = Math.Abs(analytic - numeric);
        RelativeError = GradientCheck.RelativeError(analytic, numeric);
        Passed = RelativeError <= tolerance;
    }

    /// <summary>The output i.</summary>
    public int Row { get; }

    /// <summary>The input j.</summary>
    public int Column { get; }

    /// <summary>
    /// How the report names the entry: <c>dy[i]/dx[j]</c>, or <c>dy[i]/dname</c> with a name from
    /// <see cref="GradientCheckOptions.VariableNames"/>.
    /// </summary>
    public string Name { get; }

    /// <summary>The derivative under test.</summary>
    public double Analytic { get; }

    /// <summary>The finite-difference estimate; <see cref="double.NaN"/> when output i was not finite at a sample point.</summary>
    public double Numeric { get; }

    /// <summary>The step h by which x[j] was perturbed (with Richardson extrapolation, also by h/2).</summary>
    public double Step { get; }

    /// <summary><c>|Analytic − Numeric|</c>.</summary>
    public double AbsoluteError { get; }

    /// <summary>
    /// <c>|Analytic − Numeric| / max(1, |Analytic|, |Numeric|)</c>, as for a gradient check (see
    /// <see cref="GradientCheck.RelativeError"/>).
    /// </summary>
    public double RelativeError { get; }

    /// <summary>Whether <see cref="RelativeError"/> is within the tolerance.</summary>
    public bool Passed { get; }

    /// <summary>A one-line summary, for example <c>dy[1]/dx[0]: analytic 2, numeric 2.0000000000013, relative error 6.5E-13</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Name}: analytic {Analytic:R}, numeric {Numeric:R}, relative error {RelativeError:G3}{(Passed ? "" : " (FAILED)")}");
}
