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
/// difference of the primal. Points where the primal throws, is not finite or is huge are skipped,
/// and so is a component whose difference quotient is not stable (a branch, kink or jump within the
/// step, or rounding noise): there the finite difference says nothing.
/// </summary>
internal sealed class DerivativeCheck
{
    private const int Points = 3;
    private const double Huge = 1e8;

    private readonly Random _random;
    private readonly object? _instance;
    private readonly MethodInfo _primal;
    private readonly MethodInfo _tangent;
    private readonly MethodInfo _adjoint;

    private DerivativeCheck(Random random, object? instance, MethodInfo primal, MethodInfo tangent, MethodInfo adjoint)
    {
        _random = random;
        _instance = instance;
        _primal = primal;
        _tangent = tangent;
        _adjoint = adjoint;
    }

    /// <summary>Null if the method passes; otherwise what went wrong, with the point.</summary>
    public static string? Run(Type type, string method, Random random, CheckCounts counts)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        MethodInfo? primal = type.GetMethod(method, all);
        MethodInfo? tangent = type.GetMethod(method + "Tangent", all);
        MethodInfo? adjoint = type.GetMethod(method + "Adjoint", all);
        if (primal is null || tangent is null || adjoint is null)
        {
            return $"{method}: no {(tangent is null ? method + "Tangent" : method + "Adjoint")} was generated, and no AG diagnostic says why";
        }
        // Static or not as compiled: a broken case may have lost its 'static'.
        var check = new DerivativeCheck(random, primal.IsStatic ? null : Activator.CreateInstance(type), primal, tangent, adjoint);
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

    private string? AtRandomPoint(CheckCounts counts)
    {
        ParameterInfo[] parameters = _primal.GetParameters();
        object?[] point = parameters.Select(p => ArgumentFor(p.ParameterType)).ToArray();
        Slot[] slots = Slots(parameters, point);
        if (!TryPrimal(point, out double value) || !IsModest(value))
        {
            counts.SkippedPoints++;
            return null;
        }
        string where = "at " + Describe(parameters, point);

        double[] direction = slots.Select(_ => _random.NextDouble() * 2 - 1).ToArray();
        (double tangentValue, double tangent) = Tangent(point, slots, direction);
        double seed = _random.Pick(new[] { 1.0, 0.5, 2.0, -1.5 });
        (double adjointValue, double[] gradient) = Adjoint(point, slots, seed);
        if (!SameValue(value, tangentValue) || !SameValue(value, adjointValue))
        {
            return $"the primal returns {Show(value)} but the Tangent returns {Show(tangentValue)} and the Adjoint {Show(adjointValue)}, {where}";
        }

        double dot = 0, scale = Math.Abs(tangent);
        for (int i = 0; i < slots.Length; i++)
        {
            dot += gradient[i] * direction[i];
            scale += Math.Abs(gradient[i] * direction[i]);
        }
        if (double.IsFinite(tangent) && gradient.All(double.IsFinite) && Math.Abs(tangent - dot) > 1e-8 * Math.Max(1, scale))
        {
            return $"forward and reverse disagree: Tangent {Show(tangent)}, gradient·direction {Show(dot)}, direction [{string.Join(", ", direction.Select(Show))}], {where}";
        }

        for (int i = 0; i < slots.Length; i++)
        {
            double? numeric = CentralDifference(point, slots[i]);
            if (numeric is not double expected)
            {
                counts.SkippedComponents++;
                continue;
            }
            if (double.IsNaN(gradient[i]))
            {
                // Where the derivative is 0 this is KnownBugs.A_zero_adjoint_through_a_division_by_zero_stays_zero.
                // Otherwise an intermediate was infinite (x / 0 fed to a remainder by ∞, say) though the value is
                // not: the chain rule then meets ∞·0 in both modes, as in any AD tool. Counted, not failed.
                if (expected == 0)
                {
                    counts.ZeroAdjointNaNs++;
                }
                else
                {
                    counts.InfiniteIntermediates++;
                }
                continue;
            }
            counts.CheckedComponents++;
            double error = Math.Abs(gradient[i] - expected) / Math.Max(1, Math.Max(Math.Abs(gradient[i]), Math.Abs(expected)));
            if (!double.IsFinite(gradient[i]) || error > 1e-5)
            {
                return $"∂/∂{slots[i].Name} is {Show(gradient[i])} by the Adjoint but {Show(expected)} by central differences, {where}";
            }
        }
        counts.CheckedPoints++;
        return null;
    }

