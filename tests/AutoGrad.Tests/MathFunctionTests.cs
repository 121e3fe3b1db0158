using System;
using System.Collections.Generic;
using System.Linq;
using AutoGrad.Tests.Support;
using Xunit;
using F = AutoGrad.Tests.Functions.MathFunctions;

namespace AutoGrad.Tests;

/// <summary>
/// The functions .NET 7+ added to System.Double (and System.Math): both companions against the analytic
/// partials, the analytic partials against central differences, and (one-argument functions) the second
/// derivative from TangentTangent against central differences of the analytic first derivative.
/// </summary>
public sealed class MathFunctionTests
{
    private const double Ln2 = 0.69314718055994530942, Ln10 = 2.30258509299404568402;

    /// <summary>A function of one argument: f, f' in closed form, points, and the edges of its smooth region.</summary>
    private sealed record Unary(
        Func<double, double> F,
        Func<double, double, (double, double)> Tangent,
        Adjoint1 Adjoint,
        Func<double, double, double, double, ((double Value, double Tangent) Value, (double Value, double Tangent) Tangent)> TangentTangent,
        Func<double, double> Derivative,
        double[] Points,
        double[]? Edges = null)
    {
        /// <summary>What the difference quotients see: the estimates' exact functions, not the hardware's coarse estimate.</summary>
        public Func<double, double> Exact { get; init; } = F;
    }

    public delegate double Adjoint1(double x, ref double xAdjoint, double seed);

