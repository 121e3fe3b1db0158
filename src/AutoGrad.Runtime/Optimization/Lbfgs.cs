using System;
using System.Threading;

namespace AutoGrad.Optimization;

/// <summary>
/// L-BFGS, the limited-memory quasi-Newton method (Nocedal and Wright, Numerical Optimization,
/// Algorithm 7.5): the search direction applies an inverse-Hessian estimate built from the last
/// <see cref="LbfgsOptions.HistorySize"/> steps, and a strong Wolfe line search picks the step. The
/// method to choose for smooth deterministic problems: it converges superlinearly near a minimum,
/// needs no learning rate, and costs O(HistorySize·n) per step besides the objective.
/// </summary>
/// <remarks>
/// <para>
/// The first direction is the negative gradient with a step of length 1 (or of 1/‖∇f‖ when the
/// gradient is large); later steps start at α = 1, which the Hessian estimate's scaling
/// <c>sᵀy / yᵀy</c> makes the natural step. A pair (s, y) is stored only when <c>sᵀy &gt; 0</c>, so the
/// estimate stays positive definite.
/// </para>
/// <para>
/// If the line search finds no step that lowers the value enough, the memory is dropped and the
/// search retried along the negative gradient; only if that fails too does the run stop, with
/// <see cref="StopReason.LineSearchFailed"/> (or <see cref="StopReason.NonFinite"/> when every trial
/// beyond the current point was NaN or infinite). A trial point with a NaN or infinite value is
/// treated as an overshoot and the step shortened, so the method can work near the edge of the
/// objective's domain.
/// </para>
/// </remarks>
public static class Lbfgs
{
    private const double Epsilon = 2.220446049250313e-16;

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
        LbfgsOptions? options = null,
        IProgress<OptimizationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new LbfgsOptions();
        var run = new OptimizerRun(objective, x0, options, progress);
        int n = x0.Length;
        double[] x = (double[])x0.Clone();
        double[] g = new double[n];
        double[] direction = new double[n];
        var memory = new LbfgsMemory(options.HistorySize, n);
        var lineSearch = new WolfeLineSearch(run, n, options.MaxLineSearchEvaluations);

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

            LineSearchOutcome outcome;
            while (true)
            {
                double slope = double.NaN, initialStep = 1;
                if (!memory.IsEmpty)
                {
                    memory.Direction(g, direction);
                    slope = Vectors.Dot(g, direction);
                }
                // Rounding can leave the quasi-Newton direction pointing uphill: fall back to the gradient.
                if (!(slope < 0))
                {
                    memory.Clear();
                    for (int i = 0; i < n; i++)
                    {
                        direction[i] = -g[i];
                    }
                    slope = -gradientNorm * gradientNorm;
                    initialStep = Math.Min(1, 1 / gradientNorm);
                }
                outcome = lineSearch.Search(x, f, direction, slope, initialStep);
                if (outcome is LineSearchOutcome.Wolfe or LineSearchOutcome.SufficientDecrease || memory.IsEmpty)
                {
                    break;
                }
                // The memory led the search astray; forget it and try the negative gradient once.
                memory.Clear();
            }

            if (outcome is LineSearchOutcome.NoDecrease or LineSearchOutcome.NonFinite)
            {
                StopReason reason = outcome is LineSearchOutcome.NonFinite ? StopReason.NonFinite : StopReason.LineSearchFailed;
                return run.Finish(x, f, g, gradientNorm, k - 1, reason);
            }

            memory.Push(x, g, lineSearch.Point, lineSearch.Gradient);
            lineSearch.Accept(ref x, ref g);
            double previous = f;
            f = lineSearch.Value;
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

    /// <summary>
    /// The last m pairs s = xₖ₊₁ − xₖ, y = ∇fₖ₊₁ − ∇fₖ in a ring, and the two-loop recursion that
    /// applies the inverse-Hessian estimate they define.
    /// </summary>
    private sealed class LbfgsMemory
    {
        // One slot more than the history, so a new pair can be written before deciding whether to
        // keep it without overwriting the oldest pair still in use.
        private readonly double[][] _s;
        private readonly double[][] _y;
        private readonly double[] _rho;
        private readonly double[] _alpha;
        private readonly int _capacity;
        private int _newest = -1;
        private int _count;
        private double _gamma = 1;

        public LbfgsMemory(int historySize, int dimension)
        {
            _capacity = historySize;
            int slots = historySize + 1;
            _s = new double[slots][];
            _y = new double[slots][];
            for (int i = 0; i < slots; i++)
            {
                _s[i] = new double[dimension];
                _y[i] = new double[dimension];
            }
            _rho = new double[slots];
            _alpha = new double[slots];
        }

        public bool IsEmpty => _count == 0;

        public void Clear() => _count = 0;

        public void Push(double[] x, double[] g, double[] xNext, double[] gNext)
        {
            int slot = (_newest + 1) % _s.Length;
            VectorMath.Subtract(xNext, x, _s[slot]);
            VectorMath.Subtract(gNext, g, _y[slot]);
            double sy = Vectors.Dot(_s[slot], _y[slot]);
            double yy = Vectors.Dot(_y[slot], _y[slot]);
            // Without positive curvature along s the update would break positive definiteness
            // (possible after a step that only met sufficient decrease); skip it.
            if (!(sy > Epsilon * yy) || !(yy > 0) || double.IsInfinity(yy))
            {
                return;
            }
            _rho[slot] = 1 / sy;
            _gamma = sy / yy;
            _newest = slot;
            _count = Math.Min(_count + 1, _capacity);
        }

        /// <summary>direction = −H·g by the two-loop recursion (Nocedal and Wright, Algorithm 7.4), with H₀ = γI.</summary>
        public void Direction(double[] g, double[] direction)
        {
            int slots = _s.Length;
            Array.Copy(g, direction, g.Length);
            for (int j = 0, i = _newest; j < _count; j++, i = (i - 1 + slots) % slots)
            {
                _alpha[i] = _rho[i] * Vectors.Dot(_s[i], direction);
                VectorMath.Step(direction, -_alpha[i], _y[i], direction);
            }
            for (int k = 0; k < direction.Length; k++)
            {
                direction[k] *= _gamma;
            }
            int oldest = (_newest - _count + 1 + slots) % slots;
            for (int j = 0, i = oldest; j < _count; j++, i = (i + 1) % slots)
            {
                double beta = _rho[i] * Vectors.Dot(_y[i], direction);
                VectorMath.Step(direction, _alpha[i] - beta, _s[i], direction);
            }
            for (int k = 0; k < direction.Length; k++)
            {
                direction[k] = -direction[k];
            }
        }
    }
}
