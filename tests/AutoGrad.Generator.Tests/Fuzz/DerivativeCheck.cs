using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Runs a compiled method and its companions at random points and holds them to the contract:
/// Tangent and Adjoint return the primal's value, the Tangent's directional derivative equals the
/// Adjoint's gradient dotted with the direction, and each gradient component matches a central
/// difference of the primal. For Order = 2, FAdjointTangent must give the Adjoint's gradient and a
/// Hessian-vector product that matches central differences of that gradient, and FTangentTangent
/// the matching first and second directional derivatives. Inputs are doubles, and the elements of
/// double[], double[,] and double[][] arguments (flattened into slots). Points where the primal
/// throws, is not finite or is huge are skipped, and so is a component whose difference quotient is
/// not stable (a branch, kink or jump within the step, or rounding noise): there the finite
/// difference says nothing. Forward and reverse mode must agree everywhere, on whether a derivative
/// is finite too: NaN or ±∞ in one against a number in the other is a failure. Where both are not
/// finite and central differences are, the component is counted (<see cref="CheckCounts"/>), not failed.
/// </summary>
internal sealed partial class DerivativeCheck
{
    private const int Points = 3;
    private const double Huge = 1e8;

    private readonly Random _random;
    private readonly object? _instance;
    private readonly MethodInfo _primal;
    private readonly MethodInfo _tangent;
    private readonly MethodInfo _adjoint;
    private readonly MethodInfo? _adjointTangent;
    private readonly MethodInfo? _tangentTangent;
    private readonly bool[] _active;

    private DerivativeCheck(Random random, object? instance, MethodInfo primal, MethodInfo tangent, MethodInfo adjoint,
        MethodInfo? adjointTangent, MethodInfo? tangentTangent, bool[] active)
    {
        _random = random;
        _instance = instance;
        _primal = primal;
        _tangent = tangent;
        _adjoint = adjoint;
        _adjointTangent = adjointTangent;
        _tangentTangent = tangentTangent;
        _active = active;
    }

    /// <summary>Null if the method passes; otherwise what went wrong, with the point.</summary>
    public static string? Run(Type type, MethodInfo primal, Random random, CheckCounts counts)
    {
        ParameterInfo[] parameters = primal.GetParameters();
        bool[] active = parameters.Select(IsActive).ToArray();
        MethodInfo? tangent = Companion(type, primal, "Tangent", active);
        MethodInfo? adjoint = Companion(type, primal, "Adjoint", active);
        string method = primal.Name + "(" + string.Join(", ", parameters.Select(p => p.ParameterType.Name)) + ")";
        if (tangent is null || adjoint is null)
        {
            return $"{method}: no {primal.Name + (tangent is null ? "Tangent" : "Adjoint")} with the expected signature was generated, and no AG diagnostic says why";
        }
        MethodInfo? adjointTangent = Companion(type, primal, "AdjointTangent", active);
        MethodInfo? tangentTangent = Companion(type, primal, "TangentTangent", active);
        if (Order(primal) >= 2 && (adjointTangent is null || tangentTangent is null))
        {
            return $"{method}: Order = {Order(primal)} but no {primal.Name + (adjointTangent is null ? "AdjointTangent" : "TangentTangent")} with the expected signature was generated";
        }
        // Static or not as compiled: a broken case may have lost its 'static'.
        var check = new DerivativeCheck(random, primal.IsStatic ? null : Activator.CreateInstance(primal.DeclaringType!), primal, tangent, adjoint,
            adjointTangent, tangentTangent, active);
        try
        {
            for (int point = 0; point < Points; point++)
            {
                if (check.AtRandomPoint(counts) is string failure)
                {
                    return $"{method}: {failure}";
                }
            }
            return null;
        }
        catch (Exception exception) when (exception is CompanionException or InvalidOperationException)
        {
            return $"{method}: {exception.Message}";
        }
    }

    private static int Order(MethodInfo primal) =>
        primal.GetCustomAttributes().Where(a => a.GetType().Name == "DifferentiableAttribute")
            .Select(a => (int)a.GetType().GetProperty("Order")!.GetValue(a)!).DefaultIfEmpty(1).Max();

