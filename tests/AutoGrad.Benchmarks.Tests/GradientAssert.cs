using System;
using Xunit.Sdk;

namespace AutoGrad.Benchmarks.Tests;

/// <summary>Component-wise comparison of gradients, naming the worst component when it fails.</summary>
internal static class GradientAssert
{
    /// <summary>Exact methods agree to rounding: 1e-10 relative (absolute below 1).</summary>
    public const double Exact = 1e-10;

    /// <summary>
    /// Central differences carry an O(h²) truncation and O(ε/h) rounding error, h ≈ 6e-6·max(1, |x|):
    /// about 1e-7 relative when the function is O(1) at that scale.
    /// </summary>
    public const double FiniteDifference = 1e-6;

    public static void Close(double[] expected, double[] actual, double tolerance, string what)
    {
        if (expected.Length != actual.Length)
        {
            throw new XunitException($"{what}: {actual.Length} components, expected {expected.Length}");
        }
        for (int i = 0; i < expected.Length; i++)
        {
            Close(expected[i], actual[i], tolerance, $"{what}, component {i}");
        }
    }

    public static void Close(double expected, double actual, double tolerance, string what)
    {
        double error = Math.Abs(expected - actual) / Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));
        if (!(error <= tolerance))
        {
            throw new XunitException($"{what}: {actual:R}, expected {expected:R} (error {error:E2} > {tolerance:E0})");
        }
    }
}
