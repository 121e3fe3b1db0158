using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Derivatives of the callee used as values (<c>GTangent(…).Tangent</c>, <c>.Value</c>), and the
/// misuses of them AutoGrad must diagnose. A direction must have its input's length (GTangent throws
/// otherwise, and the check skips the point), so an array's direction is the array itself, a zero
/// array of its length, or an array known to be made its size.
/// </summary>
internal sealed partial class MethodWriter
{
    /// <summary><paramref name="weight"/> when the callee's derivative may be used here, else 0.</summary>
    private int DerivativeWeight(int weight) => _callee is { DerivativeAsValue: true } ? weight : 0;

    /// <summary>
    /// <c>GTangent(…).Tangent</c> or <c>.Value</c>; only <c>.Value</c> in a method of Order 2 (its
    /// <c>.Tangent</c> is a misuse). <paramref name="reads"/>, if given, takes one double argument's place.
    /// </summary>
    private string DerivativeOfCallee(int depth, string? reads = null)
    {
        List<Slot> slots = TangentSlots(depth);
        int[] doubles = slots.Select((s, i) => (s, i)).Where(p => p.s.Type == FuzzType.Double).Select(p => p.i).ToArray();
        if (reads is not null && doubles.Length > 0)
        {
            int at = _random.Pick(doubles);
            slots[at] = slots[at] with { Text = reads };
        }
        string part = _order == 1 && _random.Chance(0.75) ? "Tangent" : "Value";
        return $"{_callee!.Name}Tangent({string.Join(", ", slots.Select(s => s.Text))}).{part}";
    }

    /// <summary>A local holding a derivative, declared with var or double, alone or in a larger expression.</summary>
    private void DerivativeLocal()
    {
        string derivative = DerivativeOfCallee(1);
        string value = _random.Chance(0.6) ? derivative : $"({Double(1)} {_random.Pick(new[] { "+", "-", "*" })} {derivative})";
        Declare("d", FuzzType.Double, $"{(_random.Chance(0.5) ? "var" : "double")} {{0}} = {value};");
    }

    /// <summary>GTangent's arguments: each input of G, and after each differentiable one its direction.</summary>
    private List<Slot> TangentSlots(int depth)
    {
        var slots = new List<Slot>();
        foreach (FuzzParameter parameter in _callee!.Parameters)
        {
            string value = CalleeArgument(parameter, depth);
            slots.Add(new Slot(parameter.Name, parameter.Type, value));
            if (parameter.IsDifferentiable)
            {
                slots.Add(new Slot(parameter.Name.TrimStart('@') + "Tangent", parameter.Type, Direction(parameter.Type, value, depth)));
            }
        }
        return slots;
    }

    /// <summary>A direction for an argument of the callee: a double, or an array (matrix) of <paramref name="value"/>'s size.</summary>
    private string Direction(FuzzType type, string value, int depth)
    {
        if (type == FuzzType.Double)
        {
            return _random.Weighted(2, 1, 3) switch { 0 => "1.0", 1 => _random.Pick(Literals), _ => Double(depth) };
        }
        if (type == FuzzType.Jagged || value.StartsWith("new ", StringComparison.Ordinal))
        {
            return value;
        }
        string? size = SizeOf(value);
        string[] alike = size is null ? Array.Empty<string>() : Visible(v => v.Type == type && SizeOf(v.Name) == size).Select(v => v.Name).ToArray();
        return _random.Weighted(2, 1, alike.Length > 0 ? 3 : 0) switch
        {
            0 => value,
            1 => type == FuzzType.Matrix ? $"new double[{value}.GetLength(0), {value}.GetLength(1)]" : $"new double[{value}.Length]",
            _ => _random.Pick(alike),
        };
    }

    /// <summary>
    /// The array (matrix) variable whose size <paramref name="expression"/> was made from, ending at one
    /// nobody was sized like: two arrays of one root have one length. Null if it is not a variable.
    /// </summary>
    private string? SizeOf(string expression) =>
        Visible(v => v.Name == expression).Select(v => v.SizedLike ?? v.Name).FirstOrDefault();

