using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using static AutoGrad.Generator.Rules.X;

namespace AutoGrad.Generator.Rules;

/// <summary>
/// The table of primitive derivatives. Conventions at points where a function is not differentiable
/// (documented in README): Abs'(0) = 0; Max/Min ties give ½ to each argument; Clamp at a bound gives ½
/// to the value and ½ to the bound, as Min(Max(v, lo), hi) would; Pow's partial in the exponent is 0 at
/// base 0 and the partial in the base is 0 for exponent 0. The .NET 7+ functions' conventions (Max/Min variants,
/// CopySign, BitIncrement, the estimates) are with <see cref="AddDoubleFunctions"/>.
/// </summary>
internal static class PrimitiveRules
{
    private const string M = "global::System.Math.";

    private static readonly Dictionary<string, PrimitiveRule> Table = new();

    public static PrimitiveRule Get(string name) => Table[name];

    /// <summary>The IR name of an arithmetic operator's rule.</summary>
    public static string OperatorName(BinaryOp op) => op.ToString();

    public const string Negate = "Negate";

    public const string StrongProduct = "StrongProduct";

    static PrimitiveRules()
    {
        // Operators.
        Register(new("Add", null, (a, _) => new Expr?[] { Lit(1), Lit(1) }));
        Register(new("Subtract", null, (a, _) => new Expr?[] { Lit(1), Lit(-1) }));
        Register(new("Multiply", null, (a, _) => new Expr?[] { a[1], a[0] }));
        // A divisor of 0 makes these partials infinite: a zero seed or direction must skip them.
        Register(new("Divide", null, (a, r) => new Expr?[] { Div(Lit(1), a[1]), Neg(Div(r, a[1])) }, MayBeUnbounded: true, UsesResult: true));
        Register(new("Remainder", null, (a, _) => new Expr?[] { Lit(1), Neg(Call("Truncate", Div(a[0], a[1]))) }, MayBeUnbounded: true));
        Register(new(Negate, null, (a, _) => new Expr?[] { Lit(-1) }));

        // Trigonometric.
        Unary("Sin", (x, _) => Call("Cos", x));
        Unary("Cos", (x, _) => Neg(Call("Sin", x)));
        Unary("Tan", (_, r) => Add(Lit(1), Square(r)), usesResult: true);
        Unary("Asin", (x, _) => Div(Lit(1), Call("Sqrt", Sub(Lit(1), Square(x)))), singular: true);
        Unary("Acos", (x, _) => Neg(Div(Lit(1), Call("Sqrt", Sub(Lit(1), Square(x))))), singular: true);
        Unary("Atan", (x, _) => Div(Lit(1), Add(Lit(1), Square(x))));
        // At the origin the partials are 0 / 0: taken as 0, as Hypot's. With an infinite argument they are ∞ / ∞, whose
        // limit is 0: Atan2 is constant along a line to infinity (π/2 as y → ∞ for any finite x).
        Register(new("Atan2", M + "Atan2", (a, _) => new Expr?[]
        {
            AwayFromInfinity(a, Choose(Compare(BinaryOp.Equal, Add(Square(a[0]), Square(a[1])), Lit(0)), Lit(0), Div(a[1], Add(Square(a[0]), Square(a[1]))))),
            AwayFromInfinity(a, Choose(Compare(BinaryOp.Equal, Add(Square(a[0]), Square(a[1])), Lit(0)), Lit(0), Neg(Div(a[0], Add(Square(a[0]), Square(a[1])))))),
        }));

        // Hyperbolic.
        Unary("Sinh", (x, _) => Call("Cosh", x));
        Unary("Cosh", (x, _) => Call("Sinh", x));
        Unary("Tanh", (_, r) => Sub(Lit(1), Square(r)), usesResult: true);
        Unary("Asinh", (x, _) => Div(Lit(1), Call("Sqrt", Add(Square(x), Lit(1)))));
        Unary("Acosh", (x, _) => Div(Lit(1), Call("Sqrt", Sub(Square(x), Lit(1)))), singular: true);
        Unary("Atanh", (x, _) => Div(Lit(1), Sub(Lit(1), Square(x))), unbounded: true);

        // Exponentials, logarithms and roots.
        Unary("Exp", (_, r) => r, usesResult: true);
        Unary("Log", (x, _) => Div(Lit(1), x), unbounded: true);
        Register(new("LogBase", M + "Log", (a, _) => new Expr?[]
        {
            Div(Lit(1), Mul(a[0], Call("Log", a[1]))),
            Neg(Div(Call("Log", a[0]), Mul(a[1], Square(Call("Log", a[1]))))),
        }, MayBeUnbounded: true));
        Unary("Log10", (x, _) => Div(Lit(1), Mul(x, Lit(System.Math.Log(10)))), unbounded: true);
        Unary("Log2", (x, _) => Div(Lit(1), Mul(x, Lit(System.Math.Log(2)))), unbounded: true);
        Unary("Sqrt", (_, r) => Div(Lit(0.5), r), singular: true, usesResult: true);
        Unary("Cbrt", (_, r) => Div(Lit(1), Mul(Lit(3), Square(r))), singular: true, usesResult: true);
        Register(new("Pow", M + "Pow", (a, r) => new Expr?[] { PowBasePartial(a[0], a[1]), PowExponentPartial(a[0], r) },
            MayBeUnbounded: true, UsesResult: true, IsSingular: true));

        // Piecewise.
        Unary("Abs", (x, _) => Choose(Compare(BinaryOp.Greater, x, Lit(0)), Lit(1),
            Choose(Compare(BinaryOp.Less, x, Lit(0)), Lit(-1), Lit(0))));
        Register(new("Max", M + "Max", (a, _) => new Expr?[] { Prefer(BinaryOp.Greater, a[0], a[1]), Prefer(BinaryOp.Greater, a[1], a[0]) }));
        Register(new("Min", M + "Min", (a, _) => new Expr?[] { Prefer(BinaryOp.Less, a[0], a[1]), Prefer(BinaryOp.Less, a[1], a[0]) }));
        Register(new("Clamp", M + "Clamp", (a, _) => new Expr?[]
        {
            Choose(And(Compare(BinaryOp.Greater, a[0], a[1]), Compare(BinaryOp.Less, a[0], a[2])), Lit(1),
                Choose(Or(Compare(BinaryOp.Equal, a[0], a[1]), Compare(BinaryOp.Equal, a[0], a[2])), Lit(0.5), Lit(0))),
            Prefer(BinaryOp.Less, a[0], a[1], whenTrue: 1, tie: 0.5),
            Prefer(BinaryOp.Greater, a[0], a[2], whenTrue: 1, tie: 0.5),
        }));

        // Fused and scaling.
        Register(new("FusedMultiplyAdd", M + "FusedMultiplyAdd", (a, _) => new Expr?[] { a[1], a[0], Lit(1) }));
        Register(new("ScaleB", M + "ScaleB", (a, _) => new Expr?[] { Call("ScaleB", Lit(1), a[1]), null }));
        Register(new("Hypot", "double.Hypot", (a, r) => new Expr?[]
        {
            Choose(Compare(BinaryOp.Equal, r, Lit(0)), Lit(0), Div(a[0], r)),
            Choose(Compare(BinaryOp.Equal, r, Lit(0)), Lit(0), Div(a[1], r)),
        }, UsesResult: true));
        Register(new("Truncate", M + "Truncate", (a, _) => new Expr?[] { null }));

        // .NET 7+ functions of System.Double (also reached as Math.* where Math has them).
        AddDoubleFunctions();

        // A derivative times a partial where a zero factor wins over an infinite one (see Derivatives.Scaled):
        // a product like any other, so forward over reverse differentiates it.
        Register(new(StrongProduct, "global::AutoGrad.Internal.StrongZero.Times", (a, _) => new Expr?[] { a[1], a[0] }, MayBeUnbounded: true));
    }

