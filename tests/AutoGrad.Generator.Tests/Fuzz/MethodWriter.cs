using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Writes one random <c>[Differentiable]</c> method from the supported subset, as readable C#. The
/// grammar is built so the method always terminates and never indexes out of range: loops run a
/// counter up to a small bound (a literal, an int parameter, an array length, a matrix dimension),
/// and elements are picked by 0, Length - 1 (GetLength(d) - 1), a loop counter over that array (or
/// dimension), or a non-negative int modulo the length. A "vector" is a double[] variable or a row
/// x[i] of a double[][] parameter. Whatever it writes may still divide by zero or overflow; the
/// checker skips such points.
/// </summary>
internal sealed partial class MethodWriter
{
    private static readonly string[] Literals = { "0.5", "1.5", "2.0", "3.0", "0.25", "0.75", "1e-3", "4.0", "0.0", "1.0" };
    private static readonly string[] Unary = { "Sin", "Cos", "Tanh", "Exp", "Log", "Sqrt", "Abs", "Atan" };
    private static readonly string[] Exponents = { "2.0", "3.0", "0.5", "-1.0", "1.5", "2" };

    private readonly Random _random;
    private readonly string _name;
    private readonly FuzzParameter[] _parameters;
    private readonly Callee? _callee;
    private readonly int _order;
    private readonly bool _returnsArray;
    private readonly StringBuilder _text = new();
    private readonly List<List<Variable>> _scopes = new();
    private readonly HashSet<string> _reassigned = new();
    private readonly List<string> _readAtReturn = new();
    private int _indent;
    private int _nextName;
    private int _loopDepth;

    /// <param name="order">The method's [Differentiable(Order = …)]; 1 writes plain [Differentiable].</param>
    /// <param name="returnsArray">Return a non-empty double[] (see <see cref="ReturnArray"/>) rather than a double.</param>
    public MethodWriter(Random random, string name, FuzzParameter[] parameters, Callee? callee, int order = 1, bool returnsArray = false)
    {
        _random = random;
        _name = name;
        _parameters = parameters;
        _callee = callee;
        _order = order;
        _returnsArray = returnsArray;
    }

