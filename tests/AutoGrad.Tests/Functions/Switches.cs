using System;

namespace AutoGrad.Tests.Functions;

public enum Growth
{
    Linear,
    Quadratic,
    Cubic,
}

/// <summary>Branches written as switch statements and switch expressions.</summary>
public static partial class Switches
{
    /// <summary>A smoothed ReLU: 0 below −1, (x + 1)²/4 on [−1, 1), x from 1 on (continuous with its slope).</summary>
    [Differentiable(Order = 2)]
    public static double Activation(double x) => x switch
    {
        < -1.0 => 0.0,
        >= -1.0 and < 1.0 => 0.25 * (x + 1.0) * (x + 1.0),
        _ => x,
    };

    /// <summary>3·xᵈ for d = 0, 1 (or −1, the same), 2 by cases; any other degree by Math.Pow, returned from the default section.</summary>
    [Differentiable(Order = 2)]
    public static double Power(int degree, double x)
    {
        double y;
        switch (degree)
        {
            case 0:
                y = 1.0;
                break;
            case 1:
            case -1:
                y = x;
                break;
            case 2:
                y = x * x;
                break;
            default:
                return Math.Pow(x, degree);
        }
        return 3.0 * y;
    }

    /// <summary>x, x², x³ by an enum; a value outside the enum throws from the discard arm.</summary>
    [Differentiable(Order = 2)]
    public static double Grow(Growth growth, double x) => growth switch
    {
        Growth.Linear => x,
        Growth.Quadratic => x * x,
        Growth.Cubic => x * x * x,
        _ => throw new ArgumentOutOfRangeException(nameof(growth)),
    };

    /// <summary>
    /// A hinge on d = x − m, computed once: 0 for d ≤ 0, d² when the margin is wide (m &gt; 1, a when clause), else 2d.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double Hinge(double x, double m) => (x - m) switch
    {
        <= 0.0 => 0.0,
        _ when m > 1.0 => (x - m) * (x - m),
        _ => 2.0 * (x - m),
    };

    /// <summary>Relational and or patterns, when clauses and a default, each section ending in return.</summary>
    [Differentiable(Order = 2)]
    public static double Piecewise(double x, double a)
    {
        switch (x)
        {
            case < 0.0 when a > 0.0:
                return a * x;
            case < 0.0:
                return -x * a * a;
            case >= 0.0 and <= 1.0:
                return a * x * x;
            case > 5.0 or double.NaN:
                return a;
            default:
                return a * ((2.0 * x) - 1.0);
        }
    }

    /// <summary>
    /// A switch in a loop: each element clipped at 0 and 1 (the governing value computed once per element),
    /// with continue and a default section that holds its own loop and break.
    /// </summary>
    [Differentiable(Order = 2)]
    public static double ClippedSum(double[] xs, double scale)
    {
        double total = 0.0;
        for (int i = 0; i < xs.Length; i++)
        {
            switch (scale * xs[i])
            {
                case < 0.0:
                    continue;
                case > 1.0:
                    total += 1.0;
                    break;
                default:
                    for (int k = 0; k < 3; k++)
                    {
                        if (k == 2)
                        {
                            break;
                        }
                        total += scale * xs[i] * xs[i];
                    }
                    break;
            }
        }
        return total;
    }

    /// <summary>sin x, cos x or x² by k, every section returning; any other k reaches the throw after the switch.</summary>
    [Differentiable(Order = 2)]
    public static double Pick(int k, double x)
    {
        switch (k)
        {
            case 0:
                return Math.Sin(x);
            case 1:
                return Math.Cos(x);
            case 2 or 3:
                return x * x;
        }
        throw new ArgumentOutOfRangeException(nameof(k), k, "k must be 0 to 3");
    }

#pragma warning disable CS8509 // Not exhaustive on purpose: NaN matches no arm, and C# throws.
    /// <summary>|x| by two arms that leave NaN unmatched: F and its companions throw SwitchExpressionException.</summary>
    [Differentiable(Order = 2)]
    public static double Magnitude(double x) => x switch
    {
        < 0.0 => -x,
        >= 0.0 => x,
    };
#pragma warning restore CS8509
}
