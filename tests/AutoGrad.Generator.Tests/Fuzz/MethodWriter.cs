using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Writes one random <c>[Differentiable]</c> method from the supported subset, as readable C#. The
/// grammar is built so the method always terminates and never indexes out of range: loops run a
/// counter up to a small bound (a literal, an int parameter, an array length), and elements are
/// picked by 0, Length - 1, a loop counter over that array, or a non-negative int modulo the length.
/// Whatever it writes may still divide by zero or overflow; the checker skips such points.
/// </summary>
internal sealed class MethodWriter
{
    private static readonly string[] Literals = { "0.5", "1.5", "2.0", "3.0", "0.25", "0.75", "1e-3", "4.0", "0.0", "1.0" };
    private static readonly string[] Unary = { "Sin", "Cos", "Tanh", "Exp", "Log", "Sqrt", "Abs", "Atan" };
    private static readonly string[] Exponents = { "2.0", "3.0", "0.5", "-1.0", "1.5", "2" };

    private readonly Random _random;
    private readonly string _name;
    private readonly FuzzParameter[] _parameters;
    private readonly Callee? _callee;
    private readonly StringBuilder _text = new();
    private readonly List<List<Variable>> _scopes = new();
    private readonly HashSet<string> _reassigned = new();
    private readonly List<string> _readAtReturn = new();
    private int _indent;
    private int _nextName;
    private int _loopDepth;

    public MethodWriter(Random random, string name, FuzzParameter[] parameters, Callee? callee)
    {
        _random = random;
        _name = name;
        _parameters = parameters;
        _callee = callee;
    }

    /// <summary>
    /// The method's text. <paramref name="injection"/>, if given, writes extra statements (an
    /// unsupported construct) at one random top-level position of the body.
    /// </summary>
    public string Write(Func<InjectionContext, string>? injection = null)
    {
        _scopes.Add(_parameters.Select(p => new Variable(p.Name, p.Type, Writable: p.Type == FuzzType.Double)).ToList());
        Line("[Differentiable]");
        string signature = $"public static double {_name}({string.Join(", ", _parameters.Select(p => p.Declaration))})";
        if (injection is null && _random.Chance(0.1))
        {
            Line(signature + " => " + Double(3) + ";");
            return _text.ToString();
        }
        Line(signature);
        Open();
        int count = _random.Next(2, 6);
        int injectAt = _random.Next(count + 1);
        for (int i = 0; i <= count; i++)
        {
            if (i == injectAt && injection is not null)
            {
                foreach (string line in injection(new InjectionContext(this)).Split('\n'))
                {
                    Line(line);
                }
            }
            if (i < count)
            {
                Statement(depth: 2);
            }
        }
        Line("return " + Double(3) + string.Concat(_readAtReturn.Distinct().Select(a => $" + 0.0 * {a}[0]")) + ";");
        Close();
        return _text.ToString();
    }

    private void Statement(int depth)
    {
        bool inLoop = _loopDepth > 0;
        int choice = _random.Weighted(
            6, // double local
            2, // int local
            1, // bool local
            2, // array local
            HasInputArray ? 1 : 0, // clone of an input array
            6, // write to a double
            Visible(v => v.Type == FuzzType.Int && v.Writable).Any() ? 2 : 0,
            Visible(v => v.Type == FuzzType.DoubleArray && v.Writable).Any() ? 4 : 0,
            depth > 0 ? 3 : 0, // if
            depth > 0 ? 3 : 0, // for
            depth > 0 ? 1 : 0, // while
            depth > 0 ? 1 : 0, // do
            depth > 0 && Visible(v => v.Type == FuzzType.DoubleArray).Any() ? 1 : 0, // foreach
            inLoop ? 2 : 0, // break or continue
            2); // early return
        switch (choice)
        {
            case 0:
                Declare("v", FuzzType.Double, $"double {{0}} = {Double(2)}{(inLoop ? InputTerm() : "")};");
                break;
            case 1:
                Declare("k", FuzzType.Int, $"int {{0}} = {Int()};");
                break;
            case 2:
                Declare("b", FuzzType.Bool, $"bool {{0}} = {Condition(1)};");
                break;
            case 3:
                LocalArray();
                break;
            case 4:
                Declare("c", FuzzType.DoubleArray, $"double[] {{0}} = (double[]){Pick(v => v.Type == FuzzType.DoubleArray && !v.Writable)}.Clone();");
                break;
            case 5:
                DoubleWrite();
                break;
            case 6:
                IntWrite();
                break;
            case 7:
                ElementWrite(Pick(v => v.Type == FuzzType.DoubleArray && v.Writable));
                break;
            case 8:
                Line($"if ({Condition(2)})");
                Block(depth - 1);
                if (_random.Chance(0.5))
                {
                    Line("else");
                    Block(depth - 1);
                }
                break;
            case 9:
                For(depth);
                break;
            case 10:
            case 11:
                CountedLoop(depth, isDo: choice == 11);
                break;
            case 12:
                string element = Fresh("e");
                Line($"foreach (double {element} in {Pick(v => v.Type == FuzzType.DoubleArray)})");
                Loop(depth, new Variable(element, FuzzType.Double, Writable: false));
                break;
            case 13:
                Line($"if ({Condition(1)}) {(_random.Chance(0.5) ? "break" : "continue")};");
                break;
            default:
                Line($"if ({Condition(1)}) return {Double(2)};");
                break;
        }
    }

