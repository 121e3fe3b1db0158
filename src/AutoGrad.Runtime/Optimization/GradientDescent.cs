using System;
using System.Threading;

namespace AutoGrad.Optimization;

/// <summary>
/// Gradient descent with a fixed learning rate and optional heavy-ball or Nesterov momentum:
/// <c>v ← μ·v + ∇f(x)</c>, then <c>x ← x − η·v</c> (or <c>x ← x − η·(∇f(x) + μ·v)</c> with
/// Nesterov). The simplest method and a baseline; for smooth deterministic problems
/// <see cref="Lbfgs"/> is usually far faster.
/// </summary>
public static class GradientDescent
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
        GradientDescentOptions? options = null,
        IProgress<OptimizationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new GradientDescentOptions();
        var run = new OptimizerRun(objective, x0, options, progress);
        int n = x0.Length;
        double[] x = (double[])x0.Clone();
        double[] g = new double[n];
        double[] xNext = new double[n];
        double[] gNext = new double[n];
        double[] velocity = new double[n];
        double[] step = options.Momentum > 0 ? new double[n] : g;
        double rate = options.LearningRate;
        double mu = options.Momentum;

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
            if (mu > 0)
            {
                for (int i = 0; i < n; i++)
                {
                    velocity[i] = mu * velocity[i] + g[i];
                    step[i] = options.Nesterov ? g[i] + mu * velocity[i] : velocity[i];
                }
            }
            else
            {
                step = g;
            }
            VectorMath.Step(x, -rate, step, xNext);

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