    private const string D = "double.";

    /// <summary>
    /// The functions .NET 7+ added to <c>System.Double</c> (and a few of <c>System.Math</c>'s): logarithms of 1 + x,
    /// exponentials minus 1, the π-scaled trigonometric functions, Lerp, RootN, the Max/Min variants, CopySign,
    /// IEEE remainder, the estimates (differentiated as the exact function they estimate) and BitIncrement/BitDecrement.
    /// </summary>
    private static void AddDoubleFunctions()
    {
        double ln2 = System.Math.Log(2), ln10 = System.Math.Log(10), pi = System.Math.PI;

        // Exponentials and logarithms: e^x − 1 and log(1 + x) and their base-2 and base-10 kin.
        Unary("ExpM1", (_, r) => Add(r, Lit(1)), usesResult: true, owner: D);
        Unary("Exp2", (_, r) => Mul(r, Lit(ln2)), usesResult: true, owner: D);
        Unary("Exp10", (_, r) => Mul(r, Lit(ln10)), usesResult: true, owner: D);
        Unary("Exp2M1", (_, r) => Mul(Add(r, Lit(1)), Lit(ln2)), usesResult: true, owner: D);
        Unary("Exp10M1", (_, r) => Mul(Add(r, Lit(1)), Lit(ln10)), usesResult: true, owner: D);
        Unary("LogP1", (x, _) => Div(Lit(1), Add(x, Lit(1))), unbounded: true, owner: D);
        Unary("Log2P1", (x, _) => Div(Lit(1), Mul(Add(x, Lit(1)), Lit(ln2))), unbounded: true, owner: D);
        Unary("Log10P1", (x, _) => Div(Lit(1), Mul(Add(x, Lit(1)), Lit(ln10))), unbounded: true, owner: D);

        // Trigonometric functions of π·x, and inverses in half-turns.
        Unary("SinPi", (x, _) => Mul(Lit(pi), Call("CosPi", x)), owner: D);
        Unary("CosPi", (x, _) => Neg(Mul(Lit(pi), Call("SinPi", x))), owner: D);
        // TanPi is exactly infinite at odd halves: an infinite partial, with an infinite value.
        Unary("TanPi", (_, r) => Mul(Lit(pi), Add(Lit(1), Square(r))), usesResult: true, unbounded: true, owner: D);
        Unary("AsinPi", (x, _) => Div(Lit(1), Mul(Lit(pi), Call("Sqrt", Sub(Lit(1), Square(x))))), singular: true, owner: D);
        Unary("AcosPi", (x, _) => Neg(Div(Lit(1), Mul(Lit(pi), Call("Sqrt", Sub(Lit(1), Square(x)))))), singular: true, owner: D);
        Unary("AtanPi", (x, _) => Div(Lit(1), Mul(Lit(pi), Add(Lit(1), Square(x)))), owner: D);
        Register(new("Atan2Pi", D + "Atan2Pi", (a, r) => System.Array.ConvertAll(Get("Atan2").Partials(a, r), p => p is null ? null : Mul(Lit(1 / pi), p))));
        Unary("DegreesToRadians", (_, _) => Lit(pi / 180), owner: D);
        Unary("RadiansToDegrees", (_, _) => Lit(180 / pi), owner: D);

        // RootN(x, n) = x^(1/n): (1/n)·r^(1−n), infinite at x = 0 for n > 1 (as Sqrt's).
        Register(new("RootN", D + "RootN", (a, r) => new Expr?[] { Div(Call("Pow", r, Sub(Lit(1), a[1])), a[1]), null },
            MayBeUnbounded: true, UsesResult: true, IsSingular: true));

        // The estimates: the derivative of what they estimate (1/x, 1/√x), not of the hardware's approximation.
        Register(new("ReciprocalEstimate", M + "ReciprocalEstimate", (a, _) => new Expr?[] { Neg(Div(Lit(1), Square(a[0]))) }, MayBeUnbounded: true));
        Register(new("ReciprocalSqrtEstimate", M + "ReciprocalSqrtEstimate", (a, _) => new Expr?[]
        {
            Neg(Div(Lit(0.5), Mul(a[0], Call("Sqrt", a[0])))),
        }, MayBeUnbounded: true));

        // One step to the next double up or down: slope 1, as x + ε for a fixed ε.
        Register(new("BitIncrement", M + "BitIncrement", (_, _) => new Expr?[] { Lit(1) }));
        Register(new("BitDecrement", M + "BitDecrement", (_, _) => new Expr?[] { Lit(1) }));

        // CopySign(x, y) = ±x: slope +1 where the result is x, −1 where it is −x, 0 at x = 0 (as Abs);
        // the sign of y is piecewise constant.
        Register(new("CopySign", M + "CopySign", (a, r) => new Expr?[]
        {
            Choose(Compare(BinaryOp.Equal, a[0], Lit(0)), Lit(0), Choose(Compare(BinaryOp.Equal, r, a[0]), Lit(1), Lit(-1))),
            null,
        }, UsesResult: true));

        // Max/Min variants (NaN handling, magnitude): the argument returned gets the derivative, ties split ½/½.
        foreach (string name in new[] { "MaxMagnitude", "MinMagnitude" })
        {
            Selecting(name, M + name);
        }
        foreach (string name in new[] { "MaxNumber", "MinNumber", "MaxNative", "MinNative", "MaxMagnitudeNumber", "MinMagnitudeNumber" })
        {
            Selecting(name, D + name);
        }
        Register(new("ClampNative", D + "ClampNative", Get("Clamp").Partials));
        Register(new("MultiplyAddEstimate", D + "MultiplyAddEstimate", Get("FusedMultiplyAdd").Partials));

        // Lerp(a, b, t) = a·(1 − t) + b·t.
        Register(new("Lerp", D + "Lerp", (a, _) => new Expr?[] { Sub(Lit(1), a[2]), a[2], Sub(a[1], a[0]) }));

        // x − y·Round(x / y), rounding to even: slopes 1 and −Round(x / y) between the jumps.
        Register(new("Round", M + "Round", (_, _) => new Expr?[] { null }));
        Register(new("IEEERemainder", M + "IEEERemainder", (a, _) => new Expr?[] { Lit(1), Neg(Call("Round", Div(a[0], a[1]))) }, MayBeUnbounded: true));
        Register(new("Ieee754Remainder", D + "Ieee754Remainder", Get("IEEERemainder").Partials, MayBeUnbounded: true));
    }