    private void LocalArray()
    {
        string length = _random.Weighted(3, 2, HasInputArray ? 2 : 0) switch
        {
            0 => _random.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => IntParameterOr("2") + " + 1",
            _ => Pick(v => v.Type == FuzzType.DoubleArray && !v.Writable) + ".Length",
        };
        string name = Declare("a", FuzzType.DoubleArray, $"double[] {{0}} = new double[{length}];");
        if (_random.Chance(0.6))
        {
            string i = Fresh("i");
            Line($"for (int {i} = 0; {i} < {name}.Length; {i}++)");
            Open();
            Push(new Variable(i, FuzzType.Int, Writable: false, Indexes: name));
            _loopDepth++;
            ElementWrite(name);
            _loopDepth--;
            Pop();
            Close();
        }
    }

    private void DoubleWrite()
    {
        string target = Visible(v => v.Type == FuzzType.Double && v.Writable).Any()
            ? Pick(v => v.Type == FuzzType.Double && v.Writable)
            : Declare("v", FuzzType.Double, $"double {{0}} = {DoubleLeaf()};");
        _reassigned.Add(target);
        switch (_random.Weighted(4, 5, 1))
        {
            case 0:
                Line($"{target} = {Double(2)}{InputTerm()};");
                break;
            case 1:
                string op = _random.Pick(new[] { "+=", "-=", "*=", "/=", "%=" });
                Line($"{target} {op} {(op == "%=" ? Divisor(2) : Double(2))};");
                break;
            default:
                Line(target + (_random.Chance(0.5) ? "++;" : "--;"));
                break;
        }
    }

    private void IntWrite()
    {
        string target = Pick(v => v.Type == FuzzType.Int && v.Writable);
        Line(_random.Weighted(2, 2, 1) switch
        {
            0 => $"{target} = {Int()};",
            1 => $"{target} += {Int()};",
            _ => target + "++;",
        });
    }

    private void ElementWrite(string array)
    {
        string index = _loopDepth > 0 && !Visible(v => v.Name == array).Single().TopLevel ? InvariantIndex(array) : Index(array);
        string element = $"{array}[{index}]";
        string active = _loopDepth > 0 ? ActiveTerm(array) : "";
        switch (_random.Weighted(3, 4, active.Length == 0 ? 1 : 0))
        {
            case 0:
                Line($"{element} = {NotABareElement(Double(2))}{active};");
                break;
            case 1:
                Line($"{element} {_random.Pick(new[] { "+=", "-=", "*=" })} {Double(2)}{active};");
                break;
            default:
                Line(element + "++;");
                break;
        }
    }

    /// <summary>
    /// An element write in a loop, into an array that is not active, makes the Adjoint restore the
    /// element at the counter's final value (KnownBugs.An_inactive_local_array_filled_in_a_loop_does_not_break_the_Adjoint).
    /// So in a loop only a top-level array is written at a moving index: the value written gets an
    /// active term, and the final return reads the array, so it is active; other arrays are written at a fixed index.
    /// </summary>
    private string ActiveTerm(string array)
    {
        string term = InputTerm();
        if (term.Length == 0 || !Visible(v => v.Name == array).Single().TopLevel)
        {
            return "";
        }
        _readAtReturn.Add(array);
        return term;
    }