    private static bool IsActive(ParameterInfo parameter) =>
        !parameter.GetCustomAttributes().Any(a => a.GetType().Name == "NoDerivativeAttribute")
        && (parameter.ParameterType == typeof(double) || parameter.ParameterType == typeof(double[])
            || parameter.ParameterType == typeof(double[,]) || parameter.ParameterType == typeof(double[][]));

    /// <summary>
    /// The partners each active input gets in a companion, in order, and whether a scalar one is ref;
    /// then the trailing parameters.
    /// </summary>
    private static (string[] Partners, bool[] ByRef, string[] Trailing) Layout(string companion) => companion switch
    {
        "Tangent" => (new[] { "Tangent" }, new[] { false }, Array.Empty<string>()),
        "Adjoint" => (new[] { "Adjoint" }, new[] { true }, new[] { "seed" }),
        "AdjointTangent" => (new[] { "Tangent", "Adjoint", "AdjointTangent" }, new[] { false, true, true }, new[] { "seed", "seedTangent" }),
        _ => (new[] { "Tangent2", "Tangent", "TangentTangent" }, new[] { false, false, false }, Array.Empty<string>()),
    };

    /// <summary>The companion named primal + suffix whose parameter types are the contract's, found by position (overloads may share the name).</summary>
    private static MethodInfo? Companion(Type type, MethodInfo primal, string suffix, bool[] active)
    {
        (string[] partners, bool[] byRef, string[] trailing) = Layout(suffix);
        var expected = new List<Type>();
        ParameterInfo[] parameters = primal.GetParameters();
        for (int i = 0; i < parameters.Length; i++)
        {
            expected.Add(parameters[i].ParameterType);
            if (active[i])
            {
                Type t = parameters[i].ParameterType;
                expected.AddRange(byRef.Select(r => r && t == typeof(double) ? t.MakeByRefType() : t));
            }
        }
        expected.AddRange(trailing.Select(_ => typeof(double)));
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return type.GetMethods(all).FirstOrDefault(m => m.Name == primal.Name + suffix && m.IsStatic == primal.IsStatic
            && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(expected));
    }

    private string? AtRandomPoint(CheckCounts counts)
    {
        ParameterInfo[] parameters = _primal.GetParameters();
        object?[] point = parameters.Select(p => ArgumentFor(p.ParameterType)).ToArray();
        Slot[] slots = Slots(point);
        if (!TryPrimal(point, out double value, out Exception? thrown) || !IsModest(value))
        {
            counts.SkippedPoints++;
            return thrown is null ? null : ThrowsAlike(point, slots, thrown);
        }
        string where = "at " + Describe(parameters, point);

        double[] direction = RandomVector(slots.Length);
        (double tangentValue, double tangent) = Tangent(point, slots, direction);
        double seed = _random.Pick(new[] { 1.0, 0.5, 2.0, -1.5 });
        (double adjointValue, double[] gradient) = Adjoint(point, slots, seed);
        if (!SameValue(value, tangentValue) || !SameValue(value, adjointValue))
        {
            return $"the primal returns {Show(value)} but the Tangent returns {Show(tangentValue)} and the Adjoint {Show(adjointValue)}, {where}";
        }

        if (ZeroSeed(point, slots, counts) is string zero)
        {
            return zero + ", " + where;
        }

        if (!Agree(tangent, gradient, direction))
        {
            return $"forward and reverse disagree: Tangent {Show(tangent)}, gradient·direction {Show(Dot(gradient, direction))} "
                + $"(gradient [{string.Join(", ", gradient.Select(Show))}]), direction [{string.Join(", ", direction.Select(Show))}], {where}";
        }
        if (!double.IsFinite(tangent) || !gradient.All(double.IsFinite))
        {
            // One direction cannot say which component is not finite: the Tangent along each input alone must agree
            // with that component of the gradient, so a NaN in one mode is never hidden by a NaN elsewhere in the other.
            for (int i = 0; i < slots.Length; i++)
            {
                double alone = Tangent(point, slots, Unit(slots.Length, i)).Tangent;
                if (!Agree(alone, new[] { gradient[i] }, new[] { 1.0 }))
                {
                    return $"forward and reverse disagree on ∂/∂{slots[i].Name(parameters)}: {Show(alone)} by the Tangent along it, {Show(gradient[i])} by the Adjoint, {where}";
                }
            }
        }

        for (int i = 0; i < slots.Length; i++)
        {
            double? numeric = CentralDifference(p => TryPrimal(p, out double v) && IsModest(v) ? v : null, point, slots, Unit(slots.Length, i));
            if (numeric is not double expected)
            {
                counts.SkippedComponents++;
                continue;
            }
            if (!double.IsFinite(gradient[i]))
            {
                // Both modes say so (checked above) where the primal is smooth: an intermediate or its derivative was
                // infinite (x / 0 fed to a remainder by ∞, Sqrt'(0) = ∞ times Max's 0 for the other argument), and the
                // chain rule met ∞·0, as in any AD tool. Counted and reported, not failed.
                counts.NonFiniteInBothModes++;
                continue;
            }
            counts.CheckedComponents++;
            if (!Close(gradient[i], expected, 1e-5))
            {
                return $"∂/∂{slots[i].Name(parameters)} is {Show(gradient[i])} by the Adjoint but {Show(expected)} by central differences, {where}";
            }
        }
        counts.CheckedPoints++;

        if (_adjointTangent is not null && SecondOrder(point, slots, value, gradient, counts) is string second)
        {
            return second + ", " + where;
        }
        return null;
    }

