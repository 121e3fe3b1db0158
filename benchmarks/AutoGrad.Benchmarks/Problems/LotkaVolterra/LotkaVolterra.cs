using System;

namespace AutoGrad.Benchmarks.Problems.LotkaVolterra;

/// <summary>
/// Predator–prey dynamics x′ = αx − βxy, y′ = δxy − γy, integrated with classic fixed-step RK4.
/// The cost is the squared distance of the final state from a target, the shape of a parameter fit;
/// its gradient is taken with respect to the initial state (x₀, y₀) and the four rates.
/// </summary>
public static partial class LotkaVolterra
{
    public const double TargetPrey = 10;
    public const double TargetPredator = 5;

    [Differentiable]
    public static double FinalCost(
        double prey, double predator, double alpha, double beta, double delta, double gamma, [NoDerivative] double step, int steps)
    {
        double x = prey;
        double y = predator;
        for (int n = 0; n < steps; n++)
        {
            double k1x = alpha * x - beta * x * y;
            double k1y = delta * x * y - gamma * y;
            double x2 = x + 0.5 * step * k1x;
            double y2 = y + 0.5 * step * k1y;
            double k2x = alpha * x2 - beta * x2 * y2;
            double k2y = delta * x2 * y2 - gamma * y2;
            double x3 = x + 0.5 * step * k2x;
            double y3 = y + 0.5 * step * k2y;
            double k3x = alpha * x3 - beta * x3 * y3;
            double k3y = delta * x3 * y3 - gamma * y3;
            double x4 = x + step * k3x;
            double y4 = y + step * k3y;
            double k4x = alpha * x4 - beta * x4 * y4;
            double k4y = delta * x4 * y4 - gamma * y4;
            x += step / 6 * (k1x + 2 * k2x + 2 * k3x + k4x);
            y += step / 6 * (k1y + 2 * k2y + 2 * k3y + k4y);
        }
        return (x - TargetPrey) * (x - TargetPrey) + (y - TargetPredator) * (y - TargetPredator);
    }
}
