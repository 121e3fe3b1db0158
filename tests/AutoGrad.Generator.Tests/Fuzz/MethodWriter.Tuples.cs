using System.Linq;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Tuples and side effects inside expressions: deconstruction into new locals (of a tuple literal or
/// <c>Math.SinCos</c>), a tuple assignment of two double locals whose right sides read both (a swap, a
/// recurrence), and unpacking an input array with <c>p++</c>, the index kept in range by a modulo or
/// counted from the end.
/// </summary>
internal sealed partial class MethodWriter
{
    private void TupleStatement()
    {
        string[] writable = Visible(v => v.Type == FuzzType.Double && v.Writable).Select(v => v.Name).ToArray();
        if (writable.Length >= 2 && _random.Chance(0.6))
        {
            string a = _random.Pick(writable);
            string b = _random.Pick(writable.Where(n => n != a).ToArray());
            _reassigned.Add(a);
            _reassigned.Add(b);
            // Every right side is taken before either is written: (a, b) = (b, a) and (a, b) = (b, a + x · b).
            string first = _random.Chance(0.5) ? b : $"{b} * {DoubleLeaf()}";
            string second = _random.Chance(0.4) ? a : $"{a} + {Double(1)} * {b}";
            Line($"({a}, {b}) = ({first}, {second});");
            return;
        }
        string s = Fresh("s");
        string c = Fresh("c");
        string right = _random.Chance(0.5) ? $"Math.SinCos({Double(2)})" : $"({Double(2)}, {Double(2)})";
        Line(_random.Chance(0.7) ? $"var ({s}, {c}) = {right};" : $"(double {s}, double {c}) = {right};");
        Push(new Variable(s, FuzzType.Double, Writable: true, TopLevel: _scopes.Count == 1));
        Push(new Variable(c, FuzzType.Double, Writable: true, TopLevel: _scopes.Count == 1));
    }

    /// <summary><c>int p = 0; double u = x[p++ % x.Length]; double w = x[p++ % x.Length];</c>, or with <c>x[^++p]</c>.</summary>
    private void Unpacked()
    {
        string array = Pick(v => v.Type == FuzzType.DoubleArray && !v.Writable);
        string p = Fresh("p");
        Line($"int {p} = 0;");
        int count = _random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            string index = _random.Weighted(3, 1, 1) switch
            {
                0 => $"{p}++ % {array}.Length",
                1 => $"++{p} % {array}.Length",
                // ^1, ^2, …: in range while p stays below the length.
                _ => $"^(1 + {p}++ % {array}.Length)",
            };
            Declare("u", FuzzType.Double, $"double {{0}} = {array}[{index}]{(i > 0 && _random.Chance(0.5) ? " * " + Double(1) : "")};");
        }
        Push(new Variable(p, FuzzType.Int, Writable: false, TopLevel: _scopes.Count == 1));
    }
}