    /// <summary>
    /// The method's text. <paramref name="injection"/>, if given, writes extra statements (an
    /// unsupported construct) at one random top-level position of the body.
    /// </summary>
    public string Write(Func<InjectionContext, string>? injection = null)
    {
        _scopes.Add(_parameters.Select(p => new Variable(p.Name, p.Type, Writable: p.Type == FuzzType.Double)).ToList());
        Line(_order == 1 ? "[Differentiable]" : $"[Differentiable(Order = {_order})]");
        string signature = $"public static {(_returnsArray ? "double[]" : "double")} {_name}({string.Join(", ", _parameters.Select(p => p.Declaration))})";
        if (injection is null && !_returnsArray && _random.Chance(0.1))
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
        if (_returnsArray)
        {
            ReturnArray();
        }
        else if (HasVector && _random.Chance(0.12))
        {
            AverageTail();
        }
        else
        {
            Line("return " + Double(3) + ReadAtReturn() + ";");
        }
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
            Visible(v => v.Type is FuzzType.DoubleArray or FuzzType.Matrix && v.Writable).Any() ? 4 : 0,
            depth > 0 ? 3 : 0, // if
            depth > 0 ? 3 : 0, // for
            depth > 0 ? 1 : 0, // while
            depth > 0 ? 1 : 0, // do
            depth > 0 && HasVector ? 1 : 0, // foreach
            inLoop ? 2 : 0, // break or continue
            _returnsArray ? 0 : 2, // early return (of a double)
            1, // matrix local
            Visible(v => v.Type == FuzzType.Matrix && !v.Writable).Any() ? 1 : 0, // clone of an input matrix
            1, // const local, or a kink selecting a constant that feeds Sqrt or Log
            _callee is { ReturnsArray: true } ? 2 : 0, // a local holding the callee's array
            2, // an array made with values
            RemadeCandidates().Length > 0 ? 2 : 0, // an array remade from its old self
            CanPassMadeArgument ? 1 : 0, // a call of the callee with an array made where it is passed
            SwapCandidates().Length > 0 ? 2 : 0, // a swap of two arrays
            depth > 0 ? 1 : 0, // a double-buffered stepper
            depth > 0 ? 1 : 0, // switch
            1, // a guard, an assertion or a log line
            2, // a tuple: deconstruction, swap or recurrence
            HasInputArray ? 1 : 0, // an input array unpacked with p++
            HasWritableArray ? 2 : 0, // Array.Copy, CopyTo, Clear, Fill or Resize
            DerivativeWeight(3)); // a local holding a derivative of the callee
        switch (choice)
        {
            case 0:
                Declare("v", FuzzType.Double, $"double {{0}} = {Double(2)}{(inLoop && _random.Chance(0.3) ? InputTerm() : "")};");
                break;
            case 1 when HasVector && _random.Chance(0.3):
                // A length, set once: it may pick elements (len % a.Length) like an int parameter.
                Declare("len", FuzzType.Int, $"int {{0}} = {Vector()}.Length;", writable: false);
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
                // A row of a jagged input may be cloned too: a copy, not a second name for the row.
                string source = Visible(v => v.Type == FuzzType.Jagged).Any() && _random.Chance(0.3) ? JaggedRow() : Pick(v => v.Type == FuzzType.DoubleArray && !v.Writable);
                Declare("c", FuzzType.DoubleArray, $"double[] {{0}} = (double[]){source}.Clone();", sizedLike: SizeOf(source));
                break;
            case 5:
                DoubleWrite();
                break;
            case 6:
                IntWrite();
                break;
            case 7:
                ElementWrite(Pick(v => v.Type is FuzzType.DoubleArray or FuzzType.Matrix && v.Writable));
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
                string over = Visible(v => v.Type == FuzzType.Matrix).Any() && _random.Chance(0.2) ? Pick(v => v.Type == FuzzType.Matrix)
                    : _random.Chance(0.15) ? Made(Values(_random.Next(1, 4)), declaration: false, typed: false) : Vector();
                Line($"foreach (double {element} in {over})");
                _walked.Add(over);
                Loop(depth, new Variable(element, FuzzType.Double, Writable: false));
                _walked.Remove(over);
                break;
            case 13:
                Line($"if ({Condition(1)}) {(_random.Chance(0.5) ? "break" : "continue")};");
                break;
            case 14:
                Line($"if ({Condition(1)}) return {Double(2)};");
                break;
            case 15:
                LocalMatrix();
                break;
            case 16:
                string matrix = Pick(v => v.Type == FuzzType.Matrix && !v.Writable);
                Declare("c", FuzzType.Matrix, $"double[,] {{0}} = (double[,]){matrix}.Clone();", sizedLike: SizeOf(matrix));
                break;
            case 17 when _random.Chance(0.5):
                ConstLocal();
                break;
            case 17:
                KinkLocal();
                break;
            case 18:
                Declare("y", FuzzType.DoubleArray, $"double[] {{0}} = {CallCallee(1)};");
                break;
            case 19:
                MadeLocal();
                break;
            case 20:
                Remade();
                break;
            case 21:
                CallWithMadeArgument();
                break;
            case 22:
                (string a, string b) = _random.Pick(SwapCandidates());
                Swap(a, b);
                break;
            case 23:
                DoubleBuffered();
                break;
            case 24:
                SwitchStatement(depth);
                break;
            case 25:
                Watching();
                break;
            case 26:
                TupleStatement();
                break;
            case 27:
                Unpacked();
                break;
            case 28:
                ArrayLibraryCall();
                break;
            default:
                DerivativeLocal();
                break;
        }
    }

    private void LocalArray()
    {
        string length = Length();
        string? like = Visible(v => v.Type == FuzzType.DoubleArray && length == v.Name + ".Length").Select(v => SizeOf(v.Name)).FirstOrDefault();
        string name = Declare("a", FuzzType.DoubleArray, $"double[] {{0}} = new double[{length}];", sizedLike: like);
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
        MaybeReadAtReturn($"{name}[{_random.Pick(new[] { "0", name + ".Length - 1" })}]");
    }

    /// <summary>A local <c>new double[r, c]</c>, often filled by two nested loops over GetLength(0) and GetLength(1).</summary>
    private void LocalMatrix()
    {
        string name = Declare("a", FuzzType.Matrix, $"double[,] {{0}} = new double[{Length()}, {Length()}];");
        if (_random.Chance(0.6))
        {
            string i = Fresh("i"), j = Fresh("j");
            Line($"for (int {i} = 0; {i} < {name}.GetLength(0); {i}++)");
            Open();
            Push(new Variable(i, FuzzType.Int, Writable: false, Indexes: name + "#0"));
            Line($"for (int {j} = 0; {j} < {name}.GetLength(1); {j}++)");
            Open();
            Push(new Variable(j, FuzzType.Int, Writable: false, Indexes: name + "#1"));
            _loopDepth++;
            ElementWrite(name);
            _loopDepth--;
            Pop();
            Close();
            Pop();
            Close();
        }
        MaybeReadAtReturn($"{name}[{name}.GetLength(0) - 1, 0]");
    }

    /// <summary>A positive length for a new array or matrix.</summary>
    private string Length() => _random.Weighted(3, 2, HasVector ? 2 : 0, Visible(v => v.Type == FuzzType.Matrix).Any() ? 1 : 0) switch
    {
        0 => _random.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => IntParameterOr("2") + " + 1",
        2 => Vector() + ".Length",
        _ => $"{Pick(v => v.Type == FuzzType.Matrix)}.GetLength({_random.Next(2)})",
    };

    /// <summary>Sometimes the final return reads a top-level local array (or value), so the gradient flows through it.</summary>
    private void MaybeReadAtReturn(string element)
    {
        if (_scopes.Count == 1 && _random.Chance(0.5))
        {
            _readAtReturn.Add(element);
        }
    }

    /// <summary>The top-level locals <see cref="MaybeReadAtReturn"/> chose, each times a literal, to add to a result.</summary>
    private string ReadAtReturn() => string.Concat(_readAtReturn.Distinct().Select(a => $" + {_random.Pick(Literals)} * {a}"));

    private void DoubleWrite()
    {
        string target = Visible(v => v.Type == FuzzType.Double && v.Writable).Any()
            ? Pick(v => v.Type == FuzzType.Double && v.Writable)
            : Declare("v", FuzzType.Double, $"double {{0}} = {DoubleLeaf()};");
        _reassigned.Add(target);
        switch (_random.Weighted(4, 5, 1, DerivativeWeight(1)))
        {
            case 0:
                Line($"{target} = {Unlike(target, Double(2), "1.5")}{(_random.Chance(0.3) ? InputTerm() : "")};");
                break;
            case 1:
                string op = _random.Pick(new[] { "+=", "-=", "*=", "/=", "%=" });
                Line($"{target} {op} {(op == "%=" ? Divisor(2) : Double(2))};");
                break;
            case 2:
                Line(target + (_random.Chance(0.5) ? "++;" : "--;"));
                break;
            default:
                // The derivative reads the variable it overwrites, as a Newton step does.
                Line($"{target} = {DerivativeOfCallee(1, reads: target)};");
                break;
        }
    }

    private void IntWrite()
    {
        string target = Pick(v => v.Type == FuzzType.Int && v.Writable);
        Line(_random.Weighted(2, 2, 1) switch
        {
            0 => $"{target} = {Unlike(target, Int(), "2")};",
            1 => $"{target} += {Int()};",
            _ => target + "++;",
        });
    }

    /// <summary>A write to an element of a local array or matrix, at any index (in a loop, often the counter).</summary>
    private void ElementWrite(string array)
    {
        bool matrix = Visible(v => v.Name == array).Single().Type == FuzzType.Matrix;
        string element = matrix ? $"{array}[{MatrixIndex(array, 0)}, {MatrixIndex(array, 1)}]" : $"{array}[{Index(array)}]";
        switch (_random.Weighted(3, 4, 1))
        {
            case 0:
                Line($"{element} = {Double(2)};");
                break;
            case 1:
                Line($"{element} {_random.Pick(new[] { "+=", "-=", "*=" })} {Double(2)};");
                break;
            default:
                Line(element + (_random.Chance(0.5) ? "++;" : "--;"));
                break;
        }
    }

    /// <summary>Nothing times an input that is never reassigned: makes a value active without changing it.</summary>
    private string InputTerm()
    {
        string[] inputs = _parameters.Where(p => p.Type == FuzzType.DoubleArray).Select(p => p.Name + "[0]")
            .Concat(_parameters.Where(p => p.Type == FuzzType.Double && !_reassigned.Contains(p.Name)).Select(p => p.Name)).ToArray();
        return inputs.Length == 0 ? "" : $" + 0.0 * {_random.Pick(inputs)}";
    }

    private void For(int depth)
    {
        string i = Fresh("i");
        string? indexes = null;
        string bound;
        switch (_random.Weighted(2, HasVector ? 2 : 0, Visible(v => v.Type == FuzzType.Matrix).Any() ? 1 : 0, Visible(v => v.Type == FuzzType.Jagged).Any() ? 1 : 0))
        {
            case 0:
                bound = SmallBound();
                break;
            case 1:
                indexes = Vector();
                bound = indexes + ".Length";
                break;
            case 2:
                string matrix = Pick(v => v.Type == FuzzType.Matrix);
                int dimension = _random.Next(2);
                indexes = $"{matrix}#{dimension}";
                bound = $"{matrix}.GetLength({dimension})";
                break;
            default:
                indexes = Pick(v => v.Type == FuzzType.Jagged);
                bound = indexes + ".Length";
                break;
        }
        Line($"for (int {i} = 0; {i} < {bound}; {i}++)");
        Loop(depth, new Variable(i, FuzzType.Int, Writable: false, Indexes: indexes));
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
        switch (_random.Weighted(4, 5, 1, 4, 2, 1, _callee is null ? 0 : _callee.ReturnsArray ? 3 : 2, 1, 1, 1, DerivativeWeight(2)))
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
                return _callee!.ReturnsArray ? ElementOfCall(depth - 1) : CallCallee(depth - 1);
            case 7:
                return $"(double){Int()}";
            case 8:
                return SwitchExpression(depth - 1);
            case 9:
                return ThrowExpression(depth - 1);
            default:
                return DerivativeOfCallee(depth - 1);
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
        if (_random.Chance(0.05))
        {
            return KinkIntoSingular(depth);
        }
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

    private string CallCallee(int depth) => $"{_callee!.Name}({string.Join(", ", _callee.Parameters.Select(p => CalleeArgument(p, depth)))})";

    /// <summary>
    /// A value for one of the callee's parameters; for a [NoDerivative] one mostly a constant, since a value
    /// with a derivative would lose it there (AG0001).
    /// </summary>
    private string CalleeArgument(FuzzParameter parameter, int depth) => parameter.Type switch
    {
        FuzzType.Double when parameter.NoDerivative && _random.Chance(0.8) => _random.Pick(Literals),
        FuzzType.DoubleArray when parameter.NoDerivative && _random.Chance(0.8) => $"new double[{_random.Next(1, 4)}]",
        FuzzType.Double => Double(depth),
        FuzzType.Int => SmallBound(),
        FuzzType.Bool => Condition(depth),
        FuzzType.Enum => ModeValue(),
        FuzzType.Matrix => Visible(v => v.Type == FuzzType.Matrix).Any() ? Pick(v => v.Type == FuzzType.Matrix) : "new double[2, 2]",
        FuzzType.Jagged => Visible(v => v.Type == FuzzType.Jagged).Any() ? Pick(v => v.Type == FuzzType.Jagged) : "new double[1][]",
        _ => HasVector ? Vector() : "new double[2]",
    };

    private string DoubleLeaf()
    {
        string? array = HasVector ? Vector() : null;
        string? matrix = Visible(v => v.Type == FuzzType.Matrix).Any() ? Pick(v => v.Type == FuzzType.Matrix) : null;
        bool hasInt = Visible(v => v.Type == FuzzType.Int).Any();
        return _random.Weighted(12, 6, hasInt ? 2 : 0, array is null ? 0 : 8, array is null ? 0 : 2, 2, matrix is null ? 0 : 6, matrix is null ? 0 : 2,
            1, SameLengthArrays().Any() ? 1 : 0) switch
        {
            0 when Visible(v => v.Type == FuzzType.Double).Any() => Pick(v => v.Type == FuzzType.Double),
            2 => Pick(v => v.Type == FuzzType.Int),
            3 => $"{array}[{Index(array!)}]",
            4 => array + ".Length",
            5 => "Math.PI",
            6 => $"{matrix}[{MatrixIndex(matrix!, 0)}, {MatrixIndex(matrix!, 1)}]",
            7 => $"{matrix}.GetLength({_random.Next(2)})",
            8 => OtherConstant(),
            9 => ElementOfChoice(),
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
    private string SmallBound() => _random.Weighted(2, 2, HasVector ? 1 : 0) switch
    {
        0 => _random.Next(0, 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => IntParameterOr(_random.Next(1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => Vector() + ".Length",
    };

    /// <summary>A readable double[]: a variable, or a row of a jagged parameter.</summary>
    private string Vector() =>
        Visible(v => v.Type == FuzzType.Jagged).Any() && (_random.Chance(0.4) || !Visible(v => v.Type == FuzzType.DoubleArray).Any())
            ? JaggedRow()
            : Pick(v => v.Type == FuzzType.DoubleArray);

    private string JaggedRow()
    {
        string jagged = Pick(v => v.Type == FuzzType.Jagged);
        return $"{jagged}[{Index(jagged)}]";
    }

    private bool HasVector => Visible(v => v.Type is FuzzType.DoubleArray or FuzzType.Jagged).Any();

    /// <summary>An index into dimension <paramref name="dimension"/> of a matrix.</summary>
    private string MatrixIndex(string matrix, int dimension)
    {
        string[] counters = Visible(v => v.Indexes == $"{matrix}#{dimension}").Select(v => v.Name).ToArray();
        string[] naturals = _parameters.Where(p => p.Type == FuzzType.Int).Select(p => p.Name).ToArray();
        return _random.Weighted(2, 1, counters.Length > 0 ? 5 : 0, naturals.Length > 0 ? 2 : 0) switch
        {
            0 => "0",
            1 => $"{matrix}.GetLength({dimension}) - 1",
            2 => _random.Pick(counters),
            _ => $"{_random.Pick(naturals)} % {matrix}.GetLength({dimension})",
        };
    }

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
        bool hasMode = Visible(v => v.Type == FuzzType.Enum).Any();
        switch (depth <= 0 ? 0 : _random.Weighted(6, 2, 1, 1, hasBool ? 1 : 0, hasMode ? 4 : 0))
        {
            case 0:
                if (_random.Chance(0.8))
                {
                    string left = Double(Math.Max(depth - 1, 0));
                    return $"{left} {_random.Pick(new[] { "<", ">", "<=", ">=" })} {Unlike(left, Double(Math.Max(depth - 1, 0)), "0.5")}";
                }
                string number = Int();
                return $"{number} {_random.Pick(new[] { "<", ">", "==", "!=" })} {Unlike(number, Int(), "2")}";
            case 1:
                return $"({Condition(depth - 1)}) {_random.Pick(new[] { "&&", "||" })} ({Condition(depth - 1)})";
            case 2:
                return $"!({Condition(depth - 1)})";
            case 3:
                return "true";
            case 4:
                return Pick(v => v.Type == FuzzType.Bool);
            default:
                return $"{Pick(v => v.Type == FuzzType.Enum)} {_random.Pick(new[] { "==", "!=" })} {ModeValue()}";
        }
    }

    /// <summary>
    /// <paramref name="text"/>, or <paramref name="fallback"/> where it repeats <paramref name="other"/>: <c>v = v;</c> and
    /// <c>v &lt; v</c> draw warnings in the user's own code (CS1717, CS1718), which no one builds with.
    /// </summary>
    private static string Unlike(string other, string text, string fallback) => text == other ? fallback : text;

    private string IntParameterOr(string fallback)
    {
        FuzzParameter[] ints = _parameters.Where(p => p.Type == FuzzType.Int).ToArray();
        return ints.Length > 0 ? _random.Pick(ints).Name : fallback;
    }

    private bool HasInputArray => Visible(v => v.Type == FuzzType.DoubleArray && !v.Writable).Any();

    private IEnumerable<Variable> Visible(Func<Variable, bool> predicate) => _scopes.SelectMany(s => s).Where(predicate);

    /// <summary>A visible variable that fits; callers check that one does.</summary>
    private string Pick(Func<Variable, bool> predicate) => _random.Pick(Visible(predicate).ToArray()).Name;

    /// <param name="sizedLike">The array or matrix this one has the length (shape) of, if known; see <see cref="SizeOf"/>.</param>
    private string Declare(string prefix, FuzzType type, string format, bool writable = true, string? sizedLike = null)
    {
        string name = Fresh(prefix);
        // Not string.Format: the initializer may hold braces of its own (a switch expression, an interpolated string).
        Line(format.Replace("{0}", name));
        Push(new Variable(name, type, writable, TopLevel: _scopes.Count == 1, SizedLike: sizedLike));
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
    /// A variable in scope. <paramref name="Indexes"/>: the array (expression) whose length bounds this
    /// loop counter, or "m#d" for dimension d of matrix m.
    /// <paramref name="TopLevel"/>: declared in the method's outermost block, so still in scope at the final return.
    /// <paramref name="SizedLike"/>: the array (matrix) it was made the size of, as a clone or new double[a.Length].
    /// <paramref name="Read"/>: how a double expression reads it, if not by name (a char constant as its distance from 'a').
    /// </summary>
    private sealed record Variable(string Name, FuzzType Type, bool Writable, string? Indexes = null, bool TopLevel = false, string? SizedLike = null,
        string? Read = null);

    /// <summary>What an injected unsupported construct may use: the variables in scope at its position.</summary>
    internal sealed class InjectionContext
    {
        private readonly MethodWriter _writer;

        public InjectionContext(MethodWriter writer) => _writer = writer;

        public Random Random => _writer._random;

        /// <summary>A double in scope to read, or a literal.</summary>
        public string AnyDouble => _writer.Visible(v => v.Type == FuzzType.Double).Select(v => v.Name).FirstOrDefault() ?? "1.5";

        public string? InputArray => _writer.Visible(v => v.Type == FuzzType.DoubleArray && !v.Writable).Select(v => v.Name).FirstOrDefault();

        public string? Jagged => _writer.Visible(v => v.Type == FuzzType.Jagged).Select(v => v.Name).FirstOrDefault();

        public string? InputMatrix => _writer.Visible(v => v.Type == FuzzType.Matrix && !v.Writable).Select(v => v.Name).FirstOrDefault();

        public string? LocalArray => _writer.Visible(v => v.Type == FuzzType.DoubleArray && v.Writable).Select(v => v.Name).FirstOrDefault();

        public string Fresh(string prefix) => _writer.Fresh(prefix);

        /// <summary>Statements that get a derivative of the callee wrong, and the text AutoGrad's diagnostic must point at.</summary>
        public (string Statements, string At) Misuse(CompositionMisuse misuse) => _writer.WriteMisuse(misuse);
    }
}
