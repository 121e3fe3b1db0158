using System;

namespace AutoGrad.Tests.Support;

/// <summary>
/// The checks every companion pair must pass at a point: both companions return the primal's value,
/// the gradient matches the expected one, forward mode matches reverse mode along each axis and along
/// a mixed direction, the seed scales the adjoints, and the adjoints are added to, not overwritten.
/// </summary>
internal static class CompanionChecks
{
    private static readonly double[] MixedDirection = { 0.7, -1.3, 0.4, 2.1, -0.9, 1.6, -0.3, 1.1 };

    /// <summary>Against a gradient known in closed form.</summary>
    public static void AgreeWith(Companions f, double[] x, double[] expected, double relative = Approx.Tight, double absolute = Approx.Ulps)
    {
        string at = $"{f.Name} at {Approx.Format(x)}";
        double primal = f.Primal(x);
        double[] gradient = f.Gradient(x, out double value);
        Approx.Equal(primal, value, $"{at}: value returned by Adjoint");

        for (int i = 0; i < f.Arity; i++)
        {
            Approx.Equal(expected[i], gradient[i], $"{at}: Adjoint's ∂f/∂x{i}", relative, absolute);

            (double tangentValue, double tangent) = f.Tangent(x, Axis(f.Arity, i));
            Approx.Equal(primal, tangentValue, $"{at}: value returned by Tangent");
            Approx.Equal(expected[i], tangent, $"{at}: Tangent along x{i}", relative, absolute);
            Approx.Equal(gradient[i], tangent, $"{at}: Tangent along x{i} vs Adjoint's ∂f/∂x{i}");
        }

        AssertSeedScales(f, x, gradient, at);
        AssertAdjointAccumulates(f, x, gradient, at);
        AssertForwardMatchesReverse(f, x, gradient, Direction(f.Arity), at);
    }

    /// <summary>Against central differences of the primal, for functions with no handy closed form.</summary>
    public static void AgreeWithFiniteDifferences(Companions f, double[] x)
    {
        double[] numeric = FiniteDifferences.Gradient(f.Primal, x);
        AgreeWith(f, x, numeric, FiniteDifferences.Relative, FiniteDifferences.Absolute(f.Primal(x)));
    }

    /// <summary>seed·⟨∇f, v⟩ from Adjoint equals seed times the Tangent along v.</summary>
    public static void AssertForwardMatchesReverse(Companions f, double[] x, double[] gradient, double[] v, string at)
    {
        (_, double tangent) = f.Tangent(x, v);
        double dot = 0;
        double magnitude = 0;
        for (int i = 0; i < f.Arity; i++)
        {
            dot += gradient[i] * v[i];
            magnitude += Math.Abs(gradient[i] * v[i]);
        }
        // Forward and reverse sum the same terms in different orders: the rounding scales with the terms.
        Approx.Equal(dot, tangent, $"{at}: Tangent along {Approx.Format(v)} vs ⟨Adjoint gradient, v⟩",
            Approx.Tight, (Approx.Tight * magnitude) + Approx.Ulps);
    }

    private static void AssertSeedScales(Companions f, double[] x, double[] gradient, string at)
    {
        const double seed = 2.5;
        var adjoint = new double[f.Arity];
        f.Adjoint(x, adjoint, seed);
        for (int i = 0; i < f.Arity; i++)
        {
            Approx.Equal(seed * gradient[i], adjoint[i], $"{at}: Adjoint's ∂f/∂x{i} with seed {seed}");
        }
    }

    private static void AssertAdjointAccumulates(Companions f, double[] x, double[] gradient, string at)
    {
        var adjoint = new double[f.Arity];
        for (int i = 0; i < f.Arity; i++)
        {
            adjoint[i] = 0.75 - (1.5 * i);
        }
        var before = (double[])adjoint.Clone();
        f.Adjoint(x, adjoint, 1.0);
        for (int i = 0; i < f.Arity; i++)
        {
            Approx.Equal(before[i] + gradient[i], adjoint[i], $"{at}: Adjoint must add ∂f/∂x{i} to the {before[i]} already there",
                Approx.Tight, (Approx.Tight * Math.Abs(before[i])) + Approx.Ulps);
        }
    }

    private static double[] Axis(int arity, int i)
    {
        var axis = new double[arity];
        axis[i] = 1.0;
        return axis;
    }

    private static double[] Direction(int arity)
    {
        if (arity > MixedDirection.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(arity), arity, "Extend MixedDirection.");
        }
        return MixedDirection.AsSpan(0, arity).ToArray();
    }
}
