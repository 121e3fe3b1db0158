using System;

namespace AutoGrad.Tests.Support;

/// <summary>
/// Numeric derivatives of the primal methods: an oracle that shares no code with the generator.
/// Central differences refined by one Richardson step, (4·D(h/2) − D(h)) / 3, leave an O(h⁴) error, so
/// h ≈ 1e-3 balances truncation against rounding (≈ ε·|f|/h) at about 1e-12 relative for smooth functions.
/// </summary>
internal static class FiniteDifferences
{
    public const double Relative = 1e-6;

    /// <summary>The rounding part of a difference quotient grows with |f|, not with |f′|.</summary>
    public static double Absolute(double value) => 1e-7 * Math.Max(1.0, Math.Abs(value));

    public static double Step(double x) => 1e-3 * Math.Max(1.0, Math.Abs(x));

    public static double Derivative(Func<double, double> g, double t, double h)
    {
        double wide = (g(t + h) - g(t - h)) / (2 * h);
        double narrow = (g(t + (h / 2)) - g(t - (h / 2))) / h;
        return ((4 * narrow) - wide) / 3;
    }

    public static double Partial(Func<double[], double> f, double[] x, int i, double h) =>
        Derivative(t => f(With(x, i, t)), x[i], h);

    public static double[] Gradient(Func<double[], double> f, double[] x)
    {
        var gradient = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            gradient[i] = Partial(f, x, i, Step(x[i]));
        }
        return gradient;
    }

    /// <summary>The m×n Jacobian of a vector function, column j by perturbing x[j].</summary>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x)
    {
        int m = f(x).Length;
        var jacobian = new double[m, x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            for (int i = 0; i < m; i++)
            {
                int row = i;
                jacobian[i, j] = Partial(p => f(p)[row], x, j, Step(x[j]));
            }
        }
        return jacobian;
    }

    /// <summary>d/dt f(x + t·v) at t = 0.</summary>
    public static double Directional(Func<double[], double> f, double[] x, double[] v, double h) =>
        Derivative(t => f(Along(x, v, t)), 0.0, h);

    /// <summary>
    /// A branch switch or kink near x makes a difference quotient meaningless, so the estimate is trusted
    /// only when (1) a four times smaller step agrees with it, and (2) the one-sided slopes behave like
    /// those of a smooth function: their gap grows linearly with the step (q·f″), while at a kink it
    /// stays the size of the jump. (1) alone misses a kink exactly at x, where every central difference
    /// is the mean of the two one-sided slopes.
    /// </summary>
    public static bool TryDirectional(Func<double[], double> f, double[] x, double[] v, out double estimate)
    {
        const double h = 1e-3;
        const double q = h / 4;
        estimate = Directional(f, x, v, h);
        double finer = Directional(f, x, v, q);
        double here = f(x);
        double Slope(double s) => (f(Along(x, v, s)) - here) / s;
        double gap = Slope(q) - Slope(-q);
        double doubleGap = Slope(2 * q) - Slope(-2 * q);
        // A jump of slope J moves a central difference by up to J/2, so a tenth of the tolerance the
        // estimate is compared with keeps that error well inside it; rounding stays ~1e-12·|f| below.
        double tolerance = 0.1 * ((Relative * Math.Max(1.0, Math.Abs(estimate))) + Absolute(here));
        return Approx.IsClose(estimate, finer, Relative, Absolute(here))
            && Math.Abs(doubleGap - (2 * gap)) <= tolerance;
    }

    private static double[] With(double[] x, int i, double value)
    {
        var copy = (double[])x.Clone();
        copy[i] = value;
        return copy;
    }

    private static double[] Along(double[] x, double[] v, double t)
    {
        var point = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            point[i] = x[i] + (t * v[i]);
        }
        return point;
    }
}