    private static readonly Dictionary<string, Unary> Unaries = new()
    {
        ["ExpM1"] = new(F.ExpM1, F.ExpM1Tangent, F.ExpM1Adjoint, F.ExpM1TangentTangent, Math.Exp, new[] { -5.0, 1e-9, 0.7, 30.0 }),
        ["Exp2"] = new(F.Exp2, F.Exp2Tangent, F.Exp2Adjoint, F.Exp2TangentTangent, x => Math.Pow(2, x) * Ln2, new[] { -5.0, 1e-9, 0.7, 30.0 }),
        ["Exp10"] = new(F.Exp10, F.Exp10Tangent, F.Exp10Adjoint, F.Exp10TangentTangent, x => Math.Pow(10, x) * Ln10, new[] { -5.0, 1e-9, 0.7, 10.0 }),
        ["Exp2M1"] = new(F.Exp2M1, F.Exp2M1Tangent, F.Exp2M1Adjoint, F.Exp2M1TangentTangent, x => Math.Pow(2, x) * Ln2, new[] { -5.0, 1e-9, 0.7, 30.0 }),
        ["Exp10M1"] = new(F.Exp10M1, F.Exp10M1Tangent, F.Exp10M1Adjoint, F.Exp10M1TangentTangent, x => Math.Pow(10, x) * Ln10, new[] { -5.0, 1e-9, 0.7, 10.0 }),
        ["LogP1"] = new(F.LogP1, F.LogP1Tangent, F.LogP1Adjoint, F.LogP1TangentTangent, x => 1 / (1 + x), new[] { -0.9, 1e-9, 0.7, 1e6 }, new[] { -1.0 }),
        ["Log2P1"] = new(F.Log2P1, F.Log2P1Tangent, F.Log2P1Adjoint, F.Log2P1TangentTangent, x => 1 / ((1 + x) * Ln2), new[] { -0.9, 1e-9, 0.7, 1e6 }, new[] { -1.0 }),
        ["Log10P1"] = new(F.Log10P1, F.Log10P1Tangent, F.Log10P1Adjoint, F.Log10P1TangentTangent, x => 1 / ((1 + x) * Ln10), new[] { -0.9, 1e-9, 0.7, 1e6 }, new[] { -1.0 }),
        ["SinPi"] = new(F.SinPi, F.SinPiTangent, F.SinPiAdjoint, F.SinPiTangentTangent, x => Math.PI * Math.Cos(Math.PI * x), new[] { -2.3, 1e-7, 0.25, 0.8, 50.3 }),
        ["CosPi"] = new(F.CosPi, F.CosPiTangent, F.CosPiAdjoint, F.CosPiTangentTangent, x => -Math.PI * Math.Sin(Math.PI * x), new[] { -2.3, 1e-7, 0.25, 0.8, 50.3 }),
        ["TanPi"] = new(F.TanPi, F.TanPiTangent, F.TanPiAdjoint, F.TanPiTangentTangent, x => Math.PI / (Math.Cos(Math.PI * x) * Math.Cos(Math.PI * x)), new[] { -2.3, 1e-7, 0.25, 0.4, 50.3 }, new[] { -2.5, 0.5, 50.5 }),
        ["AsinPi"] = new(F.AsinPi, F.AsinPiTangent, F.AsinPiAdjoint, F.AsinPiTangentTangent, x => 1 / (Math.PI * Math.Sqrt(1 - (x * x))), new[] { -0.9, 1e-9, 0.5 }, new[] { -1.0, 1.0 }),
        ["AcosPi"] = new(F.AcosPi, F.AcosPiTangent, F.AcosPiAdjoint, F.AcosPiTangentTangent, x => -1 / (Math.PI * Math.Sqrt(1 - (x * x))), new[] { -0.9, 1e-9, 0.5 }, new[] { -1.0, 1.0 }),
        ["AtanPi"] = new(F.AtanPi, F.AtanPiTangent, F.AtanPiAdjoint, F.AtanPiTangentTangent, x => 1 / (Math.PI * (1 + (x * x))), new[] { -3.0, 1e-9, 0.7, 1e3 }),
        ["DegreesToRadians"] = new(F.DegreesToRadians, F.DegreesToRadiansTangent, F.DegreesToRadiansAdjoint, F.DegreesToRadiansTangentTangent, _ => Math.PI / 180, new[] { -200.0, 1e-9, 45.0 }),
        ["RadiansToDegrees"] = new(F.RadiansToDegrees, F.RadiansToDegreesTangent, F.RadiansToDegreesAdjoint, F.RadiansToDegreesTangentTangent, _ => 180 / Math.PI, new[] { -3.0, 1e-9, 0.7 }),
        // The estimates are differentiated as the functions they estimate: the analytic values are of 1/x and 1/√x.
        ["ReciprocalEstimate"] = new(F.MathReciprocalEstimate, F.MathReciprocalEstimateTangent, F.MathReciprocalEstimateAdjoint, F.MathReciprocalEstimateTangentTangent, x => -1 / (x * x), new[] { -3.0, 1e-3, 0.7, 1e3 }, new[] { 0.0 }) { Exact = x => 1 / x },
        ["ReciprocalSqrtEstimate"] = new(F.MathReciprocalSqrtEstimate, F.MathReciprocalSqrtEstimateTangent, F.MathReciprocalSqrtEstimateAdjoint, F.MathReciprocalSqrtEstimateTangentTangent, x => -0.5 / (x * Math.Sqrt(x)), new[] { 1e-3, 0.7, 1e3 }, new[] { 0.0 }) { Exact = x => 1 / Math.Sqrt(x) },
        ["BitIncrement"] = new(F.MathBitIncrement, F.MathBitIncrementTangent, F.MathBitIncrementAdjoint, F.MathBitIncrementTangentTangent, _ => 1.0, new[] { -3.0, 0.0, 0.7, 1e6 }),
        ["BitDecrement"] = new(F.MathBitDecrement, F.MathBitDecrementTangent, F.MathBitDecrementAdjoint, F.MathBitDecrementTangentTangent, _ => 1.0, new[] { -3.0, 0.0, 0.7, 1e6 }),
        ["double.BitIncrement"] = new(F.BitIncrement, F.BitIncrementTangent, F.BitIncrementAdjoint, F.BitIncrementTangentTangent, _ => 1.0, new[] { -3.0, 0.7 }),
        ["double.ReciprocalEstimate"] = new(F.ReciprocalEstimate, F.ReciprocalEstimateTangent, F.ReciprocalEstimateAdjoint, F.ReciprocalEstimateTangentTangent, x => -1 / (x * x), new[] { -3.0, 0.7 }, new[] { 0.0 }) { Exact = x => 1 / x },
    };

