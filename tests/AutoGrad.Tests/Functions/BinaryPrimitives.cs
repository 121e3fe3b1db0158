using System;

namespace AutoGrad.Tests.Functions;

/// <summary>One [Differentiable] wrapper per primitive of two or three arguments.</summary>
public static partial class BinaryPrimitives
{
    [Differentiable] public static double Atan2(double y, double x) => Math.Atan2(y, x);
    [Differentiable] public static double Pow(double x, double y) => Math.Pow(x, y);
    [Differentiable] public static double LogBase(double a, double newBase) => Math.Log(a, newBase);
    [Differentiable] public static double Max(double a, double b) => Math.Max(a, b);
    [Differentiable] public static double Min(double a, double b) => Math.Min(a, b);
    [Differentiable] public static double Hypot(double x, double y) => double.Hypot(x, y);
    [Differentiable] public static double DoubleAtan2(double y, double x) => double.Atan2(y, x);
    [Differentiable] public static double DoublePow(double x, double y) => double.Pow(x, y);
    [Differentiable] public static double FusedMultiplyAdd(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);
    [Differentiable] public static double Clamp(double value, double min, double max) => Math.Clamp(value, min, max);
    [Differentiable] public static double ScaleB(double x, int n) => Math.ScaleB(x, n);
}
