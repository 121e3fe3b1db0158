namespace AutoGrad.Tests.Functions;

/// <summary>
/// Near misses of <see cref="Triangles.SquaredNorm"/>, whose triangle reads <c>c[col]</c> once per column:
/// here the element may change in the loop, is read only on some rows, belongs to an array that is
/// handed to a call, or is the caller's.
/// </summary>
public static partial class InvariantReads
{
    /// <summary>The inner loop writes the array it reads: <c>c[col]</c> is not the same on every row.</summary>
    [Differentiable]
    public static double Written(double[] v)
    {
        int n = v.Length;
        double[] c = new double[n];
        for (int j = 0; j < n; j++)
        {
            c[j] = (2.0 * v[j]) - 1.0;
        }
        double sum = 0;
        for (int col = 0; col < n; col++)
        {
            for (int row = col + 1; row < n; row++)
            {
                sum += v[row] * c[col];
                c[row] += 0.5 * c[col];
            }
        }
        return sum + (c[n - 1] * c[n - 1]);
    }

    /// <summary>Only even rows read <c>c[col]</c>: reading it before the loop could read what the loop never does.</summary>
    [Differentiable]
    public static double ReadOnSomeRows(double[] v)
    {
        int n = v.Length;
        double[] c = new double[n];
        for (int j = 0; j < n; j++)
        {
            c[j] = (2.0 * v[j]) - 1.0;
        }
        double sum = 0;
        for (int col = 0; col < n; col++)
        {
            for (int row = col + 1; row < n; row++)
            {
                if (row % 2 == 0)
                {
                    sum += v[row] * c[col] * c[col];
                }
            }
        }
        return sum;
    }

    /// <summary>The array goes to a call, which might keep it: another array written in the loop could be it.</summary>
    [Differentiable]
    public static double HandedOn(double[] v)
    {
        int n = v.Length;
        double[] c = new double[n];
        for (int j = 0; j < n; j++)
        {
            c[j] = (2.0 * v[j]) - 1.0;
        }
        double sum = Total(c);
        for (int col = 0; col < n; col++)
        {
            for (int row = col + 1; row < n; row++)
            {
                sum += v[row] * c[col];
            }
        }
        return sum;
    }

    [Differentiable]
    public static double Total(double[] c)
    {
        double sum = 0;
        for (int j = 0; j < c.Length; j++)
        {
            sum += c[j] * c[j];
        }
        return sum;
    }

    /// <summary>The caller's array: its adjoint, written in the loop, may be the same array.</summary>
    [Differentiable]
    public static double Input(double[] v)
    {
        int n = v.Length;
        double sum = 0;
        for (int col = 0; col < n; col++)
        {
            for (int row = col + 1; row < n; row++)
            {
                sum += v[row] * v[col];
            }
        }
        return sum;
    }
}