    public static TheoryData<string, double> UnaryPoints()
    {
        var data = new TheoryData<string, double>();
        foreach ((string name, Unary c) in Unaries)
        {
            foreach (double x in c.Points)
            {
                data.Add(name, x);
            }
        }
        return data;
    }

    private static double Step(string name, Unary c, double x)
    {
        // Periodic in x with period 2: a step relative to a large x would span much of a period.
        double h = name is "SinPi" or "CosPi" or "TanPi" ? 1e-4 : FiniteDifferences.Step(x);
        foreach (double s in c.Edges ?? Array.Empty<double>())
        {
            h = Math.Min(h, 0.01 * Math.Abs(x - s));
        }
        return h;
    }

    /// <summary>The estimates are exact only where the hardware has no estimate instruction: compare them loosely.</summary>
    private static double Relative(string name) => name.Contains("Estimate") ? 1e-3 : Approx.Tight;

    [Theory]
    [MemberData(nameof(UnaryPoints))]
    public void One_argument_companions_match_the_analytic_derivative(string name, double x)
    {
        Unary c = Unaries[name];
        var companions = new Companions(name, 1, p => c.F(p[0]), (p, v) => c.Tangent(p[0], v[0]), (p, a, seed) => c.Adjoint(p[0], ref a[0], seed));
        CompanionChecks.AgreeWith(companions, new[] { x }, new[] { c.Derivative(x) }, Relative(name));
    }

    [Theory]
    [MemberData(nameof(UnaryPoints))]
    public void One_argument_analytic_derivative_matches_central_differences(string name, double x)
    {
        Unary c = Unaries[name];
        if (name.Contains("Bit"))
        {
            return; // one ulp up or down: a difference quotient sees x + h ± ulp, slope 1 up to rounding, checked below.
        }
        double numeric = FiniteDifferences.Derivative(c.Exact, x, Step(name, c, x));
        Approx.Equal(numeric, c.Derivative(x), $"{name}'({x}) analytic vs numeric", FiniteDifferences.Relative, FiniteDifferences.Absolute(c.Exact(x)));
    }

    [Theory]
    [MemberData(nameof(UnaryPoints))]
    public void Second_derivative_matches_central_differences_of_the_first(string name, double x)
    {
        Unary c = Unaries[name];
        var r = c.TangentTangent(x, 1.0, 1.0, 0.0);
        Approx.Equal(c.Derivative(x), r.Value.Tangent, $"{name}'({x}) from TangentTangent", Relative(name), Approx.Ulps);
        double h = Step(name, c, x);
        double numeric = FiniteDifferences.Derivative(c.Derivative, x, h);
        Approx.Equal(numeric, r.Tangent.Tangent, $"{name}''({x})", name.Contains("Estimate") ? 1e-3 : FiniteDifferences.Relative, FiniteDifferences.Absolute(c.Derivative(x)));
    }

    /// <summary>A function of two or three arguments with its partials in closed form.</summary>
    private sealed record Many(int Arity, Func<double[], double> F, Func<double[], double[], (double, double)> Tangent, PackedAdjoint Adjoint,
        Func<double[], double[]> Gradient, double[][] Points);

    private static Many Two(Func<double, double, double> f, Func<double, double, double, double, (double, double)> tangent, Adjoint2 adjoint,
        Func<double, double, (double, double)> gradient, params (double, double)[] points) => new(
        2, x => f(x[0], x[1]), (x, v) => tangent(x[0], v[0], x[1], v[1]), (x, a, seed) => adjoint(x[0], ref a[0], x[1], ref a[1], seed),
        x => { (double da, double db) = gradient(x[0], x[1]); return new[] { da, db }; },
        points.Select(p => new[] { p.Item1, p.Item2 }).ToArray());

