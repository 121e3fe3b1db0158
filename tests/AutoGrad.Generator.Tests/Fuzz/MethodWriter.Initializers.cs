using System.Collections.Generic;
using System.Linq;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Arrays made with their values, in each spelling C# has: locals (<c>new[] { … }</c>, <c>new double[] { … }</c>,
/// <c>{ … }</c>, <c>[…]</c>, matrices), an array remade from its old self as a time step does, the
/// callee's array argument, a foreach's collection and the returned array; and swaps of two such arrays.
/// </summary>
internal sealed partial class MethodWriter
{
    // The lengths of the local arrays made with values: a remade one keeps its length, which loops over it and arrays sized like it rely on.
    private readonly Dictionary<string, int> _madeLengths = new();

    // The arrays a foreach walks where the writer is: C# walks the array the loop started with, so remaking one there is AG0001.
    private readonly HashSet<string> _walked = new();

    /// <summary>A local double[] or double[,] made with values that depend on the inputs.</summary>
    private void MadeLocal()
    {
        if (_random.Chance(0.25))
        {
            int columns = _random.Next(1, 3);
            string[][] rows = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Values(columns)).ToArray();
            int spelling = _random.Weighted(2, 1, 1);
            rows[0] = spelling == 2 ? Typed(rows[0]) : rows[0];
            string body = "{ " + string.Join(", ", rows.Select(r => "{ " + string.Join(", ", r) + " }")) + " }";
            string spelled = spelling switch { 0 => body, 1 => "new double[,] " + body, _ => "new[,] " + body };
            string matrix = Declare("q", FuzzType.Matrix, $"double[,] {{0}} = {spelled};");
            MaybeReadAtReturn($"{matrix}[{matrix}.GetLength(0) - 1, 0]");
            return;
        }
        int length = _random.Next(1, 5);
        string array = Declare("h", FuzzType.DoubleArray, $"double[] {{0}} = {Made(Values(length), declaration: true)};");
        _madeLengths[array] = length;
        MaybeReadAtReturn($"{array}[{array}.Length - 1]");
    }

    /// <summary><c>m = new[] { m[0] + h * m[1], … }</c>: the next state from the old one, at the same length.</summary>
    private void Remade()
    {
        string array = _random.Pick(RemadeCandidates());
        Line($"{array} = {Made(Values(_madeLengths[array]), declaration: false)};");
    }

    private string[] RemadeCandidates() =>
        Visible(v => v.Type == FuzzType.DoubleArray && _madeLengths.ContainsKey(v.Name) && !_walked.Contains(v.Name)).Select(v => v.Name).ToArray();

    /// <summary>
    /// A double-buffered stepper: a state made with values and a second buffer of its length, a loop that writes
    /// the next state from the current one, then swaps them.
    /// </summary>
    private void DoubleBuffered()
    {
        int length = _random.Next(1, 4);
        string cur = Declare("h", FuzzType.DoubleArray, $"double[] {{0}} = {Made(Values(length), declaration: true)};");
        string next = Declare("h", FuzzType.DoubleArray, $"double[] {{0}} = new double[{length}];");
        _madeLengths[cur] = _madeLengths[next] = length;
        string n = Fresh("i"), i = Fresh("j");
        Line($"for (int {n} = 0; {n} < {SmallBound()}; {n}++)");
        Open();
        Line($"for (int {i} = 0; {i} < {cur}.Length; {i}++)");
        Open();
        Push(new Variable(i, FuzzType.Int, Writable: false, Indexes: cur));
        _loopDepth += 2;
        Line($"{next}[{i}] = {Double(1)} * {cur}[{i}] + {cur}[({i} + 1) % {cur}.Length];");
        Pop();
        Close();
        Swap(cur, next);
        _loopDepth -= 2;
        Close();
        MaybeReadAtReturn($"{cur}[0]");
    }

    /// <summary>Two arrays made with values swapped, as a double-buffered stepper does: by a tuple or through a temporary.</summary>
    private void Swap(string a, string b)
    {
        if (_random.Chance(0.5))
        {
            Line($"({a}, {b}) = ({b}, {a});");
            return;
        }
        string t = Fresh("t");
        Line($"{(_random.Chance(0.5) ? "var" : "double[]")} {t} = {a};");
        Line($"{a} = {b};");
        Line($"{b} = {t};");
    }

    /// <summary>Pairs of arrays made with values of one length, so loops and indices over either stay in range after a swap.</summary>
    private (string A, string B)[] SwapCandidates()
    {
        string[] arrays = RemadeCandidates();
        return arrays.SelectMany(a => arrays.Where(b => b != a && _madeLengths[b] == _madeLengths[a]).Select(b => (a, b))).ToArray();
    }

    /// <summary>A call of the callee whose first differentiable array argument is made where it is passed.</summary>
    private void CallWithMadeArgument()
    {
        int slot = System.Array.FindIndex(_callee!.Parameters, p => p.Type == FuzzType.DoubleArray && !p.NoDerivative);
        string arguments = string.Join(", ", _callee.Parameters.Select((p, i) => i == slot ? Made(Values(_random.Next(1, 4)), declaration: false) : CalleeArgument(p, 1)));
        string call = $"{_callee.Name}({arguments})";
        if (_callee.ReturnsArray)
        {
            Declare("y", FuzzType.DoubleArray, $"double[] {{0}} = {call};");
        }
        else
        {
            MaybeReadAtReturn(Declare("v", FuzzType.Double, $"double {{0}} = {call};"));
        }
    }

    private bool CanPassMadeArgument => _callee?.Parameters.Any(p => p.Type == FuzzType.DoubleArray && !p.NoDerivative) == true;

    /// <summary>The array an array-valued method returns, made as it is returned.</summary>
    private void ReturnMade()
    {
        string[] values = Values(_random.Next(1, 4));
        values[0] += InputTerm() + ReadAtReturn();
        Line($"return {Made(values, declaration: false)};");
    }

    /// <summary>
    /// <paramref name="values"/> as an array, in one of the spellings: the bare <c>{ … }</c> only where a declaration
    /// gives the type, <c>[…]</c> only where something does (not as a foreach's collection).
    /// </summary>
    private string Made(string[] values, bool declaration, bool typed = true)
    {
        string list = string.Join(", ", values);
        return _random.Weighted(2, 2, 1, declaration ? 2 : 0, typed ? 2 : 0) switch
        {
            0 => $"new[] {{ {string.Join(", ", Typed(values))} }}",
            1 => $"new double[] {{ {list} }}",
            2 => $"new double[{values.Length}] {{ {list} }}",
            3 => $"{{ {list} }}",
            _ => $"[{list}]",
        };
    }

    /// <summary>
    /// <paramref name="values"/> with the first one times a double literal: <c>new[]</c> takes its type from the
    /// elements, and an element may be an int (<c>a.Length</c>).
    /// </summary>
    private string[] Typed(string[] values) => values.Select((v, i) => i == 0 ? $"{_random.Pick(Literals)} * {v}" : v).ToArray();

    /// <summary>Elements that are values of the inputs, each a small expression.</summary>
    private string[] Values(int count) => Enumerable.Range(0, count).Select(_ => Double(1)).ToArray();
}
