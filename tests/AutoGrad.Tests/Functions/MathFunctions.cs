using System;

namespace AutoGrad.Tests.Functions;

/// <summary>One [Differentiable] wrapper per function .NET 7+ added to System.Double (and System.Math): each rule tested alone, to order 2.</summary>
public static partial class MathFunctions
{
    [Differentiable(Order = 2)] public static double ExpM1(double x) => double.ExpM1(x);
    [Differentiable(Order = 2)] public static double Exp2(double x) => double.Exp2(x);
    [Differentiable(Order = 2)] public static double Exp10(double x) => double.Exp10(x);
    [Differentiable(Order = 2)] public static double Exp2M1(double x) => double.Exp2M1(x);
    [Differentiable(Order = 2)] public static double Exp10M1(double x) => double.Exp10M1(x);
    [Differentiable(Order = 2)] public static double LogP1(double x) => double.LogP1(x);
    [Differentiable(Order = 2)] public static double Log2P1(double x) => double.Log2P1(x);
    [Differentiable(Order = 2)] public static double Log10P1(double x) => double.Log10P1(x);
    [Differentiable(Order = 2)] public static double SinPi(double x) => double.SinPi(x);
    [Differentiable(Order = 2)] public static double CosPi(double x) => double.CosPi(x);
    [Differentiable(Order = 2)] public static double TanPi(double x) => double.TanPi(x);
    [Differentiable(Order = 2)] public static double AsinPi(double x) => double.AsinPi(x);
    [Differentiable(Order = 2)] public static double AcosPi(double x) => double.AcosPi(x);
    [Differentiable(Order = 2)] public static double AtanPi(double x) => double.AtanPi(x);
    [Differentiable(Order = 2)] public static double DegreesToRadians(double x) => double.DegreesToRadians(x);
    [Differentiable(Order = 2)] public static double RadiansToDegrees(double x) => double.RadiansToDegrees(x);
    [Differentiable(Order = 2)] public static double ReciprocalEstimate(double x) => double.ReciprocalEstimate(x);
    [Differentiable(Order = 2)] public static double ReciprocalSqrtEstimate(double x) => double.ReciprocalSqrtEstimate(x);
    [Differentiable(Order = 2)] public static double BitIncrement(double x) => double.BitIncrement(x);
    [Differentiable(Order = 2)] public static double BitDecrement(double x) => double.BitDecrement(x);
    [Differentiable(Order = 2)] public static double MathBitDecrement(double x) => Math.BitDecrement(x);
    [Differentiable(Order = 2)] public static double MathBitIncrement(double x) => Math.BitIncrement(x);
    [Differentiable(Order = 2)] public static double MathReciprocalEstimate(double x) => Math.ReciprocalEstimate(x);
    [Differentiable(Order = 2)] public static double MathReciprocalSqrtEstimate(double x) => Math.ReciprocalSqrtEstimate(x);
    [Differentiable(Order = 2)] public static double Atan2Pi(double a, double b) => double.Atan2Pi(a, b);
    [Differentiable(Order = 2)] public static double CopySign(double a, double b) => double.CopySign(a, b);
    [Differentiable(Order = 2)] public static double Ieee754Remainder(double a, double b) => double.Ieee754Remainder(a, b);
    [Differentiable(Order = 2)] public static double MaxMagnitude(double a, double b) => double.MaxMagnitude(a, b);
    [Differentiable(Order = 2)] public static double MinMagnitude(double a, double b) => double.MinMagnitude(a, b);
    [Differentiable(Order = 2)] public static double MaxNumber(double a, double b) => double.MaxNumber(a, b);
    [Differentiable(Order = 2)] public static double MinNumber(double a, double b) => double.MinNumber(a, b);
    [Differentiable(Order = 2)] public static double MaxNative(double a, double b) => double.MaxNative(a, b);
    [Differentiable(Order = 2)] public static double MinNative(double a, double b) => double.MinNative(a, b);
    [Differentiable(Order = 2)] public static double MaxMagnitudeNumber(double a, double b) => double.MaxMagnitudeNumber(a, b);
    [Differentiable(Order = 2)] public static double MinMagnitudeNumber(double a, double b) => double.MinMagnitudeNumber(a, b);
    [Differentiable(Order = 2)] public static double MathCopySign(double a, double b) => Math.CopySign(a, b);
    [Differentiable(Order = 2)] public static double MathMaxMagnitude(double a, double b) => Math.MaxMagnitude(a, b);
    [Differentiable(Order = 2)] public static double MathMinMagnitude(double a, double b) => Math.MinMagnitude(a, b);
    [Differentiable(Order = 2)] public static double IEEERemainder(double a, double b) => Math.IEEERemainder(a, b);
    [Differentiable(Order = 2)] public static double ClampNative(double a, double b, double c) => double.ClampNative(a, b, c);
    [Differentiable(Order = 2)] public static double MultiplyAddEstimate(double a, double b, double c) => double.MultiplyAddEstimate(a, b, c);
    [Differentiable(Order = 2)] public static double Lerp(double a, double b, double c) => double.Lerp(a, b, c);
    [Differentiable(Order = 2)] public static double RootN(double x, int n) => double.RootN(x, n);

    // Composed, so second-order code differentiates the partials of partials (SinPi's CosPi, RootN's Pow).
    [Differentiable(Order = 2)] public static double Composed(double x, double y) => double.SinPi(x * y) + double.RootN(x * x + 1.0, 3) + double.LogP1(double.ExpM1(y) * x) + double.Lerp(x, y, double.AtanPi(x));
}
