using System;
using System.Globalization;
using System.IO;
using AutoGrad.Optimization;

namespace AutoGrad.Samples.NeuralNetwork;

/// <summary>
/// Trains a 2-16-16-1 tanh network on two moons with Adam, using the gradient of the whole-batch
/// loss from the generated <c>Mlp.LossAdjoint</c>, and reports the accuracy on fresh test data.
/// </summary>
public static class Program
{
    /// <summary>The run fails below this test accuracy.</summary>
    public const double RequiredAccuracy = 0.9;

    public static int Main(string[] args) => Run(args, Console.Out);

    public static int Run(string[] args, TextWriter output)
    {
        SampleArguments arguments = SampleArguments.Parse(args, "neural-network");
        int trainCount = arguments.Quick ? 200 : 400;
        int epochs = arguments.Quick ? 300 : 1000;
        int reportEvery = arguments.Quick ? 50 : 100;
        TwoMoons train = TwoMoons.Generate(trainCount, noise: 0.2, seed: 1);
        TwoMoons test = TwoMoons.Generate(1000, noise: 0.2, seed: 2);
        double[] theta = InitialParameters(seed: 3);

        output.WriteLine(Invariant($"Two moons: {train.Count} training points, {test.Count} test points; MLP 2-{Mlp.Hidden}-{Mlp.Hidden}-1 (tanh), {Mlp.ParameterCount} parameters in one double[]"));
        double gradientError = CheckGradient(theta, train);
        output.WriteLine(Invariant($"Gradient of the loss from Mlp.LossAdjoint vs finite differences: worst relative error {gradientError:E1}"));
        output.WriteLine(Invariant($"Adam, learning rate 0.01, full batch (one step = one epoch), {epochs} epochs:"));

        // The data is fixed, so the objective captures it; the optimizer sees a function of θ alone.
        ScalarAdjoint loss = (p, gradient, seed) => Mlp.LossAdjoint(p, gradient, train.Xs, train.Ys, train.Labels, seed);
        // OnProgress runs on the optimizer's thread after every epoch, in order.
        var options = new AdamOptions
        {
            LearningRate = 0.01,
            MaxIterations = epochs,
            GradientTolerance = 1e-6,
            OnProgress = p =>
            {
                if (p.Iteration % reportEvery == 0)
                {
                    output.WriteLine(Invariant($"  epoch {p.Iteration,5}: loss {p.Value:F4}, |gradient| {p.GradientNorm:E2}"));
                }
            },
        };
        OptimizationResult result = Adam.Minimize(loss, theta, options);

        double trainAccuracy = Accuracy(result.Minimizer, train);
        double testAccuracy = Accuracy(result.Minimizer, test);
        output.WriteLine(Invariant($"Final: loss {result.Value:F4} after {result.Iterations} epochs ({result.StopReason}); accuracy {trainAccuracy:P1} on training data, {testAccuracy:P1} on test data"));
        if (testAccuracy < RequiredAccuracy || gradientError > 1e-6)
        {
            output.WriteLine(Invariant($"FAILED: expected test accuracy of at least {RequiredAccuracy:P0} and a gradient error below 1e-6"));
            return 1;
        }
        return 0;
    }

    /// <summary>Glorot-uniform weights, zero biases.</summary>
    private static double[] InitialParameters(int seed)
    {
        var random = new Random(seed);
        var theta = new double[Mlp.ParameterCount];
        void Fill(int offset, int count, int fanIn, int fanOut)
        {
            double limit = Math.Sqrt(6.0 / (fanIn + fanOut));
            for (int i = 0; i < count; i++)
            {
                theta[offset + i] = limit * (2 * random.NextDouble() - 1);
            }
        }
        Fill(Mlp.W1, Mlp.Hidden * Mlp.Inputs, Mlp.Inputs, Mlp.Hidden);
        Fill(Mlp.W2, Mlp.Hidden * Mlp.Hidden, Mlp.Hidden, Mlp.Hidden);
        Fill(Mlp.W3, Mlp.Hidden, Mlp.Hidden, 1);
        return theta;
    }

    /// <summary>The worst relative error of the generated gradient against finite differences, on a few points.</summary>
    private static double CheckGradient(double[] theta, TwoMoons data)
    {
        double[] xs = data.Xs[..8], ys = data.Ys[..8], labels = data.Labels[..8];
        GradientCheckReport report = GradientCheck.Gradient(
            p => Mlp.Loss(p, xs, ys, labels),
            p =>
            {
                var gradient = new double[p.Length];
                Mlp.LossAdjoint(p, gradient, xs, ys, labels);
                return gradient;
            },
            theta);
        return report.MaxRelativeError;
    }

    public static double Accuracy(double[] theta, TwoMoons data)
    {
        int correct = 0;
        for (int k = 0; k < data.Count; k++)
        {
            double predicted = Mlp.Logit(theta, data.Xs[k], data.Ys[k]) > 0 ? 1 : 0;
            if (predicted == data.Labels[k])
            {
                correct++;
            }
        }
        return (double)correct / data.Count;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
