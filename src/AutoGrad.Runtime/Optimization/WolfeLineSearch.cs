using System;

namespace AutoGrad.Optimization;

/// <summary>
/// A line search for a step length α along a descent direction d satisfying the strong Wolfe
/// conditions, φ(α) ≤ φ(0) + c₁·α·φ′(0) and |φ′(α)| ≤ c₂·|φ′(0)| with φ(α) = f(x + α·d): Nocedal and
/// Wright, Numerical Optimization (2nd ed.), Algorithms 3.5 (bracketing) and 3.6 (zoom), with
/// safeguarded cubic interpolation.
/// </summary>
/// <remarks>
/// Both phases are one loop over a bracket [lo, hi]: lo is the best step so far that satisfies
/// sufficient decrease (0, the start, at first) and hi, once known, a step beyond which a minimizer
/// of φ that satisfies the conditions must lie. A trial with a NaN or infinite value or gradient is
/// taken as an overshoot (a new hi), so a search that strays out of the objective's domain backs
/// off instead of failing. Near a minimum, where f is flat to within rounding, a step is also taken
/// if its value is within 1e-12 relative of f(x) and its slope shows it reached the minimizer along
/// the line (|φ′(α)| ≤ 0.8·|φ′(0)|), since values there can no longer rank points. All buffers are
/// allocated once, with the search.
/// </remarks>
internal sealed class WolfeLineSearch
{
    private const double SufficientDecrease = 1e-4;
    private const double Curvature = 0.9;
    private const double Expansion = 2.0;
    // Interpolated trials keep this fraction of the bracket from each end, so a bracket shrinks by
    // at least 10% per trial even when the interpolant is poor.
    private const double Margin = 0.1;
    private const double Epsilon = 2.220446049250313e-16;
    // Near a minimum, rounding makes f(x) noisy at about 1e-14 relative, and a lucky low value at
    // x can make every step look like an increase. Values are then useless but gradients are not:
    // a step within this relative noise band of f(x) is taken if the slope shows it reached the
    // minimizer along the line (Hager and Zhang's approximate Wolfe conditions, 2005).
    private const double NoiseBand = 1e-12;
    private const double ApproximateCurvature = 0.8;

    private readonly OptimizerRun _run;
    private readonly int _maxEvaluations;
    private double[] _trialPoint;
    private double[] _trialGradient;
    private double[] _lowPoint;
    private double[] _lowGradient;
    private bool _resultIsTrial;

    public WolfeLineSearch(OptimizerRun run, int dimension, int maxEvaluations)
    {
        _run = run;
        _maxEvaluations = maxEvaluations;
        _trialPoint = new double[dimension];
        _trialGradient = new double[dimension];
        _lowPoint = new double[dimension];
        _lowGradient = new double[dimension];
    }

    /// <summary>The accepted point, after a search that took a step.</summary>
    public double[] Point => _resultIsTrial ? _trialPoint : _lowPoint;

    /// <summary>The gradient at <see cref="Point"/>.</summary>
    public double[] Gradient => _resultIsTrial ? _trialGradient : _lowGradient;

    /// <summary>The objective at <see cref="Point"/>.</summary>
    public double Value { get; private set; }