    /// <summary>
    /// Nothing times an input that is never reassigned, so the value is active; empty if there is no
    /// such input. Overwriting a variable with an inactive value leaves its adjoint uncleared
    /// (KnownBugs.Overwriting_a_variable_with_an_inactive_conditional_clears_its_adjoint), so overwrites carry one.
    /// </summary>
    private string InputTerm()
    {
        string[] inputs = _parameters.Where(p => p.Type == FuzzType.DoubleArray).Select(p => p.Name + "[0]")
            .Concat(_parameters.Where(p => p.Type == FuzzType.Double && !_reassigned.Contains(p.Name)).Select(p => p.Name)).ToArray();
        return inputs.Length == 0 ? "" : $" + 0.0 * {_random.Pick(inputs)}";
    }

    /// <summary>An index that does not change while a loop runs.</summary>
    private string InvariantIndex(string array)
    {
        string[] naturals = _parameters.Where(p => p.Type == FuzzType.Int).Select(p => p.Name).ToArray();
        return _random.Weighted(2, 1, naturals.Length > 0 ? 2 : 0) switch
        {
            0 => "0",
            1 => array + ".Length - 1",
            _ => $"{_random.Pick(naturals)} % {array}.Length",
        };
    }

    private void For(int depth)
    {
        string i = Fresh("i");
        string? array = Visible(v => v.Type == FuzzType.DoubleArray).Any() && _random.Chance(0.5) ? Pick(v => v.Type == FuzzType.DoubleArray) : null;
        string bound = array is not null ? array + ".Length" : SmallBound();
        Line($"for (int {i} = 0; {i} < {bound}; {i}++)");
        Loop(depth, new Variable(i, FuzzType.Int, Writable: false, Indexes: array));
    }

    /// <summary>The counter goes up first thing in the body, so a <c>continue</c> cannot skip it.</summary>
    private void CountedLoop(int depth, bool isDo)
    {
        string w = Declare("w", FuzzType.Int, "int {0} = 0;", writable: false);
        string condition = $"{w} < {SmallBound()}";
        Line(isDo ? "do" : $"while ({condition})");
        Open();
        _scopes.Add(new List<Variable>());
        Line(w + "++;");
        _loopDepth++;
        Statements(depth - 1);
        _loopDepth--;
        _scopes.RemoveAt(_scopes.Count - 1);
        Close(isDo ? $" while ({condition});" : "");
    }

    private void Loop(int depth, Variable counter)
    {
        _loopDepth++;
        Block(depth - 1, counter);
        _loopDepth--;
    }

    /// <summary>A braced block of statements; what it declares (and <paramref name="counter"/>) is visible only inside.</summary>
    private void Block(int depth, Variable? counter = null)
    {
        Open();
        _scopes.Add(counter is null ? new List<Variable>() : new List<Variable> { counter });
        Statements(depth);
        _scopes.RemoveAt(_scopes.Count - 1);
        Close();
    }

    private void Statements(int depth)
    {
        for (int n = _random.Next(1, 3); n > 0; n--)
        {
            Statement(depth);
        }
    }

    /// <summary>A double-valued expression of nesting at most <paramref name="depth"/>.</summary>
    private string Double(int depth)
    {
        if (depth <= 0)
        {
            return DoubleLeaf();
        }
        switch (_random.Weighted(4, 5, 1, 4, 2, 1, _callee is null ? 0 : 2, 1))
        {
            case 0:
                return DoubleLeaf();
            case 1:
                string op = _random.Pick(new[] { "+", "-", "*", "/", "%", "+", "-", "*" });
                return $"({Double(depth - 1)} {op} {(op == "%" ? Divisor(depth - 1) : Double(depth - 1))})";
            case 2:
                return $"(-{Double(depth - 1)})";
            case 3:
                return MathCall(depth - 1);
            case 4:
                return $"({Condition(depth - 1)} ? {Double(depth - 1)} : {Double(depth - 1)})";
            case 5:
                return $"Math.{_random.Pick(new[] { "Max", "Min", "Atan2" })}({Double(depth - 1)}, {Double(depth - 1)})";
            case 6:
                return CallCallee(depth - 1);
            default:
                return $"(double){Int()}";
        }
    }

