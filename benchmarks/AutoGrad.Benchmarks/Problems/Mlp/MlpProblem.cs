using System;
using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.Mlp;

/// <summary>
/// The classifier's loss on a batch of 64 random samples (features uniform in [−1, 1], random labels),
/// at random weights scaled by 1/√fan-in; fixed seeds, so every run sees the same numbers.
/// </summary>
public sealed class MlpProblem : GradientProblem
{
    public const int Batch = 64;

    private readonly double[] _inputs;
    private readonly int[] _labels;
    private readonly ReverseTape _tape = new();
    private readonly Var[] _theta = new Var[Classifier.ParameterCount];
    private readonly Var[] _hidden = new Var[Classifier.Hidden];
    private readonly Var[] _logits = new Var[Classifier.Classes];

    public MlpProblem()
        : base(InitialWeights(new Random(7)))
    {
        var random = new Random(11);
        _inputs = new double[Batch * Classifier.Features];
        for (int i = 0; i < _inputs.Length; i++)
        {
            _inputs[i] = 2 * random.NextDouble() - 1;
        }
        _labels = new int[Batch];
        for (int s = 0; s < Batch; s++)
        {
            _labels[s] = random.Next(Classifier.Classes);
        }
    }

    public override double HandWritten() => ClassifierByHand.Gradient(Point, _inputs, _labels, Gradient);

    public override double GeneratedAdjoint()
    {
        Array.Clear(Gradient);
        return Classifier.LossAdjoint(Point, Gradient, _inputs, _labels);
    }

    /// <summary>Not offered: forward mode would take one sweep for each of the 14,218 parameters.</summary>
    public override double GeneratedTangent() =>
        throw new NotSupportedException("Forward mode needs one sweep per parameter: 14,218 sweeps for this gradient.");

    public override double Tape()
    {
        _tape.Clear();
        for (int i = 0; i < _theta.Length; i++)
        {
            _theta[i] = _tape.Variable(Point[i]);
        }
        Var loss = ClassifierOnTape.Loss(_theta, _inputs, _labels, _hidden, _logits);
        _tape.Backward(loss);
        for (int i = 0; i < _theta.Length; i++)
        {
            Gradient[i] = _tape.Adjoint(_theta[i]);
        }
        return loss.Value;
    }

    protected override double Evaluate(double[] point) => Classifier.Loss(point, _inputs, _labels);

    private static double[] InitialWeights(Random random)
    {
        var theta = new double[Classifier.ParameterCount];
        Fill(theta, Classifier.W1, Classifier.Hidden * Classifier.Features, 1 / Math.Sqrt(Classifier.Features), random);
        Fill(theta, Classifier.W2, Classifier.Classes * Classifier.Hidden, 1 / Math.Sqrt(Classifier.Hidden), random);
        Fill(theta, Classifier.B1, Classifier.Hidden, 0.1, random);
        Fill(theta, Classifier.B2, Classifier.Classes, 0.1, random);
        return theta;
    }

    private static void Fill(double[] theta, int offset, int count, double scale, Random random)
    {
        for (int i = offset; i < offset + count; i++)
        {
            theta[i] = scale * (2 * random.NextDouble() - 1);
        }
    }
}