    /// <summary>
    /// Searches along <paramref name="direction"/> from <paramref name="x"/>, where the value is
    /// <paramref name="value"/> and the slope φ′(0) = ∇f·d is <paramref name="slope"/> (negative).
    /// </summary>
    public LineSearchOutcome Search(double[] x, double value, double[] direction, double slope, double initialStep)
    {
        double directionSize = Vectors.NormInf(direction);
        double pointSize = Vectors.NormInf(x);
        bool sawNonFinite = false;

        double low = 0, lowValue = value, lowSlope = slope;
        double high = double.NaN, highValue = double.NaN, highSlope = double.NaN;
        bool bracketed = false;
        double step = initialStep;

        for (int evaluation = 0; evaluation < _maxEvaluations; evaluation++)
        {
            VectorMath.Step(x, step, direction, _trialPoint);
            double trialValue = _run.Evaluate(_trialPoint, _trialGradient);
            if (!OptimizerRun.IsFinite(trialValue, _trialGradient))
            {
                sawNonFinite = true;
                (high, highValue, highSlope, bracketed) = (step, double.PositiveInfinity, double.NaN, true);
            }
            else
            {
                double trialSlope = Vectors.Dot(_trialGradient, direction);
                if (trialValue > value + SufficientDecrease * step * slope || trialValue >= lowValue)
                {
                    if (trialValue <= value + NoiseBand * Math.Abs(value) && Math.Abs(trialSlope) <= -ApproximateCurvature * slope)
                    {
                        _resultIsTrial = true;
                        Value = trialValue;
                        return LineSearchOutcome.Wolfe;
                    }
                    (high, highValue, highSlope, bracketed) = (step, trialValue, trialSlope, true);
                }
                else
                {
                    if (Math.Abs(trialSlope) <= -Curvature * slope)
                    {
                        _resultIsTrial = true;
                        Value = trialValue;
                        return LineSearchOutcome.Wolfe;
                    }
                    // The trial is the new lo. If φ rises from it towards hi (or, before a bracket
                    // is known, rises beyond it), the old lo bounds the minimizer on the other side.
                    if (bracketed ? trialSlope * (high - step) >= 0 : trialSlope >= 0)
                    {
                        (high, highValue, highSlope, bracketed) = (low, lowValue, lowSlope, true);
                    }
                    (low, lowValue, lowSlope) = (step, trialValue, trialSlope);
                    VectorMath.Swap(ref _trialPoint, ref _lowPoint);
                    VectorMath.Swap(ref _trialGradient, ref _lowGradient);
                }
            }

            if (!bracketed)
            {
                step *= Expansion;
                continue;
            }
            // A bracket narrower than the spacing of doubles around x cannot give a new point.
            if (Math.Abs(high - low) * directionSize <= Epsilon * pointSize)
            {
                break;
            }
            step = Interpolate(low, lowValue, lowSlope, high, highValue, highSlope);
        }

        if (low > 0)
        {
            _resultIsTrial = false;
            Value = lowValue;
            return LineSearchOutcome.SufficientDecrease;
        }
        return sawNonFinite ? LineSearchOutcome.NonFinite : LineSearchOutcome.NoDecrease;
    }

    /// <summary>
    /// The minimizer of the cubic through both ends' values and slopes (Nocedal and Wright, eq. 3.59),
    /// kept <see cref="Margin"/> of the bracket away from its ends; bisection when the cubic has no
    /// minimizer there or an end is not finite.
    /// </summary>
    private static double Interpolate(double a, double fa, double da, double b, double fb, double db)
    {
        double left = Math.Min(a, b), right = Math.Max(a, b);
        double width = right - left;
        double midpoint = left + 0.5 * width;
        if (!double.IsFinite(fb) || !double.IsFinite(db))
        {
            return midpoint;
        }
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double discriminant = d1 * d1 - da * db;
        if (!(discriminant >= 0))
        {
            return midpoint;
        }
        double d2 = Math.Sign(b - a) * Math.Sqrt(discriminant);
        double candidate = b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
        if (!double.IsFinite(candidate))
        {
            return midpoint;
        }
        return Math.Clamp(candidate, left + Margin * width, right - Margin * width);
    }

    /// <summary>Swaps the accepted point and gradient into the caller's arrays, taking theirs as buffers.</summary>
    public void Accept(ref double[] x, ref double[] gradient)
    {
        if (_resultIsTrial)
        {
            VectorMath.Swap(ref x, ref _trialPoint);
            VectorMath.Swap(ref gradient, ref _trialGradient);
        }
        else
        {
            VectorMath.Swap(ref x, ref _lowPoint);
            VectorMath.Swap(ref gradient, ref _lowGradient);
        }
    }
}
