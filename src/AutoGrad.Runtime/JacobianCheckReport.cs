using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AutoGrad;

/// <summary>
/// The outcome of <see cref="GradientCheck.Jacobian"/>: every element of the Jacobian beside its
/// finite-difference estimate, the worst error, and whether all are within the tolerance.
/// <see cref="ToString"/> renders a table; <see cref="EnsurePassed"/> turns a failure into an exception.
/// </summary>
public sealed class JacobianCheckReport
{
    /// <summary>Up to this many entries the table lists them all; beyond, the failed ones and the worst.</summary>
    private const int FullTableLimit = 100;

    private readonly double[] _value;
    private readonly double[] _point;
    private readonly JacobianCheckEntry[] _entries;
    private readonly int _worstIndex;

    internal JacobianCheckReport(double[] value, double[] point, int rows, int columns, JacobianCheckEntry[] entries, GradientCheckOptions options)
    {
        _value = value;
        _point = point;
        _entries = entries;
        Rows = rows;
        Columns = columns;
        Tolerance = options.Tolerance;
        UsedRichardson = options.UseRichardson;

        Passed = true;
        for (int k = 0; k < entries.Length; k++)
        {
            Passed &= entries[k].Passed;
            if (entries[k].RelativeError > entries[_worstIndex].RelativeError)
            {
                _worstIndex = k;
            }
        }
    }

    /// <summary>m, the number of outputs (rows of the Jacobian).</summary>
    public int Rows { get; }

    /// <summary>n, the number of inputs (columns of the Jacobian).</summary>
    public int Columns { get; }

    /// <summary>The function's value at <see cref="Point"/> (a copy).</summary>
    public IReadOnlyList<double> Value => Array.AsReadOnly(_value);

    /// <summary>The point the Jacobian was checked at (a copy).</summary>
    public IReadOnlyList<double> Point => Array.AsReadOnly(_point);

    /// <summary>The compared elements, row by row: element [i, j] is at <c>i·Columns + j</c>.</summary>
    public IReadOnlyList<JacobianCheckEntry> Entries => Array.AsReadOnly(_entries);

    /// <summary>
    /// The entry with the largest <see cref="JacobianCheckEntry.RelativeError"/> (the first such, on
    /// ties); <see langword="null"/> when the function has no outputs.
    /// </summary>
    public JacobianCheckEntry? Worst => _entries.Length == 0 ? null : _entries[_worstIndex];

    /// <summary>The largest <see cref="JacobianCheckEntry.RelativeError"/> of all entries; 0 when there are none.</summary>
    public double MaxRelativeError => Worst?.RelativeError ?? 0.0;

    /// <summary>The tolerance each entry's relative error was compared with.</summary>
    public double Tolerance { get; }

    /// <summary>Whether the numeric derivatives were refined by Richardson extrapolation.</summary>
    public bool UsedRichardson { get; }

    /// <summary>Whether every entry is within <see cref="Tolerance"/>.</summary>
    public bool Passed { get; }

    /// <summary>Throws if the check failed; otherwise returns this report, so calls can be chained.</summary>
    /// <returns>This report.</returns>
    /// <exception cref="JacobianCheckException">Some entry is not within <see cref="Tolerance"/>; the message holds the table.</exception>
    public JacobianCheckReport EnsurePassed()
    {
        if (!Passed)
        {
            throw new JacobianCheckException(this);
        }
        return this;
    }

    /// <summary>
    /// Renders the report: a headline with the verdict and the worst error, the value and point,
    /// the method, and a table of the entries (failed rows are marked <c>FAIL</c>). A Jacobian of
    /// more than 100 elements lists only the failed ones and the worst.
    /// </summary>
    /// <returns>The multi-line report.</returns>
    public override string ToString()
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();

        string verdict = Passed ? "PASSED" : "FAILED";
        string where = Worst is null ? "" : " at " + Worst.Name;
        sb.Append(inv, $"Jacobian check ({Rows}x{Columns}) {verdict}: worst relative error {Format(MaxRelativeError, "G3")}{where} (tolerance {Format(Tolerance, "G3")})").AppendLine();
        sb.Append(inv, $"f(x) = {Vector(_value)} at x = {Vector(_point)}").AppendLine();
        sb.Append("Numeric: central differences D(h) = (f(x + h) - f(x - h)) / 2h, one column per input");
        sb.Append(UsedRichardson ? ", Richardson-extrapolated: (4*D(h/2) - D(h)) / 3." : ".").AppendLine();
        sb.AppendLine("Relative error: |analytic - numeric| / max(1, |analytic|, |numeric|).");

        if (_entries.Length == 0)
        {
            return sb.ToString().TrimEnd();
        }
        bool all = _entries.Length <= FullTableLimit;
        if (!all)
        {
            sb.Append(inv, $"Showing the failed entries and the worst of {_entries.Length}.").AppendLine();
        }
        sb.AppendLine();

        var rows = new List<string[]> { new[] { "entry", "step h", "analytic", "numeric", "abs. error", "rel. error", "" } };
        bool anyNaN = false;
        for (int k = 0; k < _entries.Length; k++)
        {
            JacobianCheckEntry e = _entries[k];
            anyNaN |= double.IsNaN(e.Numeric);
            if (all || !e.Passed || k == _worstIndex)
            {
                rows.Add(new[] { e.Name, Format(e.Step, "G3"), Format(e.Analytic), Format(e.Numeric), Format(e.AbsoluteError, "G3"), Format(e.RelativeError, "G3"), e.Passed ? "ok" : "FAIL" });
            }
        }
        ReportTable.Append(sb, rows);

        if (anyNaN)
        {
            sb.AppendLine();
            sb.AppendLine("A numeric value of NaN means that output was not finite at one of the sample points x +/- h;");
            sb.AppendLine("check a point farther from the edge of the function's domain, or lower GradientCheckOptions.StepScale.");
        }
        return sb.ToString().TrimEnd();
    }

    private static string Vector(double[] values)
    {
        var parts = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            parts[i] = Format(values[i]);
        }
        return "(" + string.Join(", ", parts) + ")";
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