    /// <summary>
    /// The right operand of %, kept away from 0: a remainder by a tiny divisor (Math.Sin(Math.PI)) is a
    /// sawtooth far finer than any finite-difference step, whose slope no difference quotient can see.
    /// </summary>
    private string Divisor(int depth) => _random.Chance(0.5)
        ? _random.Pick(new[] { "0.5", "1.5", "2.0", "3.0", "0.75", "-1.5" })
        : $"(0.5 + Math.Abs({Double(depth)}))";

    private string MathCall(int depth)
    {
        string function = _random.Pick(Unary);
        string argument = Double(depth);
        bool guarded = _random.Chance(0.5);
        return function switch
        {
            "Log" or "Sqrt" when guarded => $"Math.{function}(0.5 + {argument} * {argument})",
            "Exp" when guarded => $"Math.Exp(Math.Sin({argument}))",
            _ when _random.Chance(0.2) => _random.Chance(0.5)
                ? $"Math.Pow({argument}, {_random.Pick(Exponents)})"
                : $"Math.Pow(1.0 + {argument} * {argument}, {Double(depth)})",
            _ => $"Math.{function}({argument})",
        };
    }

    private string CallCallee(int depth)
    {
        var arguments = new List<string>();
        foreach (FuzzParameter parameter in _callee!.Parameters)
        {
            arguments.Add(parameter.Type switch
            {
                FuzzType.Double => NotABareElement(Double(depth)),
                FuzzType.Int => SmallBound(),
                FuzzType.Bool => Condition(depth),
                _ => Visible(v => v.Type == FuzzType.DoubleArray).Any() ? Pick(v => v.Type == FuzzType.DoubleArray) : "new double[2]",
            });
        }
        return $"{_callee.Name}({string.Join(", ", arguments)})";
    }

    /// <summary>
    /// A bare element read as a call argument (KnownBugs.Array_element_passed_to_a_differentiable_call_gets_its_adjoint)
    /// or copied into an element (KnownBugs.Copying_one_element_into_another_after_a_loop_keeps_the_gradient)
    /// gets a wrong adjoint: read it as a product instead.
    /// </summary>
    private static string NotABareElement(string argument) =>
        System.Text.RegularExpressions.Regex.IsMatch(argument, @"^\w+\[[^\[\]]*\]$") ? $"(1.0 * {argument})" : argument;

    private string DoubleLeaf()
    {
        string? array = Visible(v => v.Type == FuzzType.DoubleArray).Any() ? Pick(v => v.Type == FuzzType.DoubleArray) : null;
        bool hasInt = Visible(v => v.Type == FuzzType.Int).Any();
        return _random.Weighted(6, 3, hasInt ? 1 : 0, array is null ? 0 : 4, array is null ? 0 : 1, 1) switch
        {
            0 when Visible(v => v.Type == FuzzType.Double).Any() => Pick(v => v.Type == FuzzType.Double),
            2 => Pick(v => v.Type == FuzzType.Int),
            3 => $"{array}[{Index(array!)}]",
            4 => array + ".Length",
            5 => "Math.PI",
            _ => _random.Pick(Literals),
        };
    }

