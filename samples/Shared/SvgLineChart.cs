using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace AutoGrad.Samples;

/// <summary>
/// A small line chart written as SVG by hand, so the samples need no graphics package. Linear or
/// logarithmic axes, a legend, and "nice" tick values; enough for loss curves and function plots.
/// </summary>
internal sealed class SvgLineChart
{
    private const int Width = 720, Height = 440;
    private const int Left = 80, Right = 190, Top = 40, Bottom = 60;
    private static readonly string[] Palette = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b" };

    private readonly List<Series> _series = new();

    public SvgLineChart(string title, string xLabel, string yLabel)
    {
        Title = title;
        XLabel = xLabel;
        YLabel = yLabel;
    }

    public string Title { get; }

    public string XLabel { get; }

    public string YLabel { get; }

    public bool LogX { get; init; }

    public bool LogY { get; init; }

    /// <summary>Adds a curve. Points that cannot be shown (not finite, or not positive on a log axis) are skipped.</summary>
    public void Add(string name, IReadOnlyList<double> xs, IReadOnlyList<double> ys, bool dashed = false)
    {
        if (xs.Count != ys.Count)
        {
            throw new ArgumentException($"Series '{name}' has {xs.Count} x values but {ys.Count} y values.", nameof(ys));
        }
        _series.Add(new Series(name, xs, ys, Palette[_series.Count % Palette.Length], dashed));
    }

    public void Save(string path) => File.WriteAllText(path, ToSvg());

    public string ToSvg()
    {
        (double xMin, double xMax) = Range(s => s.Xs, LogX);
        (double yMin, double yMax) = Range(s => s.Ys, LogY);
        var axisX = new Axis(xMin, xMax, LogX, Left, Width - Right);
        var axisY = new Axis(yMin, yMax, LogY, Height - Bottom, Top);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(Invariant($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        svg.Append(Invariant($"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">{Escape(Title)}</text>\n"));

        foreach (double tick in axisX.Ticks())
        {
            double x = axisX.Map(tick);
            svg.Append(Invariant($"<line x1=\"{x:F1}\" y1=\"{Top}\" x2=\"{x:F1}\" y2=\"{Height - Bottom}\" stroke=\"#e5e5e5\"/>\n"));
            svg.Append(Invariant($"<text x=\"{x:F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Label(tick, LogX)}</text>\n"));
        }
        foreach (double tick in axisY.Ticks())
        {
            double y = axisY.Map(tick);
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Width - Right}\" y2=\"{y:F1}\" stroke=\"#e5e5e5\"/>\n"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{Label(tick, LogY)}</text>\n"));
        }
        svg.Append(Invariant($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"none\" stroke=\"#333\"/>\n"));
        svg.Append(Invariant($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 18}\" text-anchor=\"middle\">{Escape(XLabel)}</text>\n"));
        svg.Append(Invariant($"<text transform=\"translate(18 {(Top + Height - Bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(YLabel)}</text>\n"));

        for (int s = 0; s < _series.Count; s++)
        {
            Series series = _series[s];
            var points = new StringBuilder();
            for (int i = 0; i < series.Xs.Count; i++)
            {
                if (Shown(series.Xs[i], LogX) && Shown(series.Ys[i], LogY))
                {
                    points.Append(Invariant($"{axisX.Map(series.Xs[i]):F1},{axisY.Map(series.Ys[i]):F1} "));
                }
            }
            string dash = series.Dashed ? " stroke-dasharray=\"6 4\"" : "";
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{series.Color}\" stroke-width=\"2\"{dash} points=\"{points.ToString().TrimEnd()}\"/>\n"));

            int legendY = Top + 10 + 20 * s;
            svg.Append(Invariant($"<line x1=\"{Width - Right + 12}\" y1=\"{legendY}\" x2=\"{Width - Right + 36}\" y2=\"{legendY}\" stroke=\"{series.Color}\" stroke-width=\"2\"{dash}/>\n"));
            svg.Append(Invariant($"<text x=\"{Width - Right + 42}\" y=\"{legendY + 4}\">{Escape(series.Name)}</text>\n"));
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private (double Min, double Max) Range(Func<Series, IReadOnlyList<double>> values, bool log)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (Series series in _series)
        {
            foreach (double v in values(series))
            {
                if (Shown(v, log))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }
        }
        if (min > max)
        {
            return log ? (1, 10) : (0, 1);
        }
        if (min == max)
        {
            return log ? (min / 10, max * 10) : (min - 1, max + 1);
        }
        return (min, max);
    }

    private static bool Shown(double v, bool log) => double.IsFinite(v) && (!log || v > 0);

    private static string Label(double v, bool log) =>
        log ? Invariant($"1e{Math.Round(Math.Log10(v))}") : v.ToString("G4", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Series(string Name, IReadOnlyList<double> Xs, IReadOnlyList<double> Ys, string Color, bool Dashed);

    /// <summary>Maps data to pixels; a log axis maps log10 of the data and snaps its range to whole decades.</summary>
    private sealed class Axis
    {
        private readonly double _lo, _hi, _pixelLo, _pixelHi;
        private readonly bool _log;

        public Axis(double min, double max, bool log, double pixelLo, double pixelHi)
        {
            _log = log;
            if (log)
            {
                _lo = Math.Floor(Math.Log10(min));
                _hi = Math.Max(Math.Ceiling(Math.Log10(max)), _lo + 1);
            }
            else
            {
                double step = NiceStep(max - min);
                _lo = Math.Floor(min / step) * step;
                _hi = Math.Ceiling(max / step) * step;
            }
            _pixelLo = pixelLo;
            _pixelHi = pixelHi;
        }

        public double Map(double v)
        {
            double t = ((_log ? Math.Log10(v) : v) - _lo) / (_hi - _lo);
            return _pixelLo + t * (_pixelHi - _pixelLo);
        }

        public IEnumerable<double> Ticks()
        {
            if (_log)
            {
                // At most about eight labelled decades.
                int stride = (int)Math.Ceiling((_hi - _lo) / 8);
                for (double e = _lo; e <= _hi + 1e-9; e += stride)
                {
                    yield return Math.Pow(10, e);
                }
            }
            else
            {
                double step = NiceStep(_hi - _lo);
                for (double v = _lo; v <= _hi + step * 1e-9; v += step)
                {
                    yield return Math.Round(v / step) * step;
                }
            }
        }

        // A step of 1, 2 or 5 times a power of ten giving about six ticks over the span.
        private static double NiceStep(double span)
        {
            double raw = span / 6;
            double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            double fraction = raw / power;
            return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
        }
    }
}
