using System;

namespace AutoGrad.Benchmarks.Problems;

/// <summary>
/// One problem at one size, with every way of computing its gradient. Each way returns the value and
/// overwrites <see cref="Gradient"/>; the benchmarks time these methods and the tests compare their
/// results, so what is timed is what is checked.
/// </summary>
public abstract class GradientProblem
{
    private readonly double[] _perturbed;

    /// <param name="point">Where to differentiate: every differentiable input, packed in one array.</param>
    protected GradientProblem(double[] point)
    {
        Point = point;
        Gradient = new double[point.Length];
        _perturbed = (double[])point.Clone();
    }

    /// <summary>The differentiable inputs, in the order of <see cref="Gradient"/>.</summary>
    public double[] Point { get; }

    /// <summary>The result of the last gradient computation, one entry per element of <see cref="Point"/>.</summary>
    public double[] Gradient { get; }

    /// <summary>The function alone.</summary>
    public double Primal() => Evaluate(Point);

    /// <summary>The gradient derived and written by hand: the reference for speed and for correctness.</summary>
    public abstract double HandWritten();

    /// <summary>The gradient from one call of the generated Adjoint companion.</summary>
    public abstract double GeneratedAdjoint();

    /// <summary>The gradient from one generated Tangent call per input (forward mode, one direction each).</summary>
    public abstract double GeneratedTangent();

    /// <summary>The gradient from the operator-overloading tape.</summary>
    public abstract double Tape();

    /// <summary>Central differences for every input: two evaluations each.</summary>
    public void FiniteDifferences()
    {
        for (int i = 0; i < Point.Length; i++)
        {
            Gradient[i] = FiniteDifference(i);
        }
    }

    /// <summary>∂f/∂(input i) by a central difference, with the step that balances truncation and rounding.</summary>
    public double FiniteDifference(int i)
    {
        double[] x = _perturbed;
        double xi = Point[i];
        double step = 6.0554544523933395e-6 * Math.Max(1, Math.Abs(xi));   // ∛ε
        x[i] = xi + step;
        double above = Evaluate(x);
        double upper = x[i];
        x[i] = xi - step;
        double below = Evaluate(x);
        double lower = x[i];
        x[i] = xi;
        // Divide by the distance actually stepped, which rounding may have changed.
        return (above - below) / (upper - lower);
    }

    /// <summary>The function at <paramref name="point"/> (laid out as <see cref="Point"/>).</summary>
    protected abstract double Evaluate(double[] point);
}
