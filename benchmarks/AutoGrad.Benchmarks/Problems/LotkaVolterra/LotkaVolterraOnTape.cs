using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.LotkaVolterra;

/// <summary><see cref="LotkaVolterra.FinalCost"/> over <see cref="Var"/>, line for line.</summary>
public static class LotkaVolterraOnTape
{
    public static Var FinalCost(Var prey, Var predator, Var alpha, Var beta, Var delta, Var gamma, double step, int steps)
    {
        Var x = prey;
        Var y = predator;
        for (int n = 0; n < steps; n++)
        {
            Var k1x = alpha * x - beta * x * y;
            Var k1y = delta * x * y - gamma * y;
            Var x2 = x + 0.5 * step * k1x;
            Var y2 = y + 0.5 * step * k1y;
            Var k2x = alpha * x2 - beta * x2 * y2;
            Var k2y = delta * x2 * y2 - gamma * y2;
            Var x3 = x + 0.5 * step * k2x;
            Var y3 = y + 0.5 * step * k2y;
            Var k3x = alpha * x3 - beta * x3 * y3;
            Var k3y = delta * x3 * y3 - gamma * y3;
            Var x4 = x + step * k3x;
            Var y4 = y + step * k3y;
            Var k4x = alpha * x4 - beta * x4 * y4;
            Var k4y = delta * x4 * y4 - gamma * y4;
            x += step / 6 * (k1x + 2 * k2x + 2 * k3x + k4x);
            y += step / 6 * (k1y + 2 * k2y + 2 * k3y + k4y);
        }
        return (x - LotkaVolterra.TargetPrey) * (x - LotkaVolterra.TargetPrey)
            + (y - LotkaVolterra.TargetPredator) * (y - LotkaVolterra.TargetPredator);
    }
}
