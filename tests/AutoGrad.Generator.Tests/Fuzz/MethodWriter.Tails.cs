using System.Collections.Generic;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// The end of a method as a mean over a loop: ints set before the loop (<c>int n = x.Length;</c>),
/// counted inside it (<c>k++</c>) and set after it, read by the result (<c>return s / n;</c>,
/// <c>s / (n + m - 1)</c>) and in the loop's body. The one-pass reverse of a loss takes this shape.
/// </summary>
internal sealed partial class MethodWriter
{
    private void AverageTail()
    {
        string vector = Vector();
        string n = Declare("len", FuzzType.Int, $"int {{0}} = {vector}.Length;", writable: false);
        string sum = Declare("sum", FuzzType.Double, "double {0} = 0.0;");
        // Ints the loop only counts up from 0 stay natural: they may pick elements like n.
        string? count = _random.Chance(0.4) ? Declare("count", FuzzType.Int, "int {0} = 0;", writable: false) : null;
        string? after = _random.Chance(0.3) ? Declare("after", FuzzType.Int, "int {0} = 1;", writable: false) : null;
        string i = Fresh("i");
        Line($"for (int {i} = 0; {i} < {vector}.Length; {i}++)");
        Open();
        _scopes.Add(new List<Variable> { new(i, FuzzType.Int, Writable: false, Indexes: vector) });
        _loopDepth++;
        string term = Double(2);
        Line($"{sum} += {(_random.Chance(0.3) ? $"{term} / {n}" : term)};");
        if (count is not null)
        {
            Line(count + "++;");
        }
        _loopDepth--;
        _scopes.RemoveAt(_scopes.Count - 1);
        Close();
        // Set after the loop, from what it counted: at least 1, as the vector is never empty.
        string set = $"{count ?? n} + {_random.Next(0, 3)}";
        if (after is null)
        {
            after = Declare("after", FuzzType.Int, $"int {{0}} = {set};", writable: false);
        }
        else
        {
            Line($"{after} = {set};");
        }
        string result = _random.Weighted(3, 2, count is null ? 0 : 1, 1) switch
        {
            0 => $"{sum} / {n}",
            1 => $"{sum} / ({n} + {after} - 1)",
            2 => $"{sum} / {count}",
            _ => $"0.5 * {sum} + {Double(1)}",
        };
        Line("return " + result + ReadAtReturn() + ";");
    }
}