    private static Many Three(Func<double, double, double, double> f, Func<double, double, double, double, double, double, (double, double)> tangent, Adjoint3 adjoint,
        Func<double, double, double, double[]> gradient, params (double, double, double)[] points) => new(
        3, x => f(x[0], x[1], x[2]), (x, v) => tangent(x[0], v[0], x[1], v[1], x[2], v[2]), (x, a, seed) => adjoint(x[0], ref a[0], x[1], ref a[1], x[2], ref a[2], seed),
        x => gradient(x[0], x[1], x[2]),
        points.Select(p => new[] { p.Item1, p.Item2, p.Item3 }).ToArray());

    public delegate double Adjoint2(double a, ref double aAdjoint, double b, ref double bAdjoint, double seed);

    public delegate double Adjoint3(double a, ref double aAdjoint, double b, ref double bAdjoint, double c, ref double cAdjoint, double seed);

    private static (double, double) Atan2PiGradient(double y, double x) => (x / (Math.PI * ((x * x) + (y * y))), -y / (Math.PI * ((x * x) + (y * y))));

    private static (double, double) MaxMagnitudeGradient(double a, double b) => Math.Abs(a) > Math.Abs(b) ? (1.0, 0.0) : (0.0, 1.0);

    private static (double, double) MinMagnitudeGradient(double a, double b) => Math.Abs(a) < Math.Abs(b) ? (1.0, 0.0) : (0.0, 1.0);

    private static (double, double) MaxGradient(double a, double b) => a > b ? (1.0, 0.0) : (0.0, 1.0);

    private static (double, double) MinGradient(double a, double b) => a < b ? (1.0, 0.0) : (0.0, 1.0);

    private static (double, double) CopySignGradient(double x, double y) => (Math.Sign(x) * (y < 0 ? -1.0 : 1.0), 0.0);

    private static (double, double) RemainderGradient(double x, double y) => (1.0, -Math.Round(x / y));

    private static readonly (double, double)[] SelectionPoints = { (2.0, -1.0), (-3.0, 2.5), (1e-9, 0.5), (1e6, -1e7), (-4.0, -5.0) };