    /// <summary>
    /// The README's promise: a zero tangent or a zero seed never turns an infinite partial into NaN. The
    /// Adjoint with seed 0 must leave every adjoint as it was, and the Tangent along direction 0 must give 0.
    /// Where a value is itself NaN or infinite, the README says the product with the zero is not guarded:
    /// NaN in both modes is counted, NaN in one mode only is a failure.
    /// </summary>
    private string? ZeroSeed(object?[] point, Slot[] slots, CheckCounts counts)
    {
        double[] before = RandomVector(slots.Length);
        (List<object?> arguments, Dictionary<int, int> at) = AdjointArguments(point, slots, before);
        arguments.Add(0.0);
        object?[] args = arguments.ToArray();
        Invoke(_adjoint, args, point);
        ParameterInfo[] parameters = _primal.GetParameters();
        string? notFinite = null;
        for (int s = 0; s < slots.Length; s++)
        {
            double after = slots[s].GetFrom(args[at[slots[s].Index]]);
            if (!double.IsFinite(after))
            {
                notFinite ??= $"the adjoint of {slots[s].Name(parameters)} {Show(after)}";
            }
            else if (after != before[s])
            {
                return $"with seed 0 the Adjoint changes the adjoint of {slots[s].Name(parameters)} from {Show(before[s])} to {Show(after)}";
            }
        }
        double zeroTangent = Tangent(point, slots, new double[slots.Length]).Tangent;
        if (double.IsFinite(zeroTangent) && zeroTangent != 0)
        {
            return $"along direction 0 the Tangent is {Show(zeroTangent)}";
        }
        if (double.IsFinite(zeroTangent) != (notFinite is null))
        {
            return $"forward and reverse disagree at zero: along direction 0 the Tangent is {Show(zeroTangent)}, "
                + $"with seed 0 the Adjoint makes {notFinite ?? "no adjoint change"}";
        }
        if (notFinite is not null)
        {
            counts.ZeroSeedNaNsInBothModes++;
        }
        return null;
    }

    /// <summary>
    /// The derivative of f along <paramref name="direction"/> (over the slots) by Richardson-extrapolated
    /// central differences, or null where it cannot be trusted: two step sizes must agree, which fails
    /// near a kink, jump or branch.
    /// </summary>
    private static double? CentralDifference(Func<object?[], double?> f, object?[] point, Slot[] slots, double[] direction)
    {
        double size = 1;
        for (int s = 0; s < slots.Length; s++)
        {
            if (direction[s] != 0)
            {
                size = Math.Max(size, Math.Abs(slots[s].Get(point)));
            }
        }
        double h = 1e-5 * size / Math.Max(1e-3, direction.Max(Math.Abs));
        double? Quotient(double step)
        {
            object?[] plus = Copy(point), minus = Copy(point);
            for (int s = 0; s < slots.Length; s++)
            {
                if (direction[s] != 0)
                {
                    double at = slots[s].Get(point);
                    slots[s].Set(plus, at + step * direction[s]);
                    slots[s].Set(minus, at - step * direction[s]);
                }
            }
            return f(plus) is double up && f(minus) is double down ? (up - down) / (2 * step) : null;
        }
        if (Quotient(h) is not double wide || Quotient(h / 2) is not double narrow)
        {
            return null;
        }
        double extrapolated = (4 * narrow - wide) / 3;
        bool stable = Math.Abs(wide - narrow) <= 1e-6 * Math.Max(1, Math.Abs(narrow));
        return stable && Math.Abs(extrapolated) < 1e6 ? extrapolated : null;
    }

