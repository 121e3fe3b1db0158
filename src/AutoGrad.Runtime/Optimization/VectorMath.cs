using System;
using System.Numerics.Tensors;

namespace AutoGrad.Optimization;

internal static class VectorMath
{
    /// <summary>target = x + alpha·d.</summary>
    public static void Step(double[] x, double alpha, double[] d, double[] target) =>
        TensorPrimitives.MultiplyAdd<double>(d, alpha, x, target);

    /// <summary>target = a − b.</summary>
    public static void Subtract(double[] a, double[] b, double[] target) =>
        TensorPrimitives.Subtract<double>(a, b, target);

    public static bool AllFinite(double[] a)
    {
        // Any NaN or ±∞ among the terms makes the sum of v·0 NaN; one pass, no branches per element.
        double probe = 0;
        foreach (double v in a)
        {
            probe += v * 0;
        }
        return probe == 0;
    }

    public static void Swap(ref double[] a, ref double[] b) => (a, b) = (b, a);
}