    /// <summary>An int expression; it may be negative, so it never bounds a loop or picks an element.</summary>
    private string Int()
    {
        bool hasInt = Visible(v => v.Type == FuzzType.Int).Any();
        return _random.Weighted(3, hasInt ? 4 : 0, hasInt ? 2 : 0, 1) switch
        {
            0 => _random.Next(0, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => Pick(v => v.Type == FuzzType.Int),
            2 => $"({Pick(v => v.Type == FuzzType.Int)} {_random.Pick(new[] { "+", "-", "*", "%" })} {_random.Next(1, 4)})",
            _ => $"(int){DoubleLeaf()}",
        };
    }

    /// <summary>A loop bound between 0 and 5: a literal, an int parameter, or an array's length.</summary>
    private string SmallBound() => _random.Weighted(2, 2, Visible(v => v.Type == FuzzType.DoubleArray).Any() ? 1 : 0) switch
    {
        0 => _random.Next(0, 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => IntParameterOr(_random.Next(1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => Pick(v => v.Type == FuzzType.DoubleArray) + ".Length",
    };

    private string Index(string array)
    {
        string[] counters = Visible(v => v.Indexes == array).Select(v => v.Name).ToArray();
        string[] naturals = Visible(v => v.Type == FuzzType.Int && !v.Writable && v.Indexes != array).Select(v => v.Name)
            .Concat(_parameters.Where(p => p.Type == FuzzType.Int).Select(p => p.Name)).ToArray();
        return _random.Weighted(2, 1, counters.Length > 0 ? 5 : 0, naturals.Length > 0 ? 2 : 0) switch
        {
            0 => "0",
            1 => array + ".Length - 1",
            2 => _random.Pick(counters),
            _ => $"{_random.Pick(naturals)} % {array}.Length",
        };
    }

    private string Condition(int depth)
    {
        bool hasBool = Visible(v => v.Type == FuzzType.Bool).Any();
        switch (depth <= 0 ? 0 : _random.Weighted(6, 2, 1, 1, hasBool ? 1 : 0))
        {
            case 0:
                return _random.Chance(0.8)
                    ? $"{Double(Math.Max(depth - 1, 0))} {_random.Pick(new[] { "<", ">", "<=", ">=" })} {Double(Math.Max(depth - 1, 0))}"
                    : $"{Int()} {_random.Pick(new[] { "<", ">", "==", "!=" })} {Int()}";
            case 1:
                return $"({Condition(depth - 1)}) {_random.Pick(new[] { "&&", "||" })} ({Condition(depth - 1)})";
            case 2:
                return $"!({Condition(depth - 1)})";
            case 3:
                return "true";
            default:
                return Pick(v => v.Type == FuzzType.Bool);
        }
    }

    private string IntParameterOr(string fallback)
    {
        FuzzParameter[] ints = _parameters.Where(p => p.Type == FuzzType.Int).ToArray();
        return ints.Length > 0 ? _random.Pick(ints).Name : fallback;
    }

    private bool HasInputArray => Visible(v => v.Type == FuzzType.DoubleArray && !v.Writable).Any();

    private IEnumerable<Variable> Visible(Func<Variable, bool> predicate) => _scopes.SelectMany(s => s).Where(predicate);

    /// <summary>A visible variable that fits; callers check that one does.</summary>
    private string Pick(Func<Variable, bool> predicate) => _random.Pick(Visible(predicate).ToArray()).Name;

    private string Declare(string prefix, FuzzType type, string format, bool writable = true)
    {
        string name = Fresh(prefix);
        Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, name));
        Push(new Variable(name, type, writable, TopLevel: _scopes.Count == 1));
        return name;
    }

    /// <summary>Names are unique in the method, so no declaration can shadow another.</summary>
    private string Fresh(string prefix) => prefix + _nextName++;

    private void Push(Variable variable) => _scopes[^1].Add(variable);

    private void Pop() => _scopes[^1].RemoveAt(_scopes[^1].Count - 1);

    private void Open()
    {
        Line("{");
        _indent++;
    }

    private void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    private void Line(string text) => _text.Append(' ', 4 * _indent).Append(text).Append('\n');

    /// <summary>
    /// A variable in scope. <paramref name="Indexes"/>: the array whose length bounds this loop counter.
    /// <paramref name="TopLevel"/>: declared in the method's outermost block, so still in scope at the final return.
    /// </summary>
    private sealed record Variable(string Name, FuzzType Type, bool Writable, string? Indexes = null, bool TopLevel = false);

    /// <summary>What an injected unsupported construct may use: the variables in scope at its position.</summary>
    internal sealed class InjectionContext
    {
        private readonly MethodWriter _writer;

        public InjectionContext(MethodWriter writer) => _writer = writer;

        public Random Random => _writer._random;

        /// <summary>A double in scope to read, or a literal.</summary>
        public string AnyDouble => _writer.Visible(v => v.Type == FuzzType.Double).Select(v => v.Name).FirstOrDefault() ?? "1.5";

        public string? InputArray => _writer.Visible(v => v.Type == FuzzType.DoubleArray && !v.Writable).Select(v => v.Name).FirstOrDefault();

        public string? LocalArray => _writer.Visible(v => v.Type == FuzzType.DoubleArray && v.Writable).Select(v => v.Name).FirstOrDefault();

        public string Fresh(string prefix) => _writer.Fresh(prefix);
    }
}