    private static readonly Dictionary<string, Many> Manies = new()
    {
        ["Atan2Pi"] = Two(F.Atan2Pi, F.Atan2PiTangent, F.Atan2PiAdjoint, Atan2PiGradient, (1.0, 2.0), (-3.0, 0.5), (1e-9, 1.0), (1e3, 2e3)),
        ["CopySign"] = Two(F.CopySign, F.CopySignTangent, F.CopySignAdjoint, CopySignGradient, (1.5, 2.0), (1.5, -2.0), (-1.5, 2.0), (-1.5, -2.0)),
        ["Math.CopySign"] = Two(F.MathCopySign, F.MathCopySignTangent, F.MathCopySignAdjoint, CopySignGradient, (1.5, -2.0), (-1.5, -2.0)),
        ["Ieee754Remainder"] = Two(F.Ieee754Remainder, F.Ieee754RemainderTangent, F.Ieee754RemainderAdjoint, RemainderGradient, (7.3, 2.1), (-7.3, 2.1), (7.3, -2.1), (0.4, 3.0)),
        ["IEEERemainder"] = Two(F.IEEERemainder, F.IEEERemainderTangent, F.IEEERemainderAdjoint, RemainderGradient, (7.3, 2.1), (-7.3, 2.1), (5.0, 3.0)),
        ["MaxMagnitude"] = Two(F.MaxMagnitude, F.MaxMagnitudeTangent, F.MaxMagnitudeAdjoint, MaxMagnitudeGradient, SelectionPoints),
        ["Math.MaxMagnitude"] = Two(F.MathMaxMagnitude, F.MathMaxMagnitudeTangent, F.MathMaxMagnitudeAdjoint, MaxMagnitudeGradient, SelectionPoints),
        ["MinMagnitude"] = Two(F.MinMagnitude, F.MinMagnitudeTangent, F.MinMagnitudeAdjoint, MinMagnitudeGradient, SelectionPoints),
        ["Math.MinMagnitude"] = Two(F.MathMinMagnitude, F.MathMinMagnitudeTangent, F.MathMinMagnitudeAdjoint, MinMagnitudeGradient, SelectionPoints),
        ["MaxMagnitudeNumber"] = Two(F.MaxMagnitudeNumber, F.MaxMagnitudeNumberTangent, F.MaxMagnitudeNumberAdjoint, MaxMagnitudeGradient, SelectionPoints),
        ["MinMagnitudeNumber"] = Two(F.MinMagnitudeNumber, F.MinMagnitudeNumberTangent, F.MinMagnitudeNumberAdjoint, MinMagnitudeGradient, SelectionPoints),
        ["MaxNumber"] = Two(F.MaxNumber, F.MaxNumberTangent, F.MaxNumberAdjoint, MaxGradient, SelectionPoints),
        ["MinNumber"] = Two(F.MinNumber, F.MinNumberTangent, F.MinNumberAdjoint, MinGradient, SelectionPoints),
        ["MaxNative"] = Two(F.MaxNative, F.MaxNativeTangent, F.MaxNativeAdjoint, MaxGradient, SelectionPoints),
        ["MinNative"] = Two(F.MinNative, F.MinNativeTangent, F.MinNativeAdjoint, MinGradient, SelectionPoints),
        ["Lerp"] = Three(F.Lerp, F.LerpTangent, F.LerpAdjoint, (a, b, t) => new[] { 1 - t, t, b - a }, (1.0, 3.0, 0.25), (-2.0, 5.0, 1.5), (1e6, -1e-3, -0.5)),
        ["MultiplyAddEstimate"] = Three(F.MultiplyAddEstimate, F.MultiplyAddEstimateTangent, F.MultiplyAddEstimateAdjoint, (a, b, c) => new[] { b, a, 1.0 }, (2.0, 3.0, 4.0), (-1.5, 1e-9, -7.0)),
        ["ClampNative"] = Three(F.ClampNative, F.ClampNativeTangent, F.ClampNativeAdjoint, (v, lo, hi) => v < lo ? new[] { 0.0, 1, 0 } : v > hi ? new[] { 0.0, 0, 1 } : new[] { 1.0, 0, 0 }, (0.5, -1.0, 2.0), (-3.0, -1.0, 2.0), (5.0, -1.0, 2.0)),
    };

