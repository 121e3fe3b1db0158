using System;
using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.Gmm;

/// <summary>
/// ADBench's GMM, by default at its d = 10, k = 25, n = 1,000 instance (1,650 parameters), on data
/// drawn as ADBench's generator (<c>data/gmm/gmm-data-gen.py</c>) draws them: α, icf and the points
/// standard normal, the means uniform in [0, 1), γ = 1, m = 0; fixed seeds, so every run sees the same
/// numbers. <see cref="GradientProblem.Point"/> and <see cref="GradientProblem.Gradient"/> hold α, then
/// the means row by row, then icf row by row.
/// </summary>
/// <remarks>
/// Every method first copies <see cref="GradientProblem.Point"/> into the three parameter arrays and
/// afterwards its gradient into <see cref="GradientProblem.Gradient"/>: 1,650 copies each way, nothing
/// next to the O(nkd²) objective, and the same for every method timed.
/// </remarks>
public sealed class GmmProblem : GradientProblem
{
    public const int AdBenchDimension = 10;
    public const int AdBenchComponents = 25;
    public const int AdBenchPoints = 1_000;

    private readonly double[,] _x;
    private readonly double _gamma;
    private readonly int _m;

    private readonly double[] _alphas;
    private readonly double[,] _means;
    private readonly double[,] _icf;
    private readonly double[] _alphasGradient;
    private readonly double[,] _meansGradient;
    private readonly double[,] _icfGradient;

    private readonly double[] _direction;
    private readonly double[] _alphasDirection;
    private readonly double[,] _meansDirection;
    private readonly double[,] _icfDirection;

    private readonly ReverseTape _tape = new();
    private readonly GaussianMixtureOnTape _onTape;
    private readonly Var[] _alphaVariables;
    private readonly Var[,] _meanVariables;
    private readonly Var[,] _icfVariables;

