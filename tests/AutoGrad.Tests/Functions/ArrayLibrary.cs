using System;

namespace AutoGrad.Tests.Functions;

/// <summary>The base library's array methods on double arrays: Array.Copy, CopyTo, Clear, Fill and Resize, as people write them.</summary>
public static partial class ArrayLibrary
{
    /// <summary><c>Array.Copy(x, buffer, n)</c> into a longer buffer: Σ (i + 1)·xᵢ² + (n + 1)·(x₀x₁)².</summary>
    [Differentiable(Order = 2)]
    public static double CopiedPrefix(double[] x)
    {
        double[] buffer = new double[x.Length + 1];
        Array.Copy(x, buffer, x.Length);
        buffer[x.Length] = buffer[0] * buffer[1];
        double sum = 0;
        for (int i = 0; i < buffer.Length; i++)
        {
            sum += (i + 1) * buffer[i] * buffer[i];
        }
        return sum;
    }

    /// <summary>w filled with x₀, then x₁..x₃ copied to w₂..w₄: Σ (i + 1)·sin wᵢ over six elements.</summary>
    [Differentiable(Order = 2)]
    public static double FilledThenCopied(double[] x)
    {
        var w = new double[6];
        Array.Fill(w, x[0]);
        Array.Copy(x, 1, w, 2, 3);
        double sum = 0;
        for (int i = 0; i < w.Length; i++)
        {
            sum += (i + 1) * Math.Sin(w[i]);
        }
        return sum;
    }

    /// <summary>A shift within one array, <c>Array.Copy(a, 0, a, 1, n − 1)</c> (ranges that overlap), repeated: a moving window.</summary>
    [Differentiable(Order = 2)]
    public static double Shifted(double[] x, int steps)
    {
        double[] a = (double[])x.Clone();
        for (int s = 0; s < steps; s++)
        {
            Array.Copy(a, 0, a, 1, a.Length - 1);
            a[0] = Math.Sin(a[1]) * a[a.Length - 1];
        }
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (i + 1) * a[i] * a[i];
        }
        return sum;
    }

    /// <summary><c>x.CopyTo(w, 1)</c> between two values of the method's own, then a product of neighbours.</summary>
    [Differentiable(Order = 2)]
    public static double CopiedTo(double[] x)
    {
        var w = new double[x.Length + 2];
        w[0] = x[x.Length - 1];
        x.CopyTo(w, 1);
        w[w.Length - 1] = Math.Exp(w[1]);
        double sum = 0;
        for (int i = 0; i + 1 < w.Length; i++)
        {
            sum += w[i] * w[i + 1];
        }
        return sum;
    }

    /// <summary>An accumulator cleared each round, <c>Array.Clear(acc)</c>, and its first element again, <c>Array.Clear(acc, 0, 1)</c>: 14·Σᵢ₌₁ xᵢ².</summary>
    [Differentiable(Order = 2)]
    public static double ClearedEachRound(double[] x)
    {
        double[] acc = new double[x.Length];
        double total = 0;
        for (int r = 0; r < 3; r++)
        {
            Array.Clear(acc);
            for (int i = 0; i < x.Length; i++)
            {
                acc[i] += x[i] * (r + 1);
            }
            Array.Clear(acc, 0, 1);
            for (int i = 0; i < acc.Length; i++)
            {
                total += acc[i] * acc[i];
            }
        }
        return total;
    }

    /// <summary><c>Array.Fill</c> with a value that depends on the inputs, over all and over a range.</summary>
    [Differentiable(Order = 2)]
    public static double FilledWithInputs(double[] x)
    {
        var w = new double[5];
        Array.Fill(w, x[0] * x[1]);
        Array.Fill(w, Math.Sin(x[2]), 1, 2);
        w[4] += x[1];
        double sum = 0;
        for (int i = 0; i < w.Length; i++)
        {
            sum += (i + 1) * w[i] * w[i];
        }
        return sum;
    }

    /// <summary>A matrix cleared whole, <c>Array.Clear(m)</c>, between two rounds of writes.</summary>
    [Differentiable(Order = 2)]
    public static double ClearedMatrix(double[] x)
    {
        var m = new double[2, 2];
        m[0, 0] = x[0] * x[1];
        m[1, 1] = x[1];
        double before = m[0, 0] + m[1, 1];
        Array.Clear(m);
        m[0, 1] = x[0] * x[0];
        return (before * before) + m[0, 0] + m[0, 1] + m[1, 1];
    }

    /// <summary><c>Array.Resize(ref a, n)</c>, growing then shrinking a local array.</summary>
    [Differentiable(Order = 2)]
    public static double Resized(double[] x, int grow)
    {
        double[] a = [x[0], x[1]];
        Array.Resize(ref a, a.Length + grow);
        for (int i = 2; i < a.Length; i++)
        {
            a[i] = a[i - 1] * a[i - 2];
        }
        Array.Resize(ref a, 3);
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (i + 1) * a[i];
        }
        return sum;
    }

    /// <summary>Copies n elements of x into a buffer of three: the library's exception where n does not fit.</summary>
    [Differentiable]
    public static double CopiedCount(double[] x, int n)
    {
        var buffer = new double[3];
        Array.Copy(x, buffer, n);
        return (buffer[0] * buffer[1]) + buffer[2];
    }
}
