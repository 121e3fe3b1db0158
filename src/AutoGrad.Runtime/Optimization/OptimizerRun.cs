using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace AutoGrad.Optimization;

// What every optimizer does around its own update rule: validate the start, call the objective
// (zeroing the gradient first, because generated adjoints add into it), count calls, record the
// trajectory, report progress, test convergence and package the result.
internal sealed class OptimizerRun
{
    private readonly ScalarAdjoint _objective;
    private readonly OptimizerOptions _options;
    private readonly IProgress<OptimizationProgress>? _progress;
    private readonly List<double>? _values;
    private readonly List<double>? _gradientNorms;
    private readonly List<double[]>? _points;

    public OptimizerRun(ScalarAdjoint objective, double[] x0, OptimizerOptions options, IProgress<OptimizationProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(options);
        CheckStart(x0);
        _objective = objective;
        _options = options;
        _progress = progress;
        if (options.RecordTrajectory || options.RecordPoints)
        {
            // Capped so a huge MaxIterations does not reserve memory a short run never uses.
            int capacity = Math.Min(options.MaxIterations, 4096) + 1;
            _values = new List<double>(capacity);
            _gradientNorms = new List<double>(capacity);
            _points = options.RecordPoints ? new List<double[]>(capacity) : null;
        }
    }

    public int Evaluations { get; private set; }

    public static void CheckStart(double[] x0)
    {
        ArgumentNullException.ThrowIfNull(x0);
        if (x0.Length == 0)
        {
            throw new ArgumentException("The start point x0 is empty; it needs at least one component.", nameof(x0));
        }
        for (int i = 0; i < x0.Length; i++)
        {
            if (!double.IsFinite(x0[i]))
            {
                throw new ArgumentException(
                    $"The start point must be finite, but x0[{i}] is {x0[i].ToString(CultureInfo.InvariantCulture)}.", nameof(x0));
            }
        }
    }

    /// <summary>Calls the objective at <paramref name="x"/>, writing the gradient into <paramref name="gradient"/>.</summary>
    public double Evaluate(double[] x, double[] gradient)
    {
        Array.Clear(gradient);
        Evaluations++;
        return _objective(x, gradient, 1.0);
    }

    /// <summary>
    /// Evaluates the start point and records it: the result if the run already ends there (a
    /// non-finite value or gradient, or a gradient already small enough), otherwise null.
    /// </summary>
    public OptimizationResult? Start(double[] x, double[] gradient, out double value, out double gradientNorm)
    {
        value = Evaluate(x, gradient);
        gradientNorm = Vectors.Norm2(gradient);
        if (!IsFinite(value, gradient))
        {
            return Finish(x, value, gradient, gradientNorm, 0, StopReason.NonFinite);
        }
        Record(0, value, gradientNorm, x);
        return GradientSmall(gradientNorm) ? Finish(x, value, gradient, gradientNorm, 0, StopReason.GradientConverged) : null;
    }

    public static bool IsFinite(double value, double[] gradient) => double.IsFinite(value) && VectorMath.AllFinite(gradient);

    /// <summary>Records point <paramref name="iteration"/> in the trajectory and reports it.</summary>
    public void Record(int iteration, double value, double gradientNorm, double[] x)
    {
        if (_values is not null)
        {
            _values.Add(value);
            _gradientNorms!.Add(gradientNorm);
            _points?.Add((double[])x.Clone());
        }
        var state = new OptimizationProgress(iteration, value, gradientNorm, Evaluations);
        _options.OnProgress?.Invoke(state);
        _progress?.Report(state);
    }

    public bool GradientSmall(double gradientNorm) => _options.GradientTolerance > 0 && gradientNorm <= _options.GradientTolerance;

    /// <summary>The convergence test after a step from a point with value <paramref name="previous"/>, or null to go on.</summary>
    public StopReason? TestConvergence(double previous, double current, double gradientNorm)
    {
        if (GradientSmall(gradientNorm))
        {
            return StopReason.GradientConverged;
        }
        double scale = Math.Max(1.0, Math.Max(Math.Abs(previous), Math.Abs(current)));
        if (_options.FunctionTolerance > 0 && Math.Abs(previous - current) <= _options.FunctionTolerance * scale)
        {
            return StopReason.FunctionChangeConverged;
        }
        return null;
    }

    public OptimizationResult Finish(double[] x, double value, double[] gradient, double gradientNorm, int iterations, StopReason reason)
    {
        OptimizationTrajectory? trajectory = _values is null ? null : new OptimizationTrajectory(_values.AsReadOnly(), _gradientNorms!.AsReadOnly(), _points?.AsReadOnly());
        return new OptimizationResult(
            (double[])x.Clone(), value, (double[])gradient.Clone(), gradientNorm, iterations, Evaluations, reason, trajectory)
        {
            Summary = Summarize(value, gradientNorm, iterations, reason),
        };
    }

    /// <summary>Why the run stopped, in words, with the numbers the test compared and what to change if it did not converge.</summary>
    private string Summarize(double value, double gradientNorm, int iterations, StopReason reason)
    {
        string where = Invariant($"after {iterations} iterations and {Evaluations} evaluations, at f = {value:G6} with |∇f| = {gradientNorm:E2}");
        return reason switch
        {
            StopReason.GradientConverged => Invariant($"Converged: |∇f| ≤ GradientTolerance ({_options.GradientTolerance:E1}) {where}."),
            StopReason.FunctionChangeConverged => Invariant($"Converged: the last step changed f by at most FunctionTolerance ({_options.FunctionTolerance:E1}) relative to max(1, |f|), {where}."),
            StopReason.MaxIterations => Invariant($"Not converged: stopped at MaxIterations ({_options.MaxIterations}) {where}, above GradientTolerance ({_options.GradientTolerance:E1}). To go further, {_options.Advice}."),
            StopReason.NonFinite => Invariant($"Not converged: the objective returned a NaN or infinite value or gradient; the result is the last finite point, {where}. A step left the function's domain or overflowed: lower the learning rate, or check the function there."),
            StopReason.Cancelled => Invariant($"Cancelled {where}."),
            _ => Invariant($"Not converged: no step along the search direction lowered f, {where}. Usually a minimum to within rounding (compare |∇f| with what you expect), or a gradient that does not match the function (check it with GradientCheck)."),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
