using System;

namespace AutoGrad.Benchmarks.Tape;

/// <summary>
/// A value on a <see cref="ReverseTape"/>. A plain <c>double</c> converts to a constant (no tape, index −1),
/// so mixed expressions like <c>2 * x + 1</c> read as usual; only results that depend on a variable
/// are recorded.
/// </summary>
public readonly struct Var
{
    private readonly ReverseTape? _tape;

    internal Var(ReverseTape? tape, int index, double value)
    {
        _tape = tape;
        Index = index;
        Value = value;
    }

    public double Value { get; }

    internal int Index { get; }

    public static implicit operator Var(double value) => new(null, -1, value);

    public static Var operator +(Var a, Var b) => Binary(a, b, a.Value + b.Value, 1, 1);

    public static Var operator -(Var a, Var b) => Binary(a, b, a.Value - b.Value, 1, -1);

    public static Var operator *(Var a, Var b) => Binary(a, b, a.Value * b.Value, b.Value, a.Value);

    public static Var operator /(Var a, Var b)
    {
        double quotient = a.Value / b.Value;
        return Binary(a, b, quotient, 1 / b.Value, -quotient / b.Value);
    }

    public static Var operator -(Var a) => Unary(a, -a.Value, -1);

    public static Var Exp(Var a)
    {
        double value = Math.Exp(a.Value);
        return Unary(a, value, value);
    }

    public static Var Log(Var a) => Unary(a, Math.Log(a.Value), 1 / a.Value);

    public static Var Sqrt(Var a)
    {
        double value = Math.Sqrt(a.Value);
        return Unary(a, value, 0.5 / value);
    }

    public static Var Tanh(Var a)
    {
        double value = Math.Tanh(a.Value);
        return Unary(a, value, 1 - value * value);
    }

    public static Var Abs(Var a) => Unary(a, Math.Abs(a.Value), Math.Sign(a.Value));

    /// <summary>The larger operand; the derivative follows the operand chosen.</summary>
    public static Var Max(Var a, Var b) => a.Value >= b.Value ? a : b;

    /// <summary>Piecewise constant: the result is a constant, with derivative 0.</summary>
    public static Var Truncate(Var a) => Math.Truncate(a.Value);

    private static Var Unary(Var a, double value, double partial) =>
        a._tape is null ? value : a._tape.Record(value, a.Index, partial, -1, 0);

    private static Var Binary(Var a, Var b, double value, double leftPartial, double rightPartial)
    {
        ReverseTape? tape = a._tape ?? b._tape;
        return tape is null ? value : tape.Record(value, a.Index, leftPartial, b.Index, rightPartial);
    }
}