    /// <summary>
    /// The derivative along one input by Richardson-extrapolated central differences, or null where
    /// it cannot be trusted: two step sizes must agree, which fails near a kink, jump or branch.
    /// </summary>
    private double? CentralDifference(object?[] point, Slot slot)
    {
        double at = slot.Get(point);
        double h = 1e-5 * Math.Max(1, Math.Abs(at));
        double? Quotient(double step)
        {
            object?[] plus = Copy(point), minus = Copy(point);
            slot.Set(plus, at + step);
            slot.Set(minus, at - step);
            return TryPrimal(plus, out double up) && TryPrimal(minus, out double down) && IsModest(up) && IsModest(down)
                ? (up - down) / (2 * step)
                : null;
        }
        if (Quotient(h) is not double wide || Quotient(h / 2) is not double narrow)
        {
            return null;
        }
        double extrapolated = (4 * narrow - wide) / 3;
        bool stable = Math.Abs(wide - narrow) <= 1e-6 * Math.Max(1, Math.Abs(narrow));
        return stable && Math.Abs(extrapolated) < 1e6 ? extrapolated : null;
    }

    private bool TryPrimal(object?[] point, out double value)
    {
        try
        {
            value = (double)_primal.Invoke(_instance, Copy(point))!;
            return true;
        }
        catch (TargetInvocationException)
        {
            value = double.NaN;
            return false;
        }
    }

    private (double Value, double Tangent) Tangent(object?[] point, Slot[] slots, double[] direction)
    {
        ParameterInfo[] primal = _primal.GetParameters();
        var arguments = new List<object?>();
        foreach (ParameterInfo parameter in _tangent.GetParameters())
        {
            int input = Array.FindIndex(primal, p => p.Name == parameter.Name);
            int partner = Array.FindIndex(primal, p => p.Name + "Tangent" == parameter.Name);
            arguments.Add(input >= 0 ? Clone(point[input])
                : partner >= 0 ? Partner(point[partner], slots, partner, direction)
                : throw new InvalidOperationException($"{_tangent.Name} has an unexpected parameter '{parameter.Name}'"));
        }
        object result = Invoke(_tangent, arguments.ToArray(), point);
        var tuple = (ValueTuple<double, double>)result;
        return (tuple.Item1, tuple.Item2);
    }

