using System;
using System.Globalization;
using Xunit.Sdk;

namespace AutoGrad.Tests.Support;

/// <summary>Floating-point comparisons whose failure message says which quantity was off and by how much.</summary>
internal static class Approx
{
    /// <summary>
    /// Tolerance between two derivatives that should come from the same formula (forward vs reverse,
    /// generated vs analytic): rounding differences only.
    /// </summary>
    public const double Tight = 1e-12;

    /// <summary>
    /// Absolute slack added to <see cref="Tight"/>: a derivative of order 1 computed as a difference
    /// (1 − tanh², 1 − x²) keeps only an absolute accuracy of a few ulps of 1.
    /// </summary>
    public const double Ulps = 1e-15;

    /// <summary>Passes when |expected − actual| ≤ relative·max(|expected|, |actual|) + absolute.</summary>
    public static void Equal(double expected, double actual, string what, double relative = Tight, double absolute = Ulps)
    {
        if (IsClose(expected, actual, relative, absolute))
        {
            return;
        }
        throw new XunitException(string.Create(CultureInfo.InvariantCulture,
            $"{what}: expected {expected:R}, actual {actual:R}, difference {Math.Abs(expected - actual):G3} (allowed {relative:G3} relative + {absolute:G3} absolute)"));
    }

    public static bool IsClose(double expected, double actual, double relative, double absolute)
    {
        if (expected.Equals(actual))
        {
            // Same infinity or both NaN: nothing to subtract.
            return true;
        }
        double difference = Math.Abs(expected - actual);
        return difference <= (relative * Math.Max(Math.Abs(expected), Math.Abs(actual))) + absolute;
    }

    public static string Format(double[] values) =>
        "(" + string.Join(", ", Array.ConvertAll(values, v => v.ToString("R", CultureInfo.InvariantCulture))) + ")";
}
