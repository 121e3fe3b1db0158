using System;
using System.Collections.Generic;
using Xunit;
using O = AutoGrad.Tests.Functions.Operators;
using P = AutoGrad.Tests.Functions.BinaryPrimitives;

namespace AutoGrad.Tests.Cases;

/// <summary>
/// Every two-argument primitive and operator with both partials in closed form, at points away from
/// kinks and domain edges (the kinks have their own tests).
/// </summary>
public static class BinaryCases
{
    public static readonly IReadOnlyDictionary<string, BinaryCase> All = new Dictionary<string, BinaryCase>
    {
        ["Atan2"] = new(P.Atan2, P.Atan2Tangent, P.Atan2Adjoint, Atan2Gradient, new[] { (1.0, 2.0), (-3.0, 0.5), (1e-9, 1.0), (1e3, 2e3) }),
        ["double.Atan2"] = new(P.DoubleAtan2, P.DoubleAtan2Tangent, P.DoubleAtan2Adjoint, Atan2Gradient, new[] { (1.0, 2.0), (-3.0, 0.5) }),
        ["Pow"] = new(P.Pow, P.PowTangent, P.PowAdjoint, PowGradient, new[] { (2.0, 3.0), (0.5, -1.5), (1e-3, 2.5), (10.0, 7.3) }, singularAtZero: true),
        ["double.Pow"] = new(P.DoublePow, P.DoublePowTangent, P.DoublePowAdjoint, PowGradient, new[] { (2.0, 3.0), (0.5, -1.5) }, singularAtZero: true),
        ["LogBase"] = new(P.LogBase, P.LogBaseTangent, P.LogBaseAdjoint, LogBaseGradient, new[] { (8.0, 2.0), (0.3, 10.0), (1e-9, 3.0), (1e6, 0.5) }, singularAtZero: true),
        ["Max"] = new(P.Max, P.MaxTangent, P.MaxAdjoint, (a, b) => a > b ? (1.0, 0.0) : (0.0, 1.0), new[] { (2.0, -1.0), (-3.0, -2.5), (1e-9, 0.5), (1e6, 1e7) }),
        ["Min"] = new(P.Min, P.MinTangent, P.MinAdjoint, (a, b) => a < b ? (1.0, 0.0) : (0.0, 1.0), new[] { (2.0, -1.0), (-3.0, -2.5), (1e-9, 0.5), (1e6, 1e7) }),
        ["Hypot"] = new(P.Hypot, P.HypotTangent, P.HypotAdjoint, HypotGradient, new[] { (3.0, 4.0), (-1.0, 0.5), (1e-9, 2.0), (1e6, -2e6) }),
        ["+"] = new(O.Add, O.AddTangent, O.AddAdjoint, (_, _) => (1.0, 1.0), new[] { (1.5, -2.0), (1e-9, 1e6) }),
        ["-"] = new(O.Subtract, O.SubtractTangent, O.SubtractAdjoint, (_, _) => (1.0, -1.0), new[] { (1.5, -2.0), (1e-9, 1e6) }),
        ["*"] = new(O.Multiply, O.MultiplyTangent, O.MultiplyAdjoint, (a, b) => (b, a), new[] { (1.5, -2.0), (1e-9, 1e6), (-3.0, -4.0) }),
        ["/"] = new(O.Divide, O.DivideTangent, O.DivideAdjoint, (a, b) => (1.0 / b, -a / (b * b)), new[] { (1.5, -2.0), (1e-9, 1e6), (-3.0, 1e-3) }, singularAtZero: true),
        // a % b = a − b·trunc(a/b): slope 1 in a and −trunc(a/b) in b between the jumps.
        ["%"] = new(O.Remainder, O.RemainderTangent, O.RemainderAdjoint, (a, b) => (1.0, -Math.Truncate(a / b)), new[] { (7.3, 2.1), (-7.3, 2.1), (7.3, -2.1), (0.4, 3.0), (1e3 + 3.5, 7.0) }),
    };

    public static TheoryData<string, double, double> Points()
    {
        var data = new TheoryData<string, double, double>();
        foreach (KeyValuePair<string, BinaryCase> entry in All)
        {
            foreach ((double a, double b) in entry.Value.Points)
            {
                data.Add(entry.Key, a, b);
            }
        }
        return data;
    }

    private static (double, double) Atan2Gradient(double y, double x)
    {
        double r2 = (x * x) + (y * y);
        return (x / r2, -y / r2);
    }

    private static (double, double) PowGradient(double x, double y) =>
        (y * Math.Pow(x, y - 1.0), Math.Pow(x, y) * Math.Log(x));

    private static (double, double) LogBaseGradient(double a, double b)
    {
        double lnB = Math.Log(b);
        return (1.0 / (a * lnB), -Math.Log(a) / (b * lnB * lnB));
    }

    private static (double, double) HypotGradient(double x, double y)
    {
        double h = double.Hypot(x, y);
        return (x / h, y / h);
    }
}
