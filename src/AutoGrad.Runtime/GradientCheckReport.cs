using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AutoGrad;

/// <summary>
/// The outcome of a <see cref="GradientCheck"/>: the analytic and numeric derivative side by side,
/// their errors, and whether all are within the tolerance. <see cref="ToString"/> renders a table;
/// <see cref="EnsurePassed"/> turns a failure into an exception (handy in unit tests).
/// </summary>
public sealed class GradientCheckReport
{
    private readonly double[] _point;
    private readonly double[]? _direction;
    private readonly GradientCheckEntry[] _entries;
    private readonly int _worstIndex;
    private readonly IReadOnlyList<string>? _names;

    internal GradientCheckReport(
        double value, double[] point, double[]? direction, GradientCheckEntry[] entries,
        GradientCheckOptions options, IReadOnlyList<string>? names)
    {
        Value = value;
        _point = point;
        _direction = direction;
        _entries = entries;
        _names = names;
        Tolerance = options.Tolerance;
        UsedRichardson = options.UseRichardson;

        Passed = true;
        for (int i = 0; i < entries.Length; i++)
        {
            Passed &= entries[i].Passed;
            if (entries[i].RelativeError > entries[_worstIndex].RelativeError)
            {
                _worstIndex = i;
            }
        }
    }

    /// <summary>
    /// <see langword="true"/> for a <see cref="GradientCheck.Directional"/> check (one entry, the
    /// derivative along <see cref="Direction"/>); <see langword="false"/> for a gradient check (one
    /// entry per component).
    /// </summary>
    public bool IsDirectional => _direction is not null;

    /// <summary>The function's value at <see cref="Point"/>.</summary>
    public double Value { get; }

    /// <summary>The point the derivatives were checked at (a copy).</summary>
    public IReadOnlyList<double> Point => Array.AsReadOnly(_point);

    /// <summary>The direction of a directional check (a copy); <see langword="null"/> for a gradient check.</summary>
    public IReadOnlyList<double>? Direction => _direction is null ? null : Array.AsReadOnly(_direction);

    /// <summary>The compared derivatives, in component order.</summary>
    public IReadOnlyList<GradientCheckEntry> Entries => Array.AsReadOnly(_entries);

    /// <summary>The entry with the largest <see cref="GradientCheckEntry.RelativeError"/> (the first such, on ties).</summary>
    public GradientCheckEntry Worst => _entries[_worstIndex];

    /// <summary>The largest <see cref="GradientCheckEntry.RelativeError"/> of all entries.</summary>
    public double MaxRelativeError => Worst.RelativeError;

    /// <summary>The tolerance each entry's relative error was compared with.</summary>
    public double Tolerance { get; }

    /// <summary>Whether the numeric derivatives were refined by Richardson extrapolation.</summary>
    public bool UsedRichardson { get; }

    /// <summary>Whether every entry is within <see cref="Tolerance"/>.</summary>
    public bool Passed { get; }

    /// <summary>Throws if the check failed; otherwise returns this report, so calls can be chained.</summary>
    /// <returns>This report.</returns>
    /// <exception cref="GradientCheckException">Some entry is not within <see cref="Tolerance"/>; the message holds the table.</exception>
    public GradientCheckReport EnsurePassed()
    {
        if (!Passed)
        {
            throw new GradientCheckException(this);
        }
        return this;
    }

    /// <summary>
    /// Renders the report: a headline with the verdict and the worst error, the function value,
    /// the method, and a table with one row per entry (failed rows are marked <c>FAIL</c>).
    /// </summary>
    /// <returns>The multi-line report.</returns>
    public override string ToString()
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();

        string verdict = Passed ? "PASSED" : "FAILED";
        string kind = IsDirectional ? "Directional-derivative check" : "Gradient check";
        string where = IsDirectional ? "" : " at " + Worst.Name;
        string worst = IsDirectional ? "relative error" : "worst relative error";
        sb.Append(inv, $"{kind} {verdict}: {worst} {Format(MaxRelativeError, "G3")}{where} (tolerance {Format(Tolerance, "G3")})").AppendLine();

        if (IsDirectional)
        {
            sb.Append(inv, $"f(x) = {Format(Value)} at x = {Vector(_point)}, d = {Vector(_direction!)}").AppendLine();
        }
        else
        {
            sb.Append(inv, $"f(x) = {Format(Value)}").AppendLine();
        }
        sb.Append(IsDirectional
            ? "Numeric: central differences D(t) = (f(x + t*d) - f(x - t*d)) / 2t"
            : "Numeric: central differences D(h) = (f(x + h) - f(x - h)) / 2h");
        sb.Append(UsedRichardson
            ? (IsDirectional ? ", Richardson-extrapolated: (4*D(t/2) - D(t)) / 3." : ", Richardson-extrapolated: (4*D(h/2) - D(h)) / 3.")
            : ".").AppendLine();
        sb.AppendLine("Relative error: |analytic - numeric| / max(1, |analytic|, |numeric|).");
        sb.AppendLine();

        var rows = new List<string[]>();
        if (IsDirectional)
        {
            rows.Add(new[] { "derivative", "t step", "analytic", "numeric", "abs. error", "rel. error", "" });
            foreach (GradientCheckEntry e in _entries)
            {
                rows.Add(new[] { e.Name, Format(e.Step, "G3"), Format(e.Analytic), Format(e.Numeric), Format(e.AbsoluteError, "G3"), Format(e.RelativeError, "G3"), e.Passed ? "ok" : "FAIL" });
            }
        }
        else
        {
            rows.Add(new[] { "variable", "point", "step h", "analytic", "numeric", "abs. error", "rel. error", "" });
            foreach (GradientCheckEntry e in _entries)
            {
                rows.Add(new[] { e.Name, Format(_point[e.Index]), Format(e.Step, "G3"), Format(e.Analytic), Format(e.Numeric), Format(e.AbsoluteError, "G3"), Format(e.RelativeError, "G3"), e.Passed ? "ok" : "FAIL" });
            }
        }

        ReportTable.Append(sb, rows);

        foreach (GradientCheckEntry e in _entries)
        {
            if (double.IsNaN(e.Numeric))
            {
                sb.AppendLine();
                sb.AppendLine(IsDirectional
                    ? "A numeric value of NaN means the function was not finite at one of the sample points x +/- t*d;"
                    : "A numeric value of NaN means the function was not finite at one of the sample points x +/- h;");
                sb.AppendLine("check a point farther from the edge of the function's domain, or lower GradientCheckOptions.StepScale.");
                break;
            }
        }
        return sb.ToString().TrimEnd();
    }

    private string Vector(double[] values)
    {
        var parts = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            parts[i] = _names is null ? Format(values[i]) : _names[i] + ": " + Format(values[i]);
        }
        return "(" + string.Join(", ", parts) + ")";
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
