namespace AutoGrad.Tests.Functions;

/// <summary>Methods that call the runtime's reductions (<see cref="Vectors"/>), differentiated through the companions it ships.</summary>
public static partial class Reductions
{
    /// <summary>A ridge-regression loss: ‖Xw − y‖² / n + λ‖w‖², the residuals through Dot, the penalty through SumOfSquares.</summary>
    [Differentiable(Order = 2)]
    public static double Ridge(double[] w, [NoDerivative] double[] x0, [NoDerivative] double[] x1, [NoDerivative] double[] y, double lambda)
    {
        double[] residuals = new double[y.Length];
        double[] row = new double[w.Length];
        for (int i = 0; i < y.Length; i++)
        {
            row[0] = x0[i];
            row[1] = x1[i];
            residuals[i] = Vectors.Dot(row, w) - y[i];
        }
        return (Vectors.SumOfSquares(residuals) / y.Length) + (lambda * Vectors.SumOfSquares(w));
    }

    /// <summary>Distance to a target scaled by the mean: ‖p − t‖ · Σp / n.</summary>
    [Differentiable(Order = 2)]
    public static double ScaledDistance(double[] p, double[] t)
    {
        double[] d = new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            d[i] = p[i] - t[i];
        }
        return Vectors.Norm2(d) * Vectors.Sum(p) / p.Length;
    }

    /// <summary>Both arguments of Dot differentiable: ⟨a, a ⊙ b⟩ = Σ a²b.</summary>
    [Differentiable]
    public static double CubicDot(double[] a, double[] b)
    {
        double[] ab = new double[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            ab[i] = a[i] * b[i];
        }
        return Vectors.Dot(a, ab);
    }
}
