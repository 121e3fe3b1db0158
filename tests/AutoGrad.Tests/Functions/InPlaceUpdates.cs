using System;

namespace AutoGrad.Tests.Functions;

/// <summary>
/// Work arrays filled whole, then updated in place (ADBench GMM's Q(x − μ)): when nothing reversed
/// between the fill and an update reads the array, the fill's restore gives back every element and
/// the update records nothing. The near misses read the array in between and must keep the update's record.
/// </summary>
public static partial class InPlaceUpdates
{
    public const int Size = 4;

    /// <summary>Each component's mean (Size) and strictly lower triangle (column by column), in <paramref name="theta"/>.</summary>
    public const int Stride = Size + (Size * (Size - 1) / 2);

    /// <summary>
    /// A discounted mixture log-likelihood: per point and component, v = x − μ is filled, z = Lv built
    /// in place from it, and ‖z‖² feeds a log-sum-exp. The discount carries a value from point to point,
    /// so the point loop keeps two sweeps and the fills' old values are recorded and restored.
    /// </summary>
    [Differentiable]
    public static double DiscountedMixture(double[] theta, [NoDerivative] double[] points)
    {
        int components = theta.Length / Stride;
        var centered = new double[Size];
        var transformed = new double[Size];
        var terms = new double[components];
        double weight = 1;
        double total = 0;
        for (int i = 0; i < points.Length / Size; i++)
        {
            for (int c = 0; c < components; c++)
            {
                for (int j = 0; j < Size; j++)
                {
                    centered[j] = points[(i * Size) + j] - theta[(c * Stride) + j];
                    transformed[j] = centered[j];
                }
                int entry = Size;
                for (int column = 0; column < Size; column++)
                {
                    for (int row = column + 1; row < Size; row++)
                    {
                        transformed[row] += theta[(c * Stride) + entry] * centered[column];
                        entry++;
                    }
                }
                double norm = 0;
                for (int j = 0; j < Size; j++)
                {
                    norm += transformed[j] * transformed[j];
                }
                terms[c] = -0.5 * norm;
            }
            double sum = 0;
            for (int c = 0; c < components; c++)
            {
                sum += Math.Exp(terms[c]);
            }
            total += weight * Math.Log(sum);
            weight *= 0.9;
        }
        return total;
    }

    /// <summary>Near miss: a product of two elements between the fill and the update reads the value the update overwrites.</summary>
    [Differentiable]
    public static double ReadBetween(double[] x)
    {
        var work = new double[3];
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < work.Length; j++)
            {
                work[j] = Math.Sin(x[s] * (j + 1));
            }
            double product = work[0] * work[1];
            work[1] *= x[(s + 1) % x.Length];
            total += Math.Exp(product * work[1]);
        }
        return total;
    }

    /// <summary>Near miss: the fill's own adjoint reads the stored element, which a later update changes.</summary>
    [Differentiable]
    public static double FillReadsItself(double[] x)
    {
        var work = new double[3];
        double total = 0;
        for (int s = 0; s < x.Length; s++)
        {
            double energy = 0;
            for (int j = 0; j < work.Length; j++)
            {
                work[j] = Math.Cos(x[s] + j);
                energy += work[j] * work[j];
            }
            work[2] += x[(s + 2) % x.Length];
            total += energy * work[2];
        }
        return total;
    }

    /// <summary>
    /// A fill recorded whole in a loop that also records a scalar per trip on the same stack: the scalar's
    /// pushes cannot have room made for them before the loop, since the fills' pushes use it up. Second
    /// order, so the fill's tangents are recorded whole beside its values.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double CarriedFill(double[] x)
    {
        var work = new double[4];
        double total = 0;
        double weight = 1;
        for (int s = 0; s < x.Length; s++)
        {
            for (int j = 0; j < work.Length; j++)
            {
                work[j] = x[s] * x[(s + j) % x.Length];
            }
            total += weight * Math.Log(2 + (work[0] * work[1]) + (work[2] * work[3]));
            weight *= 0.9 + (0.01 * Math.Tanh(total));
        }
        return total;
    }

    /// <summary>Near miss: each element is made from the one before, so the loop is no fill and records element by element.</summary>
    [Differentiable]
    public static double ChainedFill(double[] x)
    {
        var work = new double[3];
        double total = 0;
        double weight = 1;
        for (int s = 0; s < x.Length; s++)
        {
            work[0] = x[s];
            for (int j = 1; j < work.Length; j++)
            {
                work[j] = Math.Sin(work[j - 1]) * x[(s + j) % x.Length];
            }
            total += weight * work[1] * work[2];
            weight *= 0.95 + (0.01 * Math.Tanh(total));
        }
        return total;
    }
}
