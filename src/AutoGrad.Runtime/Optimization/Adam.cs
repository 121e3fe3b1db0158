using System;
using System.Threading;

namespace AutoGrad.Optimization;

/// <summary>
/// Adam (Kingma and Ba, 2015): a step per coordinate scaled by running means of the gradient and
/// of its square, with bias correction. Forgiving of badly scaled coordinates and noisy
/// gradients (minibatches), which is why neural networks are trained with it; with a fixed learning
/// rate it hovers within about the learning rate of a minimum rather than converging tightly.
/// </summary>
public static class Adam
{
    /// <summary>Minimizes <paramref name="objective"/> from <paramref name="x0"/>.</summary>
    /// <param name="objective">The function and its gradient, for example a generated <c>FAdjoint</c> method group.</param>
    /// <param name="x0">The start point (not modified).</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Told the state after every step, and at the start.</param>
    /// <param name="cancellationToken">Checked before every step; when signalled the run stops with <see cref="StopReason.Cancelled"/>.</param>
    /// <returns>The last accepted point and why the run stopped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> or <paramref name="x0"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="x0"/> is empty or not finite.</exception>
    public static OptimizationResult Minimize(
        ScalarAdjoint objective,
        double[] x0,
        AdamOptions? options = null,
        IProgress<OptimizationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new AdamOptions();
        var run = new OptimizerRun(objective, x0, options, progress);
        int n = x0.Length;
        double[] x = (double[])x0.Clone();
        double[] g = new double[n];
        double[] xNext = new double[n];
        double[] gNext = new double[n];
        double[] mean = new double[n];
        double[] meanSquare = new double[n];
        double rate = options.LearningRate, beta1 = options.Beta1, beta2 = options.Beta2, epsilon = options.Epsilon;
        double beta1Power = 1, beta2Power = 1;

        if (run.Start(x, g, out double f, out double gradientNorm) is OptimizationResult done)
        {
            return done;
        }

        for (int k = 1; ; k++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return run.Finish(x, f, g, gradientNorm, k - 1, StopReason.Cancelled);
            }
            beta1Power *= beta1;
            beta2Power *= beta2;
            double meanCorrection = 1 / (1 - beta1Power);
            double squareCorrection = 1 / (1 - beta2Power);
            for (int i = 0; i < n; i++)
            {
                mean[i] = beta1 * mean[i] + (1 - beta1) * g[i];
                meanSquare[i] = beta2 * meanSquare[i] + (1 - beta2) * g[i] * g[i];
                xNext[i] = x[i] - rate * (mean[i] * meanCorrection) / (Math.Sqrt(meanSquare[i] * squareCorrection) + epsilon);
            }

            double fNext = run.Evaluate(xNext, gNext);
            if (!OptimizerRun.IsFinite(fNext, gNext))
            {
                return run.Finish(x, f, g, gradientNorm, k - 1, StopReason.NonFinite);
            }
            VectorMath.Swap(ref x, ref xNext);
            VectorMath.Swap(ref g, ref gNext);
            double previous = f;
            f = fNext;
            gradientNorm = Vectors.Norm2(g);
            run.Record(k, f, gradientNorm, x);

            StopReason? stop = run.TestConvergence(previous, f, gradientNorm);
            if (stop is not null)
            {
                return run.Finish(x, f, g, gradientNorm, k, stop.Value);
            }
            if (k == options.MaxIterations)
            {
                return run.Finish(x, f, g, gradientNorm, k, StopReason.MaxIterations);
            }
        }
    }
}