    /// <summary>
    /// A function that returns one of its two arguments: 1 to the one returned, ½ to each when they are equal
    /// (as Max's ties), 0 to the other (and to both when a NaN result is neither).
    /// </summary>
    private static void Selecting(string name, string callText) => Register(new(name, callText, (a, r) => new Expr?[]
    {
        Choose(Compare(BinaryOp.Equal, a[0], a[1]), Lit(0.5), Choose(Compare(BinaryOp.Equal, r, a[0]), Lit(1), Lit(0))),
        Choose(Compare(BinaryOp.Equal, a[0], a[1]), Lit(0.5), Choose(Compare(BinaryOp.Equal, r, a[1]), Lit(1), Lit(0))),
    }, UsesResult: true));


    /// <summary><paramref name="partial"/> where every argument is finite; 0 where one is infinite.</summary>
    private static Expr AwayFromInfinity(Expr[] arguments, Expr partial) => arguments.Aggregate(partial, (inner, argument) =>
        Choose(Compare(BinaryOp.Equal, Call("Abs", argument), Lit(double.PositiveInfinity)), Lit(0), inner));

    /// <summary>∂/∂a of a^b: b·a^(b−1), folded for a literal exponent, and 0 for exponent 0.</summary>
    private static Expr PowBasePartial(Expr a, Expr b)
    {
        if (b is Literal { Number: double k })
        {
            return k switch
            {
                0 => Lit(0),
                1 => Lit(1),
                2 => Mul(Lit(2), a),
                _ => Mul(b, Call("Pow", a, Lit(k - 1))),
            };
        }
        return Choose(Compare(BinaryOp.Equal, b, Lit(0)), Lit(0), Mul(b, Call("Pow", a, Sub(b, Lit(1)))));
    }