    public static TheoryData<string, int> ManyPoints()
    {
        var data = new TheoryData<string, int>();
        foreach ((string name, Many c) in Manies)
        {
            for (int i = 0; i < c.Points.Length; i++)
            {
                data.Add(name, i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ManyPoints))]
    public void Companions_match_the_analytic_partials(string name, int point)
    {
        Many c = Manies[name];
        double[] x = c.Points[point];
        CompanionChecks.AgreeWith(new Companions(name, c.Arity, c.F, c.Tangent, c.Adjoint), x, c.Gradient(x));
    }

    [Theory]
    [MemberData(nameof(ManyPoints))]
    public void Analytic_partials_match_central_differences(string name, int point)
    {
        Many c = Manies[name];
        double[] x = c.Points[point];
        double[] gradient = c.Gradient(x);
        for (int i = 0; i < c.Arity; i++)
        {
            double numeric = FiniteDifferences.Partial(c.F, x, i, Math.Min(FiniteDifferences.Step(x[i]), 0.01 * Math.Max(Math.Abs(x[i]), 1e-6)));
            Approx.Equal(numeric, gradient[i], $"{name} ∂/∂x{i} at {Approx.Format(x)}", FiniteDifferences.Relative, FiniteDifferences.Absolute(c.F(x)));
        }
    }

    [Theory]
    [InlineData(8.0, 3)]
    [InlineData(-8.0, 3)]
    [InlineData(2.0, 2)]
    [InlineData(0.3, 5)]
    [InlineData(4.0, -2)]
    [InlineData(7.0, 1)]
    public void RootN_has_derivative_x_to_the_one_over_n_minus_one_over_n(double x, int n)
    {
        double r = double.RootN(x, n);
        double expected = r / (n * x);
        var rootN = new Companions($"RootN(x, {n})", 1, p => F.RootN(p[0], n), (p, v) => F.RootNTangent(p[0], v[0], n),
            (p, a, seed) => F.RootNAdjoint(p[0], ref a[0], n, seed));
        CompanionChecks.AgreeWith(rootN, new[] { x }, new[] { expected }, 1e-12, 1e-15);
        Approx.Equal(FiniteDifferences.Derivative(p => double.RootN(p, n), x, 1e-4 * Math.Abs(x)), expected, "RootN' numeric", FiniteDifferences.Relative, 1e-7);
        double second = FiniteDifferences.Derivative(p => double.RootN(p, n) / (n * p), x, 1e-4 * Math.Abs(x));
        Approx.Equal(second, F.RootNTangentTangent(x, 1.0, 1.0, 0.0, n).Tangent.Tangent, "RootN''", FiniteDifferences.Relative, 1e-7);
    }

    [Fact]
    public void RootN_at_zero_is_infinite_for_n_above_one_as_Sqrt()
    {
        double adjoint = 0;
        F.RootNAdjoint(0.0, ref adjoint, 3);
        Assert.Equal(double.PositiveInfinity, adjoint);
    }

    // Conventions at non-differentiable points (README).
    [Theory]
    [InlineData(2.0, 2.0, 0.5, 0.5)]   // equal arguments: ½ each, as Max
    [InlineData(-2.0, 2.0, 0.0, 1.0)]  // equal magnitudes: the argument returned (the positive one) gets it all
    [InlineData(2.0, -2.0, 1.0, 0.0)]
    public void MaxMagnitude_ties_follow_the_argument_returned(double a, double b, double da, double db)
    {
        var f = new Companions("MaxMagnitude", 2, x => F.MaxMagnitude(x[0], x[1]), (x, v) => F.MaxMagnitudeTangent(x[0], v[0], x[1], v[1]),
            (x, g, seed) => F.MaxMagnitudeAdjoint(x[0], ref g[0], x[1], ref g[1], seed));
        CompanionChecks.AgreeWith(f, new[] { a, b }, new[] { da, db });
    }

    [Fact]
    public void MaxNumber_with_a_NaN_passes_the_derivative_of_the_number()
    {
        double da = 0, db = 0;
        Assert.Equal(3.0, F.MaxNumberAdjoint(double.NaN, ref da, 3.0, ref db));
        Assert.Equal((0.0, 1.0), (da, db));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.0, -1.0)]
    public void CopySign_at_zero_has_derivative_zero_as_Abs(double x, double y)
    {
        double dx = 0, dy = 0;
        F.CopySignAdjoint(x, ref dx, y, ref dy);
        Assert.Equal((0.0, 0.0), (dx, dy));
    }

    [Fact]
    public void Composed_functions_have_a_Hessian_matching_differences_of_the_gradient()
    {
        double[] x = { 0.4, 0.7 };
        var f = new Companions("Composed", 2, p => F.Composed(p[0], p[1]), (p, v) => F.ComposedTangent(p[0], v[0], p[1], v[1]),
            (p, a, seed) => F.ComposedAdjoint(p[0], ref a[0], p[1], ref a[1], seed));
        CompanionChecks.AgreeWithFiniteDifferences(f, x);
        for (int j = 0; j < 2; j++)
        {
            double[] v = { j == 0 ? 1 : 0, j == 1 ? 1 : 0 };
            double ga = 0, gb = 0, ha = 0, hb = 0;
            F.ComposedAdjointTangent(x: x[0], xTangent: v[0], xAdjoint: ref ga, xAdjointTangent: ref ha, y: x[1], yTangent: v[1], yAdjoint: ref gb, yAdjointTangent: ref hb);
            for (int i = 0; i < 2; i++)
            {
                double numeric = FiniteDifferences.Partial(p => f.Gradient(p, out _)[i], x, j, 1e-4);
                Approx.Equal(numeric, i == 0 ? ha : hb, $"∂²f/∂x{i}∂x{j}", 1e-6, 1e-7);
            }
        }
    }
}