    private bool TryPrimal(object?[] point, out double value) => TryPrimal(point, out value, out _);

    private bool TryPrimal(object?[] point, out double value, out Exception? thrown)
    {
        thrown = null;
        try
        {
            value = (double)_primal.Invoke(_instance, Copy(point))!;
            return true;
        }
        catch (TargetInvocationException exception)
        {
            thrown = exception.InnerException;
            value = double.NaN;
            return false;
        }
    }

    /// <summary>Where the primal throws, the Tangent and the Adjoint throw the same exception: null if they do, else what they did.</summary>
    private string? ThrowsAlike(object?[] point, Slot[] slots, Exception thrown)
    {
        var companions = new (string Name, Action Run)[]
        {
            ("Tangent", () => Tangent(point, slots, new double[slots.Length])),
            ("Adjoint", () => Adjoint(point, slots, 1.0)),
        };
        foreach ((string name, Action run) in companions)
        {
            try
            {
                run();
                return $"{name} returned where the primal threw {thrown.GetType().Name} ({thrown.Message}), at {Describe(_primal.GetParameters(), point)}";
            }
            catch (CompanionException exception) when (exception.InnerException?.GetType() == thrown.GetType())
            {
            }
            catch (CompanionException exception)
            {
                return $"{name} threw {exception.InnerException?.GetType().Name} where the primal threw {thrown.GetType().Name} ({thrown.Message})";
            }
        }
        return null;
    }

    private (double Value, double Tangent) Tangent(object?[] point, Slot[] slots, double[] direction)
    {
        var arguments = new List<object?>();
        for (int p = 0; p < point.Length; p++)
        {
            arguments.Add(Clone(point[p]));
            if (_active[p])
            {
                arguments.Add(Partner(point[p], slots, p, direction));
            }
        }
        var tuple = (ValueTuple<double, double>)Invoke(_tangent, arguments.ToArray(), point);
        return (tuple.Item1, tuple.Item2);
    }

    /// <summary>
    /// Calls the Adjoint with its adjoints already holding values: it must add seed·gradient into
    /// them, so the gradient is what they gained, divided by the seed.
    /// </summary>
    private (double Value, double[] Gradient) Adjoint(object?[] point, Slot[] slots, double seed)
    {
        double[] before = slots.Select(_ => Math.Round(_random.NextDouble() * 4 - 2, 2)).ToArray();
        (List<object?> arguments, Dictionary<int, int> at) = AdjointArguments(point, slots, before);
        arguments.Add(seed);
        object?[] args = arguments.ToArray();
        double value = (double)Invoke(_adjoint, args, point);
        double[] gradient = new double[slots.Length];
        for (int s = 0; s < slots.Length; s++)
        {
            gradient[s] = (slots[s].GetFrom(args[at[slots[s].Index]]) - before[s]) / seed;
        }
        return (value, gradient);
    }

    /// <summary>
    /// The Adjoint's arguments but the seed: each input, and after an active one its adjoint holding
    /// <paramref name="before"/>; <c>At</c> maps each active input to its adjoint's position.
    /// </summary>
    private (List<object?> Arguments, Dictionary<int, int> At) AdjointArguments(object?[] point, Slot[] slots, double[] before)
    {
        var arguments = new List<object?>();
        var at = new Dictionary<int, int>();
        for (int p = 0; p < point.Length; p++)
        {
            arguments.Add(Clone(point[p]));
            if (_active[p])
            {
                at[p] = arguments.Count;
                arguments.Add(Partner(point[p], slots, p, before));
            }
        }
        return (arguments, at);
    }