    /// <summary>
    /// Calls the Adjoint with its adjoints already holding values: it must add seed·gradient into
    /// them, so the gradient is what they gained, divided by the seed.
    /// </summary>
    private (double Value, double[] Gradient) Adjoint(object?[] point, Slot[] slots, double seed)
    {
        ParameterInfo[] primal = _primal.GetParameters();
        ParameterInfo[] parameters = _adjoint.GetParameters();
        double[] before = slots.Select(_ => Math.Round(_random.NextDouble() * 4 - 2, 2)).ToArray();
        var arguments = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            string name = parameters[i].Name!;
            int input = Array.FindIndex(primal, p => p.Name == name);
            int partner = Array.FindIndex(primal, p => p.Name + "Adjoint" == name);
            arguments[i] = input >= 0 ? Clone(point[input])
                : partner >= 0 ? Partner(point[partner], slots, partner, before)
                : name == "seed" ? seed
                : throw new InvalidOperationException($"{_adjoint.Name} has an unexpected parameter '{name}'");
        }
        double value = (double)Invoke(_adjoint, arguments, point);
        double[] gradient = new double[slots.Length];
        for (int s = 0; s < slots.Length; s++)
        {
            int at = Array.FindIndex(parameters, p => p.Name == slots[s].Parameter + "Adjoint");
            double after = slots[s].Element is int e ? ((double[])arguments[at]!)[e] : (double)arguments[at]!;
            gradient[s] = (after - before[s]) / seed;
        }
        return (value, gradient);
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
            throw new CompanionException($"{companion.Name} threw where the primal did not: {exception.InnerException}");
        }
        for (int i = 0; i < point.Length; i++)
        {
            if (point[i] is double[] array && !array.SequenceEqual((double[])inputs[i]!))
            {
                throw new CompanionException($"{companion.Name} changed its input array");
            }
        }
        return result;
    }

    /// <summary>The partner of one input (its tangent or its adjoint): a double, or an array, filled from <paramref name="values"/>.</summary>
    private static object Partner(object? input, Slot[] slots, int parameter, double[] values)
    {
        if (input is double[] array)
        {
            var partner = new double[array.Length];
            for (int s = 0; s < slots.Length; s++)
            {
                if (slots[s].Index == parameter)
                {
                    partner[slots[s].Element!.Value] = values[s];
                }
            }
            return partner;
        }
        int slot = Array.FindIndex(slots, s => s.Index == parameter);
        return slot >= 0 ? values[slot] : 0.0;
    }

    /// <summary>The differentiable inputs: each double parameter and each element of each double[] one, unless [NoDerivative].</summary>
    private static Slot[] Slots(ParameterInfo[] parameters, object?[] point)
    {
        var slots = new List<Slot>();
        for (int i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].GetCustomAttributes().Any(a => a.GetType().Name == "NoDerivativeAttribute") || parameters[i].ParameterType.IsByRef)
            {
                continue;
            }
            if (point[i] is double)
            {
                slots.Add(new Slot(i, parameters[i].Name!, null));
            }
            else if (point[i] is double[] array)
            {
                for (int e = 0; e < array.Length; e++)
                {
                    slots.Add(new Slot(i, parameters[i].Name!, e));
                }
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
            return Enum.GetValues(type).GetValue(0);
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

    private static bool IsModest(double value) => double.IsFinite(value) && Math.Abs(value) < Huge;

    /// <summary>The companions compute the same operations in the same order as the primal, but not necessarily in the same expression shape.</summary>
    private static bool SameValue(double primal, double companion) =>
        primal.Equals(companion) || Math.Abs(primal - companion) <= 1e-12 * Math.Max(1, Math.Abs(primal));

    private static object?[] Copy(object?[] point) => point.Select(Clone).ToArray();

    private static object? Clone(object? value) => value is Array array ? array.Clone() : value;

    private static string Describe(ParameterInfo[] parameters, object?[] point) =>
        "(" + string.Join(", ", parameters.Select((p, i) => $"{p.Name} = {ShowValue(point[i])}")) + ")";

    private static string ShowValue(object? value) => value switch
    {
        double d => Show(d),
        double[] a => "new[] { " + string.Join(", ", a.Select(Show)) + " }",
        Array a => "{ " + string.Join(", ", a.Cast<object>()) + " }",
        bool b => b ? "true" : "false",
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>One differentiable input: parameter <see cref="Index"/>, or element <see cref="Element"/> of it.</summary>
    private sealed record Slot(int Index, string Parameter, int? Element)
    {
        public string Name => Element is int e ? $"{Parameter}[{e}]" : Parameter;

        public double Get(object?[] point) => Element is int e ? ((double[])point[Index]!)[e] : (double)point[Index]!;

        public void Set(object?[] point, double value)
        {
            if (Element is int e)
            {
                ((double[])point[Index]!)[e] = value;
            }
            else
            {
                point[Index] = value;
            }
        }
    }
}

/// <summary>A companion misbehaved where the primal did not; caught by the caller and reported as the case's failure.</summary>
internal sealed class CompanionException : Exception
{
    public CompanionException(string message)
        : base(message)
    {
    }
}

/// <summary>How much checking the run did: points the primal could not be checked at, and components finite differences could not judge.</summary>
internal sealed class CheckCounts
{
    public int CheckedPoints { get; set; }

    public int SkippedPoints { get; set; }

    public int CheckedComponents { get; set; }

    public int SkippedComponents { get; set; }

    /// <summary>Components the Adjoint gave as NaN where the derivative is 0: a known bug, tolerated.</summary>
    public int ZeroAdjointNaNs { get; set; }

    /// <summary>Components the Adjoint gave as NaN where finite differences are finite but an intermediate value was infinite.</summary>
    public int InfiniteIntermediates { get; set; }
}
