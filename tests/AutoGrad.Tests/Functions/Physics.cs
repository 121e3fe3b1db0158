using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Differentiable methods that call those of <see cref="Geometry"/> and an ordinary int helper.</summary>
public static partial class Physics
{
    /// <summary>A spring of rest length 1 and stiffness k: ½·k·(|p| − 1)².</summary>
    [Differentiable]
    public static double SpringEnergy(double px, double py, double k)
    {
        double stretch = Geometry.Norm(px, py) - 1.0;
        return 0.5 * k * stretch * stretch;
    }

    /// <summary>Work of a force along a path of <c>Segments(n)</c> equal steps, each step a call to Dot.</summary>
    [Differentiable]
    public static double Work(double fx, double fy, double dx, double dy, int n)
    {
        int segments = Segments(n);
        double total = 0.0;
        for (int i = 0; i < segments; i++)
        {
            double scale = (i + 1.0) / segments;
            total += Geometry.Dot(fx * scale, fy, dx / segments, dy / segments);
        }
        return total;
    }

    /// <summary>An ordinary method: called with int arguments only, so it needs no derivative.</summary>
    public static int Segments(int n) => n < 1 ? 1 : n * 2;
}
