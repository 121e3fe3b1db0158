using System;
using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>particle</c> (Pearlmutter and Siskind): a unit charge starts at (0, 8) with velocity
/// (0.75, 0) in the field of unit charges at (10, 10 − w) and (10, 0); Euler steps of 0.1 follow it until
/// it would cross the x axis, and a linear step finds where it does. The control w that brings that
/// crossing to the origin minimizes x₀(t_f)². The force is −∇ₓ of the potential, so the miss distance
/// holds a gradient, which the descent over w differentiates again: nested AD.
/// </summary>
public static partial class Particle
{
    [Differentiable(Order = 2)]
    public static double Potential(double[] x, double w) =>
        1 / Math.Sqrt((x[0] - 10) * (x[0] - 10) + (x[1] - (10 - w)) * (x[1] - (10 - w)))
        + 1 / Math.Sqrt((x[0] - 10) * (x[0] - 10) + x[1] * x[1]);

    /// <summary>x₀(t_f)²: the square of where the particle crosses the x axis; the force from forward mode.</summary>
    [Differentiable]
    public static double Miss(double w)
    {
        const double dt = 0.1;
        double x0 = 0, x1 = 8, v0 = 0.75, v1 = 0;
        while (true)
        {
            double a0 = -PotentialTangent([x0, x1], [1.0, 0.0], w, 0.0).Tangent;
            double a1 = -PotentialTangent([x0, x1], [0.0, 1.0], w, 0.0).Tangent;
            double next0 = x0 + dt * v0;
            double next1 = x1 + dt * v1;
            if (next1 <= 0)
            {
                double untilAxis = -x1 / v1;
                double crossing = x0 + untilAxis * v0;
                return crossing * crossing;
            }
            x0 = next0;
            x1 = next1;
            v0 += dt * a0;
            v1 += dt * a1;
        }
    }
}

/// <summary>
/// The <c>particle</c> eval's functions, named by the modes of the outer (argmin over w) and inner (the
/// force) AD: <c>ff</c> and <c>rf</c>; <c>fr</c> and <c>rr</c> need a reverse-mode gradient inside a
/// differentiated method (AG0001) and answer with that error.
/// </summary>
public sealed class ParticleEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double w = input.GetProperty("w").GetDouble();
        return function switch
        {
            "ff" => Evaluation.Of(() => Descent.Argmin(p => Particle.Miss(p[0]), p => [Particle.MissTangent(p[0], 1.0).Tangent], [w])[0], Json.Node),
            "rf" => Evaluation.Of(() => Descent.Argmin(p => Particle.Miss(p[0]), p =>
            {
                double derivative = 0;
                Particle.MissAdjoint(p[0], ref derivative);
                return [derivative];
            }, [w])[0], Json.Node),
            "fr" or "rr" => throw Descent.InnerReverseMode("particle", function),
            _ => throw Json.UnknownFunction("particle", function),
        };
    }
}