    /// <summary>A companion that throws where the primal did not is a failure; so is one that changes its inputs.</summary>
    private object Invoke(MethodInfo companion, object?[] arguments, object?[] point)
    {
        object?[] inputs = Copy(point);
        object result;
        try
        {
            result = companion.Invoke(_instance, arguments)!;
        }
        catch (TargetInvocationException exception)
        {
            throw new CompanionException($"{companion.Name} threw where the primal did not: {exception.InnerException}", exception.InnerException);
        }
        for (int i = 0; i < point.Length; i++)
        {
            if (point[i] is Array && !Flatten(point[i]).SequenceEqual(Flatten(inputs[i])))
            {
                throw new CompanionException($"{companion.Name} changed its input array");
            }
        }
        return result;
    }

    /// <summary>The partner of one input (a tangent or an adjoint): a double, or an array of the input's shape, filled from <paramref name="values"/>.</summary>
    private static object Partner(object? input, Slot[] slots, int parameter, double[] values)
    {
        object partner = input switch
        {
            double[] a => new double[a.Length],
            double[,] m => new double[m.GetLength(0), m.GetLength(1)],
            double[][] j => j.Select(row => new double[row.Length]).ToArray(),
            _ => 0.0,
        };
        var holder = new object?[] { partner };
        for (int s = 0; s < slots.Length; s++)
        {
            if (slots[s].Index == parameter)
            {
                slots[s].Set(holder, values[s], at: 0);
            }
        }
        return holder[0]!;
    }

    /// <summary>The differentiable inputs: each active double, and each element of each active array, matrix or jagged array.</summary>
    private Slot[] Slots(object?[] point)
    {
        var slots = new List<Slot>();
        for (int i = 0; i < point.Length; i++)
        {
            if (!_active[i])
            {
                continue;
            }
            switch (point[i])
            {
                case double:
                    slots.Add(new Slot(i, -1, -1));
                    break;
                case double[] array:
                    slots.AddRange(Enumerable.Range(0, array.Length).Select(e => new Slot(i, e, -1)));
                    break;
                case double[,] matrix:
                    for (int r = 0; r < matrix.GetLength(0); r++)
                    {
                        slots.AddRange(Enumerable.Range(0, matrix.GetLength(1)).Select(c => new Slot(i, r, c)));
                    }
                    break;
                case double[][] jagged:
                    for (int r = 0; r < jagged.Length; r++)
                    {
                        slots.AddRange(Enumerable.Range(0, jagged[r].Length).Select(c => new Slot(i, r, c)));
                    }
                    break;
            }
        }
        return slots.ToArray();
    }

    private object? ArgumentFor(Type type)
    {
        if (type == typeof(double))
        {
            return Math.Round(_random.NextDouble() * 4 - 2, 3) + 1e-4 * _random.NextDouble();
        }
        if (type == typeof(double[]))
        {
            return Enumerable.Range(0, _random.Next(1, 5)).Select(_ => (double)ArgumentFor(typeof(double))!).ToArray();
        }
        if (type == typeof(double[,]))
        {
            var matrix = new double[_random.Next(1, 4), _random.Next(1, 4)];
            for (int r = 0; r < matrix.GetLength(0); r++)
            {
                for (int c = 0; c < matrix.GetLength(1); c++)
                {
                    matrix[r, c] = (double)ArgumentFor(typeof(double))!;
                }
            }
            return matrix;
        }
        if (type == typeof(double[][]))
        {
            // Rows of different lengths, so a row's length matters.
            return Enumerable.Range(0, _random.Next(1, 4)).Select(_ => (double[])ArgumentFor(typeof(double[]))!).ToArray();
        }
        if (type == typeof(bool))
        {
            return _random.Chance(0.5);
        }
        if (type == typeof(char))
        {
            return 'a';
        }
        if (type.IsEnum)
        {
            Array values = Enum.GetValues(type);
            return values.GetValue(_random.Next(values.Length));
        }
        if (type.IsPrimitive)
        {
            return Convert.ChangeType(_random.Next(0, 5), type, CultureInfo.InvariantCulture);
        }
        if (type.IsArray && type.GetElementType()!.IsPrimitive)
        {
            Array array = Array.CreateInstance(type.GetElementType()!, 3);
            for (int i = 0; i < array.Length; i++)
            {
                array.SetValue(ArgumentFor(type.GetElementType()!), i);
            }
            return array;
        }
        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    private double[] RandomVector(int length) => Enumerable.Range(0, length).Select(_ => _random.NextDouble() * 2 - 1).ToArray();