    private (string Statements, string At) WriteMisuse(CompositionMisuse misuse)
    {
        string u = Fresh("u");
        switch (misuse)
        {
            case CompositionMisuse.WholeTuple:
                string call = $"{_callee!.Name}Tangent({string.Join(", ", TangentSlots(1).Select(s => s.Text))})";
                return _random.Next(3) switch
                {
                    0 => ($"var {u} = {call};\ndouble {Fresh("w")} = {u}.Tangent;", call),
                    1 => ($"(double Value, double Tangent) {u} = {call};\ndouble {Fresh("w")} = {u}.Value * {u}.Tangent;", call),
                    _ => ($"{call};", call),
                };
            case CompositionMisuse.AdjointCall:
                return AdjointCall(u);
            case CompositionMisuse.SecondOrderCall:
                return SecondOrderCall(u);
            case CompositionMisuse.NamedArguments:
                return Misused(u, $"{_callee!.Name}Tangent({string.Join(", ", Named(TangentSlots(1)))}).Tangent");
            default:
                // Order = 1 callee, Order = 2 caller, [CustomDerivative] callee: a derivative written right, used where it cannot be.
                return Misused(u, $"{_callee!.Name}Tangent({string.Join(", ", TangentSlots(1).Select(s => s.Text))}).Tangent");
        }
    }

    /// <summary><c>double u = at;</c> or <c>at</c> in a larger expression.</summary>
    private (string Statements, string At) Misused(string u, string at) =>
        (_random.Chance(0.5) ? $"double {u} = {at};" : $"double {u} = {Double(1)} * {at};", at);

    /// <summary>All named in order, all named in reverse, or the last one named in its place.</summary>
    private IEnumerable<string> Named(List<Slot> slots) => _random.Next(3) switch
    {
        0 => slots.Select(s => $"{s.Name}: {s.Text}"),
        1 => slots.AsEnumerable().Reverse().Select(s => $"{s.Name}: {s.Text}"),
        _ => slots.Select((s, i) => i == slots.Count - 1 ? $"{s.Name}: {s.Text}" : s.Text),
    };

    /// <summary><c>GAdjoint(x, ref g, …)</c>, with a fresh local for each scalar adjoint and a zero array for each array one.</summary>
    private (string Statements, string At) AdjointCall(string u)
    {
        var declarations = new List<string>();
        List<string> arguments = CompanionArguments((type, value) => new[] { Adjoint(type, value, declarations) });
        if (_random.Chance(0.5))
        {
            arguments.Add("1.0");
        }
        string call = $"{_callee!.Name}Adjoint({string.Join(", ", arguments)})";
        declarations.Add(_random.Chance(0.5) ? $"double {u} = {call};" : call + ";");
        return (string.Join("\n", declarations), call);
    }

    /// <summary>
    /// <c>GTangentTangent(…).Tangent.Tangent</c> (each input, then three directions) or
    /// <c>GAdjointTangent(…).Tangent</c> (each input, its direction, its adjoint and adjoint tangent; seed and seed tangent).
    /// </summary>
    private (string Statements, string At) SecondOrderCall(string u)
    {
        bool adjoint = _random.Chance(0.5);
        var declarations = new List<string>();
        List<string> arguments = CompanionArguments((type, value) => adjoint
            ? new[] { Direction(type, value, 1), Adjoint(type, value, declarations), Adjoint(type, value, declarations) }
            : new[] { Direction(type, value, 1), Direction(type, value, 1), Direction(type, value, 1) });
        if (adjoint)
        {
            arguments.Add("1.0");
            arguments.Add("0.0");
        }
        string part = $"{_callee!.Name}{(adjoint ? "AdjointTangent" : "TangentTangent")}({string.Join(", ", arguments)}).Tangent{(adjoint ? "" : ".Tangent")}";
        declarations.Add($"double {u} = {part};");
        return (string.Join("\n", declarations), part);
    }

    /// <summary>A companion's arguments: each input of G, and after each differentiable one its <paramref name="partners"/> (given its type and value).</summary>
    private List<string> CompanionArguments(Func<FuzzType, string, string[]> partners)
    {
        var arguments = new List<string>();
        foreach (FuzzParameter parameter in _callee!.Parameters)
        {
            string value = CalleeArgument(parameter, 1);
            arguments.Add(value);
            if (parameter.IsDifferentiable)
            {
                arguments.AddRange(partners(parameter.Type, value));
            }
        }
        return arguments;
    }

    /// <summary>Where a companion adds an adjoint: <c>ref</c> to a fresh local for a double, a zero array (matrix) of the input's size.</summary>
    private string Adjoint(FuzzType type, string value, List<string> declarations)
    {
        if (type == FuzzType.Double)
        {
            string g = Fresh("g");
            declarations.Add($"double {g} = 0.0;");
            return "ref " + g;
        }
        return value.StartsWith("new ", StringComparison.Ordinal) ? value
            : type == FuzzType.Matrix ? $"new double[{value}.GetLength(0), {value}.GetLength(1)]" : $"new double[{value}.Length]";
    }

    /// <summary>One argument of a companion: the parameter it goes to (for named arguments), its type and its text.</summary>
    private sealed record Slot(string Name, FuzzType Type, string Text);
}
