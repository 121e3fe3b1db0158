using System;

namespace AutoGrad.Samples.DerivativePlot;

public static partial class Activation
{
    /// <summary>The highest derivative the sample asks for; the companions below exist up to this order.</summary>
    public const int MaxOrder = 4;

    /// <summary>tanh, with forward-mode companions up to the fourth order.</summary>
    [Differentiable(Order = MaxOrder)]
    public static double Tanh(double x) => Math.Tanh(x);

    /// <summary>
    /// dⁿtanh/dxⁿ at x, n = 0..4, from the generated companion of order n: every direction is 1 and
    /// every mixed tangent 0, so reading <c>.Tangent</c> n times gives the n-th derivative.
    /// </summary>
    public static double Derivative(int order, double x) => order switch
    {
        0 => Tanh(x),
        1 => TanhTangent(x, xTangent: 1).Tangent,
        2 => TanhTangentTangent(x, xTangent2: 1, xTangent: 1, xTangentTangent: 0).Tangent.Tangent,
        3 => TanhTangentTangentTangent(x, xTangent3: 1, xTangent2: 1, xTangent: 1, xTangentTangent2: 0, xTangentTangent: 0)
            .Tangent.Tangent.Tangent,
        4 => TanhTangentTangentTangentTangent(x, xTangent4: 1, xTangent3: 1, xTangent2: 1, xTangent: 1,
            xTangentTangent3: 0, xTangentTangent2: 0, xTangentTangent: 0).Tangent.Tangent.Tangent.Tangent,
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, $"Only orders 0 to {MaxOrder} are generated."),
    };

    /// <summary>The n-th derivative, n = 1..4, by hand (t = tanh x, tanh′ = 1 − t²), to compare with <see cref="Derivative"/>.</summary>
    public static double ClosedFormDerivative(int order, double x)
    {
        double t = Math.Tanh(x), s = 1 - t * t;
        return order switch
        {
            1 => s,
            2 => -2 * t * s,
            3 => s * (6 * t * t - 2),
            4 => 8 * t * s * (2 - 3 * t * t),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, $"Closed forms are written out for orders 1 to {MaxOrder}."),
        };
    }
}