    private static double[] Unit(int length, int at)
    {
        var unit = new double[length];
        unit[at] = 1;
        return unit;
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    /// <summary>
    /// A directional derivative equals gradient·direction: to rounding where both are finite. Where one is not,
    /// the other must not be either: a NaN or ±∞ component of the gradient along a direction that is not 0
    /// against a finite directional derivative (or the other way round) is a disagreement, not noise.
    /// </summary>
    private static bool Agree(double directional, double[] gradient, double[] direction)
    {
        double dot = 0, scale = Math.Abs(directional);
        bool finite = true;
        for (int i = 0; i < gradient.Length; i++)
        {
            if (direction[i] == 0)
            {
                continue;
            }
            finite &= double.IsFinite(gradient[i]);
            dot += gradient[i] * direction[i];
            scale += Math.Abs(gradient[i] * direction[i]);
        }
        return double.IsFinite(directional) && finite
            ? Math.Abs(directional - dot) <= 1e-8 * Math.Max(1, scale)
            : double.IsFinite(directional) == finite;
    }

    private static bool Close(double actual, double expected, double tolerance) =>
        double.IsFinite(actual) && Math.Abs(actual - expected) / Math.Max(1, Math.Max(Math.Abs(actual), Math.Abs(expected))) <= tolerance;

    private static bool IsModest(double value) => double.IsFinite(value) && Math.Abs(value) < Huge;

    /// <summary>The companions compute the same operations in the same order as the primal, but not necessarily in the same expression shape.</summary>
    private static bool SameValue(double primal, double companion) =>
        primal.Equals(companion) || Math.Abs(primal - companion) <= 1e-12 * Math.Max(1, Math.Abs(primal));

    private static object?[] Copy(object?[] point) => point.Select(Clone).ToArray();

    private static object? Clone(object? value) => value switch
    {
        double[][] jagged => jagged.Select(row => (double[])row.Clone()).ToArray(),
        Array array => array.Clone(),
        _ => value,
    };

    private static IEnumerable<double> Flatten(object? value) => value switch
    {
        double[][] jagged => jagged.SelectMany(row => row),
        double[,] matrix => matrix.Cast<double>(),
        double[] array => array,
        _ => Enumerable.Empty<double>(),
    };

    private static string Describe(ParameterInfo[] parameters, object?[] point) =>
        "(" + string.Join(", ", parameters.Select((p, i) => $"{p.Name} = {ShowValue(point[i])}")) + ")";

    private static string ShowValue(object? value) => value switch
    {
        double d => Show(d),
        double[] a => "new[] { " + string.Join(", ", a.Select(Show)) + " }",
        double[,] m => "new double[,] { " + string.Join(", ", Enumerable.Range(0, m.GetLength(0))
            .Select(r => "{ " + string.Join(", ", Enumerable.Range(0, m.GetLength(1)).Select(c => Show(m[r, c]))) + " }")) + " }",
        double[][] j => "new[] { " + string.Join(", ", j.Select(ShowValue)) + " }",
        Array a => "{ " + string.Join(", ", a.Cast<object>()) + " }",
        bool b => b ? "true" : "false",
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// One differentiable input: parameter <see cref="Index"/> itself (Row = -1), element Row of an array
    /// (Column = -1), or element (Row, Column) of a matrix or jagged array.
    /// </summary>
    private sealed record Slot(int Index, int Row, int Column)
    {
        public string Name(ParameterInfo[] parameters) => parameters[Index].Name + (Row < 0 ? "" : Column < 0 ? $"[{Row}]" : $"[{Row}, {Column}]");

        public double Get(object?[] point) => GetFrom(point[Index]);

        public double GetFrom(object? value) => value switch
        {
            double[] a => a[Row],
            double[,] m => m[Row, Column],
            double[][] j => j[Row][Column],
            _ => (double)value!,
        };

        public void Set(object?[] point, double value) => Set(point, value, Index);

        public void Set(object?[] point, double value, int at)
        {
            switch (point[at])
            {
                case double[] a:
                    a[Row] = value;
                    break;
                case double[,] m:
                    m[Row, Column] = value;
                    break;
                case double[][] j:
                    j[Row][Column] = value;
                    break;
                default:
                    point[at] = value;
                    break;
            }
        }
    }
}

/// <summary>A companion misbehaved where the primal did not; caught by the caller and reported as the case's failure.</summary>
internal sealed class CompanionException : Exception
{
    public CompanionException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
