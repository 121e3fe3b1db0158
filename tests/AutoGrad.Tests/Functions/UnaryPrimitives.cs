using System;

namespace AutoGrad.Tests.Functions;

/// <summary>One [Differentiable] wrapper per one-argument primitive, so each derivative rule is tested alone.</summary>
public static partial class UnaryPrimitives
{
    [Differentiable] public static double Sin(double x) => Math.Sin(x);
    [Differentiable] public static double Cos(double x) => Math.Cos(x);
    [Differentiable] public static double Tan(double x) => Math.Tan(x);
    [Differentiable] public static double Asin(double x) => Math.Asin(x);
    [Differentiable] public static double Acos(double x) => Math.Acos(x);
    [Differentiable] public static double Atan(double x) => Math.Atan(x);
    [Differentiable] public static double Sinh(double x) => Math.Sinh(x);
    [Differentiable] public static double Cosh(double x) => Math.Cosh(x);
    [Differentiable] public static double Tanh(double x) => Math.Tanh(x);
    [Differentiable] public static double Asinh(double x) => Math.Asinh(x);
    [Differentiable] public static double Acosh(double x) => Math.Acosh(x);
    [Differentiable] public static double Atanh(double x) => Math.Atanh(x);
    [Differentiable] public static double Exp(double x) => Math.Exp(x);
    [Differentiable] public static double Log(double x) => Math.Log(x);
    [Differentiable] public static double Log10(double x) => Math.Log10(x);
    [Differentiable] public static double Log2(double x) => Math.Log2(x);
    [Differentiable] public static double Sqrt(double x) => Math.Sqrt(x);
    [Differentiable] public static double Cbrt(double x) => Math.Cbrt(x);
    [Differentiable] public static double Abs(double x) => Math.Abs(x);

    // The same rules reached through the double.* spelling (generic-math statics on System.Double).
    [Differentiable] public static double DoubleSin(double x) => double.Sin(x);
    [Differentiable] public static double DoubleExp(double x) => double.Exp(x);
    [Differentiable] public static double DoubleLog(double x) => double.Log(x);
    [Differentiable] public static double DoubleSqrt(double x) => double.Sqrt(x);
    [Differentiable] public static double DoubleTanh(double x) => double.Tanh(x);
}
