using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.LotkaVolterra;

/// <summary>
/// Ten time units of predator–prey dynamics in 10,000 RK4 steps, from (x₀, y₀) = (10, 5) with
/// α = 1.5, β = 1, δ = 1, γ = 3. <see cref="GradientProblem.Gradient"/> holds the partials with
/// respect to x₀, y₀, α, β, δ, γ in that order.
/// </summary>
public sealed class LotkaVolterraProblem : GradientProblem
{
    public const int DefaultSteps = 10_000;

    private readonly ReverseTape _tape = new();
    private readonly int _steps;
    private readonly double _step;

    public LotkaVolterraProblem(int steps = DefaultSteps)
        : base(new[] { 10.0, 5.0, 1.5, 1.0, 1.0, 3.0 })
    {
        _steps = steps;
        _step = 10.0 / steps;
    }

    public int Steps => _steps;

    public override double HandWritten() =>
        LotkaVolterraByHand.Gradient(Point[0], Point[1], Point[2], Point[3], Point[4], Point[5], _step, _steps, Gradient);

    public override double GeneratedAdjoint()
    {
        double prey = 0, predator = 0, alpha = 0, beta = 0, delta = 0, gamma = 0;
        double cost = LotkaVolterra.FinalCostAdjoint(
            Point[0], ref prey, Point[1], ref predator, Point[2], ref alpha, Point[3], ref beta,
            Point[4], ref delta, Point[5], ref gamma, _step, _steps);
        Gradient[0] = prey;
        Gradient[1] = predator;
        Gradient[2] = alpha;
        Gradient[3] = beta;
        Gradient[4] = delta;
        Gradient[5] = gamma;
        return cost;
    }

    public override double GeneratedTangent()
    {
        double cost = 0;
        for (int i = 0; i < Point.Length; i++)
        {
            (cost, Gradient[i]) = LotkaVolterra.FinalCostTangent(
                Point[0], Unit(i, 0), Point[1], Unit(i, 1), Point[2], Unit(i, 2), Point[3], Unit(i, 3),
                Point[4], Unit(i, 4), Point[5], Unit(i, 5), _step, _steps);
        }
        return cost;
    }

    public override double Tape()
    {
        _tape.Clear();
        Var prey = _tape.Variable(Point[0]), predator = _tape.Variable(Point[1]);
        Var alpha = _tape.Variable(Point[2]), beta = _tape.Variable(Point[3]);
        Var delta = _tape.Variable(Point[4]), gamma = _tape.Variable(Point[5]);
        Var cost = LotkaVolterraOnTape.FinalCost(prey, predator, alpha, beta, delta, gamma, _step, _steps);
        _tape.Backward(cost);
        Gradient[0] = _tape.Adjoint(prey);
        Gradient[1] = _tape.Adjoint(predator);
        Gradient[2] = _tape.Adjoint(alpha);
        Gradient[3] = _tape.Adjoint(beta);
        Gradient[4] = _tape.Adjoint(delta);
        Gradient[5] = _tape.Adjoint(gamma);
        return cost.Value;
    }

    /// <summary>Operations the tape records per RK4 step, measured by running one and ten steps.</summary>
    public static int TapeNodesPerStep()
    {
        var tape = new ReverseTape();
        int Nodes(int steps)
        {
            tape.Clear();
            LotkaVolterraOnTape.FinalCost(tape.Variable(10), tape.Variable(5), tape.Variable(1.5), tape.Variable(1), tape.Variable(1), tape.Variable(3), 0.001, steps);
            return tape.Count;
        }
        return (Nodes(11) - Nodes(1)) / 10;
    }

    protected override double Evaluate(double[] point) =>
        LotkaVolterra.FinalCost(point[0], point[1], point[2], point[3], point[4], point[5], _step, _steps);

    private static double Unit(int direction, int input) => direction == input ? 1 : 0;
}
