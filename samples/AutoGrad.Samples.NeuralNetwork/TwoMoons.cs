using System;

namespace AutoGrad.Samples.NeuralNetwork;

/// <summary>
/// The two-moons data set: two interleaved half circles with Gaussian noise, label 0 for the upper
/// moon and 1 for the lower. Not linearly separable, so a network needs its hidden layers.
/// </summary>
public sealed class TwoMoons
{
    private TwoMoons(double[] xs, double[] ys, double[] labels)
    {
        Xs = xs;
        Ys = ys;
        Labels = labels;
    }

    public double[] Xs { get; }

    public double[] Ys { get; }

    public double[] Labels { get; }

    public int Count => Xs.Length;

    /// <summary>
    /// <paramref name="count"/> points, half per moon, with noise of standard deviation
    /// <paramref name="noise"/>, shifted so the data is centred near the origin.
    /// </summary>
    public static TwoMoons Generate(int count, double noise, int seed)
    {
        var random = new Random(seed);
        var xs = new double[count];
        var ys = new double[count];
        var labels = new double[count];
        for (int k = 0; k < count; k++)
        {
            double t = Math.PI * random.NextDouble();
            bool lower = k % 2 == 1;
            double x = lower ? 1 - Math.Cos(t) : Math.Cos(t);
            double y = lower ? 0.5 - Math.Sin(t) : Math.Sin(t);
            xs[k] = x + noise * Gaussian(random) - 0.5;
            ys[k] = y + noise * Gaussian(random) - 0.25;
            labels[k] = lower ? 1 : 0;
        }
        return new TwoMoons(xs, ys, labels);
    }

    /// <summary>A standard normal sample (Box–Muller).</summary>
    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
