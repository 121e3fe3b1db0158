namespace AutoGrad.Tests.Functions;

/// <summary>The extended Rosenbrock function, the standard test of large sparse gradients.</summary>
public static partial class ArraysRosenbrock
{
    /// <summary>Σ over i &lt; n − 1 of 100·(x[i+1] − x[i]²)² + (1 − x[i])².</summary>
    [Differentiable]
    public static double Rosenbrock(double[] x)
    {
        double sum = 0.0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1.0 - x[i];
            sum += 100.0 * a * a + b * b;
        }
        return sum;
    }
}
