using System.Globalization;
using System.Linq;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Switch statements and switch expressions, and code that only watches: guards that throw (rarely: a point
/// where the method throws is checked for its companions throwing the same, then skipped), ThrowIf helpers,
/// assertions that hold, and log lines to <c>TextWriter.Null</c> and <c>Trace</c>, so a run prints nothing.
/// </summary>
internal sealed partial class MethodWriter
{
    private static readonly double[] Thresholds = { -2.0, -0.5, 0.0, 0.25, 1.0, 1.5, 3.0 };

    /// <summary>
    /// A switch on a double (increasing relational labels, some with when clauses) or an int (constants, then
    /// a relational label), each section ending in break, return or continue; often a default section.
    /// </summary>
    private void SwitchStatement(int depth)
    {
        bool onInt = _random.Chance(0.35);
        // A double local: a double expression may be a long or char constant, which double patterns do not fit.
        Line($"switch ({(onInt ? Int() : Declare("s", FuzzType.Double, $"double {{0}} = {Double(1)};", writable: false))})");
        Open();
        string[] labels = onInt ? IntLabels() : DoublePatterns(_random.Next(1, 4)).Select(p => $"case {p}:").ToArray();
        foreach (string label in labels)
        {
            Section(label, depth, mayReturn: true);
        }
        if (_random.Chance(0.7))
        {
            // Not a return: with every section returning, the code after the switch would be unreachable (CS0162).
            Section("default:", depth, mayReturn: false);
        }
        Close();
    }

    /// <summary>Distinct constants, one section sometimes holding two, then perhaps <c>case &gt; 5:</c>, which none of them subsumes.</summary>
    private string[] IntLabels()
    {
        int[] constants = Enumerable.Range(-1, 6).OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToArray();
        var labels = constants.Select(c => $"case {c.ToString(CultureInfo.InvariantCulture)}:").ToList();
        if (labels.Count > 1 && _random.Chance(0.4))
        {
            labels[0] += "\ncase " + (constants.Max() + 10).ToString(CultureInfo.InvariantCulture) + ":";
        }
        if (_random.Chance(0.5))
        {
            labels.Add("case > 5:");
        }
        return labels.ToArray();
    }

    /// <summary>
    /// <paramref name="count"/> patterns of increasing thresholds, so none subsumes a later one:
    /// <c>&lt; t</c>, <c>&gt;= t and &lt; u</c>, <c>&lt;= t or &gt; 5.0</c>; some with a when clause.
    /// </summary>
    private string[] DoublePatterns(int count)
    {
        double[] bounds = Thresholds.OrderBy(_ => _random.Next()).Take(count + 1).Order().ToArray();
        return Enumerable.Range(0, count).Select(i =>
        {
            string t = Literal(bounds[i]);
            string pattern = _random.Weighted(3, 2, 1) switch
            {
                0 => "< " + Literal(bounds[i + 1]),
                1 => $">= {t} and < {Literal(bounds[i + 1])}",
                _ => $"<= {t} or > 5.0",
            };
            return _random.Chance(0.25) ? $"{pattern} when {Condition(1)}" : pattern;
        }).ToArray();
    }

    private static string Literal(double value) => value.ToString("0.0###", CultureInfo.InvariantCulture);

    /// <summary>
    /// A section's statements and the jump that ends it. A break in the section would leave the switch, not a loop
    /// around it, so none is written before the end (loops inside the section count again).
    /// </summary>
    private void Section(string label, int depth, bool mayReturn)
    {
        foreach (string line in label.Split('\n'))
        {
            Line(line);
        }
        _indent++;
        _scopes.Add(new());
        int loopDepth = _loopDepth;
        _loopDepth = 0;
        Statements(depth - 1);
        _loopDepth = loopDepth;
        _scopes.RemoveAt(_scopes.Count - 1);
        Line(_random.Weighted(6, mayReturn && !_returnsArray ? 1 : 0, _loopDepth > 0 ? 1 : 0) switch
        {
            0 => "break;",
            1 => $"return {Double(2)};",
            _ => "continue;",
        });
        _indent--;
    }

    /// <summary><c>(v switch { &lt; t =&gt; a, … })</c>: a discard arm last, or none (NaN then matches nothing, and C# throws).</summary>
    private string SwitchExpression(int depth)
    {
        string[] arms = DoublePatterns(_random.Next(1, 3)).Select(pattern => $"{pattern} => {Double(depth)}").ToArray();
        string last = _random.Chance(0.95) ? $", _ => {Double(depth)}" : ", _ => throw new InvalidOperationException(\"no arm\")";
        // 1.0 * …: a double, whatever the expression's own type (a long constant, an int).
        return $"((1.0 * {Double(depth)}) switch {{ {string.Join(", ", arms)}{last} }})";
    }

    /// <summary>A statement that only watches the values in scope: a guard, a ThrowIf helper, an assertion that holds, a log line.</summary>
    private void Watching()
    {
        string value = Double(1);
        switch (_random.Next(5))
        {
            case 0:
                Line($"if ({value} > 1e6) throw new ArgumentOutOfRangeException(\"{Fresh("guard")}\", {value}, $\"too large: {{{value}}}\");");
                break;
            case 1:
                Line($"ArgumentOutOfRangeException.ThrowIfGreaterThan({value}, 1e6);");
                break;
            case 2:
                Line($"System.Diagnostics.Debug.Assert(Math.Abs({value}) >= 0.0 || double.IsNaN({value}), \"abs is not negative\");");
                break;
            case 3:
                Line($"System.IO.TextWriter.Null.WriteLine($\"{Fresh("step")}: {{{value}:F3}} {{{Double(1)},8}}\");");
                break;
            default:
                Line($"System.Diagnostics.Trace.WriteLine(\"value \" + {value} + \" at \" + {Int()});");
                break;
        }
    }

    /// <summary><c>(finite ? value : throw …)</c>: a throw expression that throws only where the value checked is not finite.</summary>
    private string ThrowExpression(int depth) => $"(double.IsFinite({Double(depth)}) ? {Double(depth)} : throw new ArithmeticException(\"not finite\"))";
}