    /// <summary>∂/∂b of a^b: a^b·ln a, taken as 0 at a = 0 (where a^b is 0 for every b &gt; 0).</summary>
    private static Expr PowExponentPartial(Expr a, Expr r) =>
        Choose(Compare(BinaryOp.Equal, a, Lit(0)), Lit(0), Mul(r, Call("Log", a)));

    /// <summary>1 where <paramref name="a"/> wins the comparison, 0 where it loses, <paramref name="tie"/> on a tie.</summary>
    private static Expr Prefer(BinaryOp wins, Expr a, Expr b, double whenTrue = 1, double tie = 0.5) =>
        Choose(Compare(wins, a, b), Lit(whenTrue), Choose(Compare(BinaryOp.Equal, a, b), Lit(tie), Lit(0)));

    /// <param name="singular">Infinite partial at a finite value (see <see cref="PrimitiveRule.IsSingular"/>): unbounded too.</param>
    /// <param name="owner">Whose function it is: <c>System.Math</c>'s, or <c>double</c>'s.</param>
    private static void Unary(string name, System.Func<Expr, Expr, Expr> partial, bool unbounded = false, bool usesResult = false, bool singular = false, string owner = M) =>
        Register(new(name, owner + name, (a, r) => new Expr?[] { partial(a[0], r) }, unbounded || singular, usesResult, singular));

    private static void Register(PrimitiveRule rule) => Table.Add(rule.Name, rule);
}
