using System;
using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.Rosenbrock;

/// <summary>Extended Rosenbrock in n variables, at the classic start (−1.2, 1, −1.2, 1, …).</summary>
public sealed class RosenbrockProblem : GradientProblem
{
    private readonly double[] _direction;
    private readonly ReverseTape _tape = new();
    private readonly Var[] _variables;

    public RosenbrockProblem(int n)
        : base(StartingPoint(n))
    {
        _direction = new double[n];
        _variables = new Var[n];
    }

    public override double HandWritten() => ExtendedRosenbrock.HandWrittenGradient(Point, Gradient);

    /// <summary>The hand-written gradient under the Adjoint's contract, cleared first as <see cref="GeneratedAdjoint"/> is.</summary>
    public double HandWrittenAccumulating()
    {
        Array.Clear(Gradient);
        return ExtendedRosenbrock.HandWrittenAccumulatingGradient(Point, Gradient);
    }

    public override double GeneratedAdjoint()
    {
        Array.Clear(Gradient);
        return ExtendedRosenbrock.ValueAdjoint(Point, Gradient);
    }

    public override double GeneratedTangent()
    {
        double value = 0;
        for (int i = 0; i < Point.Length; i++)
        {
            _direction[i] = 1;
            (value, Gradient[i]) = ExtendedRosenbrock.ValueTangent(Point, _direction);
            _direction[i] = 0;
        }
        return value;
    }

    public override double Tape()
    {
        _tape.Clear();
        for (int i = 0; i < Point.Length; i++)
        {
            _variables[i] = _tape.Variable(Point[i]);
        }
        Var result = ExtendedRosenbrock.OnTape(_variables);
        _tape.Backward(result);
        for (int i = 0; i < Point.Length; i++)
        {
            Gradient[i] = _tape.Adjoint(_variables[i]);
        }
        return result.Value;
    }

    protected override double Evaluate(double[] point) => ExtendedRosenbrock.Value(point);

    private static double[] StartingPoint(int n)
    {
        if (n % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "Extended Rosenbrock needs an even number of variables.");
        }
        var x = new double[n];
        for (int i = 0; i < n; i += 2)
        {
            x[i] = -1.2;
            x[i + 1] = 1;
        }
        return x;
    }
}
