using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>The second-order companions (Order = 2): forward over reverse against forward over forward and differences of the gradient.</summary>
internal sealed partial class DerivativeCheck
{
    /// <summary>
    /// FAdjointTangent at the point along a random v, with random seed and seedTangent: its adjoints must
    /// gain seed·∇f and its adjoint tangents seed·H·v + seedTangent·∇f, where H·v is checked against
    /// central differences of the Adjoint's gradient along v. FTangentTangent's four results then follow.
    /// A component of H·v that is not finite must be so by FTangentTangent too (forward over forward, along
    /// that input alone); then it is counted where the differences are finite, like the gradient's.
    /// </summary>
    private string? SecondOrder(object?[] point, Slot[] slots, double value, double[] gradient, CheckCounts counts)
    {
        double[] v = RandomVector(slots.Length);
        double seed = _random.Pick(new[] { 1.0, 0.5, -2.0 }), seedTangent = _random.Pick(new[] { 0.0, 1.0, -0.5 });
        double[] adjointBefore = RandomVector(slots.Length), tangentBefore = RandomVector(slots.Length);
        var arguments = new List<object?>();
        var adjointAt = new Dictionary<int, int>();
        var tangentAt = new Dictionary<int, int>();
        ParameterInfo[] parameters = _primal.GetParameters();
        for (int p = 0; p < parameters.Length; p++)
        {
            arguments.Add(Clone(point[p]));
            if (_active[p])
            {
                arguments.Add(Partner(point[p], slots, p, v));
                adjointAt[p] = arguments.Count;
                arguments.Add(Partner(point[p], slots, p, adjointBefore));
                tangentAt[p] = arguments.Count;
                arguments.Add(Partner(point[p], slots, p, tangentBefore));
            }
        }
        arguments.Add(seed);
        arguments.Add(seedTangent);
        object?[] args = arguments.ToArray();
        var (atValue, atTangent) = (ValueTuple<double, double>)Invoke(_adjointTangent!, args, point);
        double[] g2 = new double[slots.Length], hv = new double[slots.Length];
        for (int s = 0; s < slots.Length; s++)
        {
            g2[s] = (slots[s].GetFrom(args[adjointAt[slots[s].Index]]) - adjointBefore[s]) / seed;
            hv[s] = (slots[s].GetFrom(args[tangentAt[slots[s].Index]]) - tangentBefore[s] - seedTangent * g2[s]) / seed;
        }
        if (!SameValue(value, atValue))
        {
            return $"{_adjointTangent!.Name} returns {Show(atValue)} but the primal {Show(value)}";
        }
        if (!Agree(atTangent, gradient, v))
        {
            return $"{_adjointTangent!.Name}'s Tangent is {Show(atTangent)} but gradient·v is {Show(Dot(gradient, v))}, v = [{string.Join(", ", v.Select(Show))}]";
        }
        for (int s = 0; s < slots.Length; s++)
        {
            bool same = double.IsFinite(g2[s]) ? Close(g2[s], gradient[s], 1e-9) : !double.IsFinite(gradient[s]);
            if (!same)
            {
                return $"{_adjointTangent!.Name} gives ∂/∂{slots[s].Name(parameters)} = {Show(g2[s])} but the Adjoint {Show(gradient[s])} (seed {Show(seed)}, seedTangent {Show(seedTangent)})";
            }
        }
        double[]? forward = ForwardOverForward(point, slots, v, hv);
        for (int s = 0; s < slots.Length; s++)
        {
            if (forward is not null && double.IsFinite(forward[s]) != double.IsFinite(hv[s]))
            {
                return $"(H·v)[{slots[s].Name(parameters)}] is {Show(hv[s])} by {_adjointTangent!.Name} but {Show(forward[s])} by {_tangentTangent!.Name} along it, "
                    + $"v = [{string.Join(", ", v.Select(Show))}] (seed {Show(seed)}, seedTangent {Show(seedTangent)})";
            }
            int component = s;
            double? numeric = CentralDifference(p => AdjointGradient(p, slots) is double[] g && IsModest(g[component]) ? g[component] : null, point, slots, v);
            if (numeric is not double expected)
            {
                counts.SkippedHessianComponents++;
                continue;
            }
            if (!double.IsFinite(hv[s]) && forward is not null)
            {
                // Both modes, as for the gradient: an infinite intermediate's tangent met a zero partial (∞·0: Atan2(c, v) at v = x / 0).
                counts.HessianNonFiniteInBothModes++;
                continue;
            }
            counts.CheckedHessianComponents++;
            if (!Close(hv[s], expected, 1e-5))
            {
                return $"(H·v)[{slots[s].Name(parameters)}] is {Show(hv[s])} by {_adjointTangent!.Name} but {Show(expected)} by central differences of the gradient, "
                    + $"v = [{string.Join(", ", v.Select(Show))}] (seed {Show(seed)}, seedTangent {Show(seedTangent)})";
            }
        }
        return _tangentTangent is null ? null : TangentTangent(point, slots, value, gradient, hv, v);
    }

