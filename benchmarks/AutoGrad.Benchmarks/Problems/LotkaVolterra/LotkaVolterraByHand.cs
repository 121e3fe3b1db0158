using System;
using System.Buffers;

namespace AutoGrad.Benchmarks.Problems.LotkaVolterra;

/// <summary>
/// The discrete adjoint of <see cref="LotkaVolterra.FinalCost"/>, derived by hand. The forward sweep
/// keeps only the state at the start of each step (16 bytes per step, in a pooled buffer); the reverse
/// sweep recomputes that step's three inner stages from it and runs the RK4 stages backwards.
/// </summary>
/// <remarks>
/// Each stage k = f(s) with f(s) = (αx − βxy, δxy − γy) and adjoint k̄ = (u, v) adds the transposed
/// Jacobian J(s)ᵀk̄ = ((α − βy)u + δy·v, −βx·u + (δx − γ)v) to the state adjoint (through s = sₙ + c·k
/// also to the previous stage's k̄), and ᾱ += x·u, β̄ −= xy·u, δ̄ += xy·v, γ̄ −= y·v.
/// </remarks>
public static class LotkaVolterraByHand
{
    /// <summary>The cost; the gradient is written as (∂/∂x₀, ∂/∂y₀, ∂/∂α, ∂/∂β, ∂/∂δ, ∂/∂γ).</summary>
    public static double Gradient(
        double prey, double predator, double alpha, double beta, double delta, double gamma, double step, int steps, double[] gradient)
    {
        double[] states = ArrayPool<double>.Shared.Rent(2 * steps);
        try
        {
            double x = prey, y = predator;
            for (int n = 0; n < steps; n++)
            {
                states[2 * n] = x;
                states[2 * n + 1] = y;
                double k1x = alpha * x - beta * x * y, k1y = delta * x * y - gamma * y;
                double x2 = x + 0.5 * step * k1x, y2 = y + 0.5 * step * k1y;
                double k2x = alpha * x2 - beta * x2 * y2, k2y = delta * x2 * y2 - gamma * y2;
                double x3 = x + 0.5 * step * k2x, y3 = y + 0.5 * step * k2y;
                double k3x = alpha * x3 - beta * x3 * y3, k3y = delta * x3 * y3 - gamma * y3;
                double x4 = x + step * k3x, y4 = y + step * k3y;
                double k4x = alpha * x4 - beta * x4 * y4, k4y = delta * x4 * y4 - gamma * y4;
                x += step / 6 * (k1x + 2 * k2x + 2 * k3x + k4x);
                y += step / 6 * (k1y + 2 * k2y + 2 * k3y + k4y);
            }
            double cost = (x - LotkaVolterra.TargetPrey) * (x - LotkaVolterra.TargetPrey)
                + (y - LotkaVolterra.TargetPredator) * (y - LotkaVolterra.TargetPredator);

            double xBar = 2 * (x - LotkaVolterra.TargetPrey), yBar = 2 * (y - LotkaVolterra.TargetPredator);
            double alphaBar = 0, betaBar = 0, deltaBar = 0, gammaBar = 0;
            for (int n = steps - 1; n >= 0; n--)
            {
                // Recompute the stages this step's backward pass reads.
                x = states[2 * n];
                y = states[2 * n + 1];
                double k1x = alpha * x - beta * x * y, k1y = delta * x * y - gamma * y;
                double x2 = x + 0.5 * step * k1x, y2 = y + 0.5 * step * k1y;
                double k2x = alpha * x2 - beta * x2 * y2, k2y = delta * x2 * y2 - gamma * y2;
                double x3 = x + 0.5 * step * k2x, y3 = y + 0.5 * step * k2y;
                double k3x = alpha * x3 - beta * x3 * y3, k3y = delta * x3 * y3 - gamma * y3;
                double x4 = x + step * k3x, y4 = y + step * k3y;

                // s' = s + h/6·(k1 + 2k2 + 2k3 + k4): the state passes its adjoint straight through.
                double k4xBar = step / 6 * xBar, k4yBar = step / 6 * yBar;
                double k3xBar = 2 * k4xBar, k3yBar = 2 * k4yBar;
                double k2xBar = k3xBar, k2yBar = k3yBar;
                double k1xBar = k4xBar, k1yBar = k4yBar;

                // k4 = f(s4), s4 = s + h·k3.
                {
                    double uxBar = (alpha - beta * y4) * k4xBar + delta * y4 * k4yBar;
                    double uyBar = -beta * x4 * k4xBar + (delta * x4 - gamma) * k4yBar;
                    alphaBar += x4 * k4xBar;
                    betaBar -= x4 * y4 * k4xBar;
                    deltaBar += x4 * y4 * k4yBar;
                    gammaBar -= y4 * k4yBar;
                    xBar += uxBar;
                    yBar += uyBar;
                    k3xBar += step * uxBar;
                    k3yBar += step * uyBar;
                }

                // k3 = f(s3), s3 = s + h/2·k2.
                {
                    double uxBar = (alpha - beta * y3) * k3xBar + delta * y3 * k3yBar;
                    double uyBar = -beta * x3 * k3xBar + (delta * x3 - gamma) * k3yBar;
                    alphaBar += x3 * k3xBar;
                    betaBar -= x3 * y3 * k3xBar;
                    deltaBar += x3 * y3 * k3yBar;
                    gammaBar -= y3 * k3yBar;
                    xBar += uxBar;
                    yBar += uyBar;
                    k2xBar += 0.5 * step * uxBar;
                    k2yBar += 0.5 * step * uyBar;
                }

                // k2 = f(s2), s2 = s + h/2·k1.
                {
                    double uxBar = (alpha - beta * y2) * k2xBar + delta * y2 * k2yBar;
                    double uyBar = -beta * x2 * k2xBar + (delta * x2 - gamma) * k2yBar;
                    alphaBar += x2 * k2xBar;
                    betaBar -= x2 * y2 * k2xBar;
                    deltaBar += x2 * y2 * k2yBar;
                    gammaBar -= y2 * k2yBar;
                    xBar += uxBar;
                    yBar += uyBar;
                    k1xBar += 0.5 * step * uxBar;
                    k1yBar += 0.5 * step * uyBar;
                }

                // k1 = f(s).
                {
                    double uxBar = (alpha - beta * y) * k1xBar + delta * y * k1yBar;
                    double uyBar = -beta * x * k1xBar + (delta * x - gamma) * k1yBar;
                    alphaBar += x * k1xBar;
                    betaBar -= x * y * k1xBar;
                    deltaBar += x * y * k1yBar;
                    gammaBar -= y * k1yBar;
                    xBar += uxBar;
                    yBar += uyBar;
                }
            }

            gradient[0] = xBar;
            gradient[1] = yBar;
            gradient[2] = alphaBar;
            gradient[3] = betaBar;
            gradient[4] = deltaBar;
            gradient[5] = gammaBar;
            return cost;

        }
        finally
        {
            ArrayPool<double>.Shared.Return(states);
        }
    }
}
