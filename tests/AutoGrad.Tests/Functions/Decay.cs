namespace AutoGrad.Tests.Functions;

/// <summary>
/// Integrators for dy/dt = −k·y. Each step multiplies y by a fixed factor, so the result and its
/// derivatives have closed forms to compare with, while the loop carries y through many updates.
/// </summary>
public static partial class Decay
{
    /// <summary>Explicit Euler: y_N = y0·(1 − k·dt)^N, with dt = t / N.</summary>
    [Differentiable]
    public static double Euler(double y0, double k, double t, int steps)
    {
        double dt = t / steps;
        double y = y0;
        int i = 0;
        while (i < steps)
        {
            y -= k * y * dt;
            i++;
        }
        return y;
    }

    /// <summary>Classic RK4: y_N = y0·R(z)^N with z = −k·dt and R(z) = 1 + z + z²/2 + z³/6 + z⁴/24.</summary>
    [Differentiable]
    public static double RungeKutta4(double y0, double k, double t, int steps)
    {
        double dt = t / steps;
        double y = y0;
        for (int i = 0; i < steps; i++)
        {
            double k1 = -k * y;
            double k2 = -k * (y + (0.5 * dt * k1));
            double k3 = -k * (y + (0.5 * dt * k2));
            double k4 = -k * (y + (dt * k3));
            y += dt / 6.0 * (k1 + (2.0 * k2) + (2.0 * k3) + k4);
        }
        return y;
    }
}