    public GmmProblem(int d = AdBenchDimension, int k = AdBenchComponents, int n = AdBenchPoints, double gamma = 1, int m = 0)
        : base(RandomParameters(d, k, new Random(31337)))
    {
        int icfSize = d * (d + 1) / 2;
        var random = new Random(7);
        _x = new double[n, d];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < d; j++)
            {
                _x[i, j] = StandardNormal(random);
            }
        }
        _gamma = gamma;
        _m = m;

        (_alphas, _means, _icf) = (new double[k], new double[k, d], new double[k, icfSize]);
        (_alphasGradient, _meansGradient, _icfGradient) = (new double[k], new double[k, d], new double[k, icfSize]);
        _direction = new double[Point.Length];
        (_alphasDirection, _meansDirection, _icfDirection) = (new double[k], new double[k, d], new double[k, icfSize]);
        _onTape = new GaussianMixtureOnTape(d, k);
        (_alphaVariables, _meanVariables, _icfVariables) = (new Var[k], new Var[k, d], new Var[k, icfSize]);
    }

    public override double HandWritten()
    {
        Split(Point, _alphas, _means, _icf);
        double value = GaussianMixtureByHand.Gradient(
            _alphas, _means, _icf, _x, _gamma, _m, _alphasGradient, _meansGradient, _icfGradient);
        Join(_alphasGradient, _meansGradient, _icfGradient, Gradient);
        return value;
    }

    public override double GeneratedAdjoint()
    {
        Split(Point, _alphas, _means, _icf);
        Array.Clear(_alphasGradient);
        Array.Clear(_meansGradient);
        Array.Clear(_icfGradient);
        double value = GaussianMixture.ObjectiveAdjoint(
            _alphas, _alphasGradient, _means, _meansGradient, _icf, _icfGradient, _x, _gamma, _m);
        Join(_alphasGradient, _meansGradient, _icfGradient, Gradient);
        return value;
    }

    /// <summary>One sweep per parameter: for the tests on small instances, not timed (1,650 sweeps at ADBench's size).</summary>
    public override double GeneratedTangent()
    {
        Split(Point, _alphas, _means, _icf);
        double value = 0;
        for (int p = 0; p < Point.Length; p++)
        {
            _direction[p] = 1;
            Split(_direction, _alphasDirection, _meansDirection, _icfDirection);
            (value, Gradient[p]) = GaussianMixture.ObjectiveTangent(
                _alphas, _alphasDirection, _means, _meansDirection, _icf, _icfDirection, _x, _gamma, _m);
            _direction[p] = 0;
        }
        return value;
    }

    public override double Tape()
    {
        _tape.Clear();
        for (int c = 0; c < _alphaVariables.Length; c++)
        {
            _alphaVariables[c] = _tape.Variable(Point[c]);
        }
        int p = Record(_meanVariables, _alphaVariables.Length);
        Record(_icfVariables, p);
        Var value = _onTape.Objective(_alphaVariables, _meanVariables, _icfVariables, _x, _gamma, _m);
        _tape.Backward(value);
        for (int c = 0; c < _alphaVariables.Length; c++)
        {
            Gradient[c] = _tape.Adjoint(_alphaVariables[c]);
        }
        p = ReadAdjoints(_meanVariables, _alphaVariables.Length);
        ReadAdjoints(_icfVariables, p);
        return value.Value;
    }

    protected override double Evaluate(double[] point)
    {
        Split(point, _alphas, _means, _icf);
        return GaussianMixture.Objective(_alphas, _means, _icf, _x, _gamma, _m);
    }

    /// <summary>α (k) standard normal, the means (k × d) uniform in [0, 1), icf (k × d(d + 1)/2) standard normal.</summary>
    private static double[] RandomParameters(int d, int k, Random random)
    {
        var point = new double[k + k * d + k * d * (d + 1) / 2];
        for (int p = 0; p < point.Length; p++)
        {
            point[p] = p >= k && p < k + k * d ? random.NextDouble() : StandardNormal(random);
        }
        return point;
    }

    /// <summary>Box–Muller; 1 − U keeps the logarithm's argument in (0, 1].</summary>
    private static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Makes each element a variable with the value at the next position of <see cref="GradientProblem.Point"/>, from <paramref name="p"/> on; returns the position after the last.</summary>
    private int Record(Var[,] variables, int p)
    {
        for (int c = 0; c < variables.GetLength(0); c++)
        {
            for (int j = 0; j < variables.GetLength(1); j++)
            {
                variables[c, j] = _tape.Variable(Point[p++]);
            }
        }
        return p;
    }

    /// <summary>Writes each element's adjoint at the next position of <see cref="GradientProblem.Gradient"/>, from <paramref name="p"/> on; returns the position after the last.</summary>
    private int ReadAdjoints(Var[,] variables, int p)
    {
        for (int c = 0; c < variables.GetLength(0); c++)
        {
            for (int j = 0; j < variables.GetLength(1); j++)
            {
                Gradient[p++] = _tape.Adjoint(variables[c, j]);
            }
        }
        return p;
    }

    /// <summary>Copies the packed layout into the three parameter-shaped arrays.</summary>
    private static void Split(double[] packed, double[] alphas, double[,] means, double[,] icf)
    {
        Array.Copy(packed, alphas, alphas.Length);
        Buffer.BlockCopy(packed, sizeof(double) * alphas.Length, means, 0, sizeof(double) * means.Length);
        Buffer.BlockCopy(packed, sizeof(double) * (alphas.Length + means.Length), icf, 0, sizeof(double) * icf.Length);
    }

    /// <summary>Copies the three parameter-shaped arrays into the packed layout.</summary>
    private static void Join(double[] alphas, double[,] means, double[,] icf, double[] packed)
    {
        Array.Copy(alphas, packed, alphas.Length);
        Buffer.BlockCopy(means, 0, packed, sizeof(double) * alphas.Length, sizeof(double) * means.Length);
        Buffer.BlockCopy(icf, 0, packed, sizeof(double) * (alphas.Length + means.Length), sizeof(double) * icf.Length);
    }
}
