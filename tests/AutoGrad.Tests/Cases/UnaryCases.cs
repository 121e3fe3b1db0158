using System;
using System.Collections.Generic;
using AutoGrad.Tests.Functions;
using Xunit;
using P = AutoGrad.Tests.Functions.UnaryPrimitives;

namespace AutoGrad.Tests.Cases;

/// <summary>
/// Every one-argument primitive with its analytic derivative and the points it is tested at: a negative
/// point, one near zero and a large one where the domain allows, otherwise points inside the domain.
/// </summary>
public static class UnaryCases
{
    public static readonly IReadOnlyDictionary<string, UnaryCase> All = new Dictionary<string, UnaryCase>
    {
        ["Sin"] = new(P.Sin, P.SinTangent, P.SinAdjoint, Math.Cos, new[] { -2.3, 1e-7, 0.8, 50.0 }),
        ["Cos"] = new(P.Cos, P.CosTangent, P.CosAdjoint, x => -Math.Sin(x), new[] { -2.3, 1e-7, 0.8, 50.0 }),
        ["Tan"] = new(P.Tan, P.TanTangent, P.TanAdjoint, x => 1.0 / (Math.Cos(x) * Math.Cos(x)), new[] { -2.3, 1e-7, 0.8, 50.0 }, new[] { -Math.PI / 2, Math.PI / 2 }),
        ["Asin"] = new(P.Asin, P.AsinTangent, P.AsinAdjoint, x => 1.0 / Math.Sqrt(1.0 - (x * x)), new[] { -0.9, 1e-9, 0.5 }, new[] { -1.0, 1.0 }),
        ["Acos"] = new(P.Acos, P.AcosTangent, P.AcosAdjoint, x => -1.0 / Math.Sqrt(1.0 - (x * x)), new[] { -0.9, 1e-9, 0.5 }, new[] { -1.0, 1.0 }),
        ["Atan"] = new(P.Atan, P.AtanTangent, P.AtanAdjoint, x => 1.0 / (1.0 + (x * x)), new[] { -3.0, 1e-9, 0.7, 1e3 }),
        ["Sinh"] = new(P.Sinh, P.SinhTangent, P.SinhAdjoint, Math.Cosh, new[] { -2.0, 1e-9, 0.7, 20.0 }),
        ["Cosh"] = new(P.Cosh, P.CoshTangent, P.CoshAdjoint, Math.Sinh, new[] { -2.0, 1e-9, 0.7, 20.0 }),
        ["Tanh"] = new(P.Tanh, P.TanhTangent, P.TanhAdjoint, x => 1.0 / (Math.Cosh(x) * Math.Cosh(x)), new[] { -2.0, 1e-9, 0.7, 8.0 }),
        ["Asinh"] = new(P.Asinh, P.AsinhTangent, P.AsinhAdjoint, x => 1.0 / Math.Sqrt((x * x) + 1.0), new[] { -3.0, 1e-9, 0.7, 1e4 }),
        ["Acosh"] = new(P.Acosh, P.AcoshTangent, P.AcoshAdjoint, x => 1.0 / Math.Sqrt((x * x) - 1.0), new[] { 1.5, 3.0, 1e3 }, new[] { 1.0 }),
        ["Atanh"] = new(P.Atanh, P.AtanhTangent, P.AtanhAdjoint, x => 1.0 / (1.0 - (x * x)), new[] { -0.9, 1e-9, 0.5 }, new[] { -1.0, 1.0 }),
        ["Exp"] = new(P.Exp, P.ExpTangent, P.ExpAdjoint, Math.Exp, new[] { -5.0, 1e-9, 0.7, 50.0 }),
        ["Log"] = new(P.Log, P.LogTangent, P.LogAdjoint, x => 1.0 / x, new[] { 1e-10, 0.3, 2.0, 1e6 }, new[] { 0.0 }),
        ["Log10"] = new(P.Log10, P.Log10Tangent, P.Log10Adjoint, x => 1.0 / (x * Math.Log(10.0)), new[] { 1e-10, 0.3, 2.0, 1e6 }, new[] { 0.0 }),
        ["Log2"] = new(P.Log2, P.Log2Tangent, P.Log2Adjoint, x => 1.0 / (x * Math.Log(2.0)), new[] { 1e-10, 0.3, 2.0, 1e6 }, new[] { 0.0 }),
        ["Sqrt"] = new(P.Sqrt, P.SqrtTangent, P.SqrtAdjoint, x => 0.5 / Math.Sqrt(x), new[] { 1e-10, 0.3, 2.0, 1e6 }, new[] { 0.0 }),
        ["Cbrt"] = new(P.Cbrt, P.CbrtTangent, P.CbrtAdjoint, x => 1.0 / (3.0 * Math.Cbrt(x) * Math.Cbrt(x)), new[] { -8.0, -1e-9, 1e-9, 0.3, 1e6 }, new[] { 0.0 }),
        ["Abs"] = new(P.Abs, P.AbsTangent, P.AbsAdjoint, x => x < 0 ? -1.0 : 1.0, new[] { -3.0, -1e-9, 1e-9, 2.5, 1e6 }, new[] { 0.0 }),
        ["double.Sin"] = new(P.DoubleSin, P.DoubleSinTangent, P.DoubleSinAdjoint, Math.Cos, new[] { -2.3, 1e-7, 50.0 }),
        ["double.Exp"] = new(P.DoubleExp, P.DoubleExpTangent, P.DoubleExpAdjoint, Math.Exp, new[] { -5.0, 1e-9, 50.0 }),
        ["double.Log"] = new(P.DoubleLog, P.DoubleLogTangent, P.DoubleLogAdjoint, x => 1.0 / x, new[] { 1e-10, 2.0, 1e6 }, new[] { 0.0 }),
        ["double.Sqrt"] = new(P.DoubleSqrt, P.DoubleSqrtTangent, P.DoubleSqrtAdjoint, x => 0.5 / Math.Sqrt(x), new[] { 1e-10, 2.0, 1e6 }, new[] { 0.0 }),
        ["double.Tanh"] = new(P.DoubleTanh, P.DoubleTanhTangent, P.DoubleTanhAdjoint, x => 1.0 / (Math.Cosh(x) * Math.Cosh(x)), new[] { -2.0, 1e-9, 8.0 }),
        ["Negate"] = new(Operators.Negate, Operators.NegateTangent, Operators.NegateAdjoint, _ => -1.0, new[] { -3.0, 0.0, 1e6 }),
    };

    public static TheoryData<string, double> Points()
    {
        var data = new TheoryData<string, double>();
        foreach (KeyValuePair<string, UnaryCase> entry in All)
        {
            foreach (double x in entry.Value.Points)
            {
                data.Add(entry.Key, x);
            }
        }
        return data;
    }
}
