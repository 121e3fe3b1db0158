using System;
using System.Collections.Generic;

namespace AutoGrad;

/// <summary>
/// Settings for <see cref="GradientCheck"/>. The defaults suit smooth functions of well-scaled
/// variables; create a changed copy with a <c>with</c> expression, for example
/// <c>GradientCheckOptions.Default with { Tolerance = 1e-4 }</c>.
/// </summary>
public sealed record GradientCheckOptions
{
    private double _tolerance = 1e-6;
    private double _stepScale = Math.Cbrt(MachineEpsilon);
    private IReadOnlyList<string>? _names;

    /// <summary>
    /// The spacing between 1.0 and the next larger <see cref="double"/>, 2<sup>-52</sup>
    /// (about 2.2e-16). Not to be confused with <see cref="double.Epsilon"/>, the smallest
    /// positive subnormal.
    /// </summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>The default settings.</summary>
    public static GradientCheckOptions Default { get; } = new();

    /// <summary>
    /// The largest relative error (see <see cref="GradientCheckEntry.RelativeError"/>) a
    /// component may have and still pass. Default 1e-6. The numeric derivative of a smooth,
    /// well-scaled function is typically accurate to about 1e-10, while a wrong derivative is
    /// usually off by far more than 1e-6. Must be positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive, or is NaN.</exception>
    public double Tolerance
    {
        get => _tolerance;
        init
        {
            if (!(value > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(Tolerance), value, "The tolerance must be positive.");
            }
            _tolerance = value;
        }
    }

    /// <summary>
    /// The relative step: component <c>i</c> is perturbed by
    /// <c>h = StepScale * max(1, |x[i]|)</c>. Default <c>cbrt(MachineEpsilon)</c> (about
    /// 6.06e-6), which balances the truncation error (proportional to h²) against the rounding
    /// error (proportional to ε/h) of a central difference. Must be positive and finite.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double StepScale
    {
        get => _stepScale;
        init
        {
            if (!(value > 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(StepScale), value, "The step scale must be positive and finite.");
            }
            _stepScale = value;
        }
    }

    /// <summary>
    /// Whether to refine each central difference by one step of Richardson extrapolation
    /// (default <see langword="true"/>). With it, the numeric derivative is
    /// <c>(4·D(h/2) − D(h)) / 3</c>, where <c>D(s) = (f(x+s) − f(x−s)) / 2s</c>: the h² error term
    /// cancels, leaving an h⁴ term. It costs four evaluations of the function per component instead
    /// of two, and it is markedly more accurate when the function varies on a scale smaller than
    /// <c>max(1, |x[i]|)</c>.
    /// </summary>
    public bool UseRichardson { get; init; } = true;

    /// <summary>
    /// Optional names of the variables, used in the report instead of <c>x[0]</c>, <c>x[1]</c>, …
    /// When set, it must have one name per component of the point being checked.
    /// </summary>
    public IReadOnlyList<string>? VariableNames
    {
        get => _names;
        init
        {
            if (value is not null)
            {
                for (int i = 0; i < value.Count; i++)
                {
                    if (value[i] is null)
                    {
                        throw new ArgumentException($"VariableNames[{i}] is null.", nameof(VariableNames));
                    }
                }
            }
            _names = value;
        }
    }
}
