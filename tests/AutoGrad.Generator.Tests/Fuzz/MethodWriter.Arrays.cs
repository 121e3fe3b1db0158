using System.Linq;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Arrays as values: an array-valued method's result, the callee's array indexed in place, and an
/// element of a choice between two arrays of one length.
/// </summary>
internal sealed partial class MethodWriter
{
    /// <summary>The end of an array-valued method: a local of a positive length, each element set from the inputs, returned; or an array made as it is returned.</summary>
    private void ReturnArray()
    {
        if (_random.Chance(0.3))
        {
            ReturnMade();
            return;
        }
        string y = Declare("y", FuzzType.DoubleArray, $"double[] {{0}} = new double[{Length()}];");
        string i = Fresh("i");
        Line($"for (int {i} = 0; {i} < {y}.Length; {i}++)");
        Open();
        Push(new Variable(i, FuzzType.Int, Writable: false, Indexes: y));
        _loopDepth++;
        Line($"{y}[{i}] = {Double(2)}{InputTerm()}{ReadAtReturn()};");
        _loopDepth--;
        Pop();
        Close();
        Line($"return {y};");
    }

    /// <summary>The callee's array read in place: <c>G(a)[0]</c>, <c>G(a)[G(a).Length - 1]</c>, <c>G(a)[k % G(a).Length]</c>, or <c>G(a).Length</c>.</summary>
    private string ElementOfCall(int depth)
    {
        string call = CallCallee(depth);
        string[] naturals = Visible(v => v.Type == FuzzType.Int && !v.Writable).Select(v => v.Name)
            .Concat(_parameters.Where(p => p.Type == FuzzType.Int).Select(p => p.Name)).Distinct().ToArray();
        return _random.Weighted(3, 3, naturals.Length > 0 ? 2 : 0, 1) switch
        {
            0 => $"{call}[0]",
            1 => $"{call}[{call}.Length - 1]",
            2 => $"{call}[{_random.Pick(naturals)} % {call}.Length]",
            _ => $"{call}.Length",
        };
    }

    /// <summary><c>(c ? a : b)[i]</c>: a and b are double[] of one length, so any index into one is in range of the other.</summary>
    private string ElementOfChoice()
    {
        (string a, string b) = _random.Pick(SameLengthArrays());
        string[] conditions = Visible(v => v.Type == FuzzType.Bool).Select(v => v.Name)
            .Concat(Visible(v => v.Type == FuzzType.Enum).Select(v => $"{v.Name} == {ModeValue()}"))
            .Concat(Visible(v => v.Type == FuzzType.Double).Select(v => $"{v.Name} > {_random.Pick(Literals)}"))
            .ToArray();
        string condition = conditions.Length > 0 ? _random.Pick(conditions) : "true";
        return $"({condition} ? {a} : {b})[{Index(_random.Chance(0.5) ? a : b)}]";
    }

    /// <summary>Pairs of visible double[] variables known to have one length; an array with itself where no two are.</summary>
    private (string A, string B)[] SameLengthArrays()
    {
        Variable[] arrays = Visible(v => v.Type == FuzzType.DoubleArray).ToArray();
        (string, string)[] pairs = arrays.SelectMany(a => arrays.Where(b => b != a && SizeOf(b.Name) == SizeOf(a.Name)).Select(b => (a.Name, b.Name))).ToArray();
        return pairs.Length > 0 ? pairs : arrays.Select(a => (a.Name, a.Name)).ToArray();
    }
}
