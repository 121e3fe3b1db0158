namespace AutoGrad.Tests.Functions;

/// <summary>
/// c·v·v in each spelling the generator keeps whole (its partial is 2c·v, with no temporary for c·v):
/// a literal on either side, v an element, a local or the variable being assigned, and a cube around one.
/// </summary>
public static partial class ScaledSquares
{
    [Differentiable(Order = 2)]
    public static double Spellings(double[] x)
    {
        double a = 3.0 * x[0] * x[0];
        double b = x[1] * (-0.25 * x[1]);
        double u = x[2] + 1.0;
        double c = u * 7.5 * u;
        double d = x[0] * x[1];
        d = 2.0 * d * d;
        return a + b + c + d + 1e-3 * x[2] * x[2] * x[2];
    }

    /// <summary>f = 3x₀² − x₁²/4 + 7.5(x₂ + 1)² + 2x₀²x₁² + x₂³/1000.</summary>
    public static double[] Gradient(double[] x) => new[]
    {
        6 * x[0] + 4 * x[0] * x[1] * x[1],
        -0.5 * x[1] + 4 * x[0] * x[0] * x[1],
        15 * (x[2] + 1) + 3e-3 * x[2] * x[2],
    };

    public static double[,] Hessian(double[] x) => new[,]
    {
        { 6 + 4 * x[1] * x[1], 8 * x[0] * x[1], 0 },
        { 8 * x[0] * x[1], -0.5 + 4 * x[0] * x[0], 0 },
        { 0, 0, 15 + 6e-3 * x[2] },
    };
}