    /// <summary>
    /// Where H·v has a component that is not finite, each component by FTangentTangent (xTangent2 along that input
    /// alone, xTangentTangent 0), to hold the two modes to each other; null if H·v is finite or there is no FTangentTangent.
    /// </summary>
    private double[]? ForwardOverForward(object?[] point, Slot[] slots, double[] v, double[] hv) =>
        _tangentTangent is null || hv.All(double.IsFinite)
            ? null
            : Enumerable.Range(0, slots.Length).Select(s => TangentTangentAt(point, slots, Unit(slots.Length, s), v, new double[slots.Length]).Tangent.Tangent).ToArray();

    /// <summary>FTangentTangent(x, xTangent2 = u, xTangent = v, xTangentTangent = w) = ((f, ∇f·v), (∇f·u, uᵀHv + ∇f·w)).</summary>
    private string? TangentTangent(object?[] point, Slot[] slots, double value, double[] gradient, double[] hv, double[] v)
    {
        double[] u = RandomVector(slots.Length), w = RandomVector(slots.Length);
        ((double Value, double Tangent) first, (double Value, double Tangent) result) = TangentTangentAt(point, slots, u, v, w);
        double second = Dot(u, hv) + Dot(gradient, w);
        double scale = Math.Abs(second);
        for (int s = 0; s < slots.Length; s++)
        {
            scale += Math.Abs(u[s] * hv[s]) + Math.Abs(gradient[s] * w[s]);
        }
        bool secondAgrees = double.IsFinite(second) && double.IsFinite(result.Tangent)
            ? Math.Abs(result.Tangent - second) <= 1e-8 * Math.Max(1, scale)
            : double.IsFinite(second) == double.IsFinite(result.Tangent);
        if (!SameValue(value, first.Value) || !Agree(first.Tangent, gradient, v) || !Agree(result.Value, gradient, u) || !secondAgrees)
        {
            return $"{_tangentTangent!.Name} returns (({Show(first.Value)}, {Show(first.Tangent)}), ({Show(result.Value)}, {Show(result.Tangent)})) "
                + $"but expected (({Show(value)}, {Show(Dot(gradient, v))}), ({Show(Dot(gradient, u))}, {Show(second)})) from the primal, the gradient and H·v; "
                + $"xTangent2 = [{string.Join(", ", u.Select(Show))}], xTangent = [{string.Join(", ", v.Select(Show))}], xTangentTangent = [{string.Join(", ", w.Select(Show))}]";
        }
        return null;
    }

    private ((double Value, double Tangent) Value, (double Value, double Tangent) Tangent) TangentTangentAt(object?[] point, Slot[] slots,
        double[] u, double[] v, double[] w)
    {
        var arguments = new List<object?>();
        for (int p = 0; p < point.Length; p++)
        {
            arguments.Add(Clone(point[p]));
            if (_active[p])
            {
                arguments.Add(Partner(point[p], slots, p, u));
                arguments.Add(Partner(point[p], slots, p, v));
                arguments.Add(Partner(point[p], slots, p, w));
            }
        }
        return ((ValueTuple<double, double>, ValueTuple<double, double>))Invoke(_tangentTangent!, arguments.ToArray(), point);
    }

    /// <summary>The Adjoint's gradient at a point, or null if the primal throws or is not finite there.</summary>
    private double[]? AdjointGradient(object?[] point, Slot[] slots)
    {
        if (!TryPrimal(point, out double value) || !IsModest(value))
        {
            return null;
        }
        try
        {
            return Adjoint(point, slots, 1.0).Gradient;
        }
        catch (CompanionException)
        {
            return null;
        }
    }
}
