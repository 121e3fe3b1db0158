using System;
using Scratch;
static class P
{
    static double[] Fd(Func<double[], double> f, double[] x)
    {
        var g = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double h = 1e-6 * Math.Max(1, Math.Abs(x[i]));
            var a = (double[])x.Clone(); a[i] += h; var b = (double[])x.Clone(); b[i] -= h;
            g[i] = (f(a) - f(b)) / (2 * h);
        }
        return g;
    }
    static void Check(string name, Func<double[], double> f, Func<double[], double[], double> tangent, Func<double[], double[], double> adjoint, double[] x)
    {
        var g = new double[x.Length]; double v = adjoint(x, g);
        var fd = Fd(f, x);
        double worst = 0, worstT = 0;
        for (int i = 0; i < x.Length; i++)
        {
            var e = new double[x.Length]; e[i] = 1;
            double t = tangent(x, e);
            worstT = Math.Max(worstT, Math.Abs(t - g[i]) / Math.Max(1, Math.Abs(g[i])));
            worst = Math.Max(worst, Math.Abs(fd[i] - g[i]) / Math.Max(1, Math.Abs(g[i])));
        }
        Console.WriteLine($"{(worst < 1e-5 && worstT < 1e-12 && v == f(x) ? "ok  " : "FAIL")} {name} n={x.Length} v={v} fwd-vs-rev={worstT:E1} fd-vs-rev={worst:E1} g[0]={g[0]}");
    }
    static void Main()
    {
        var rng = new Random(1);
        foreach (int n in new[] { 2, 5, 10 })
        {
            var x = new double[n]; for (int i = 0; i < n; i++) x[i] = rng.NextDouble() * 2 - 1;
            Check("Rosenbrock", A.Rosenbrock, (x, d) => A.RosenbrockTangent(x, d).Tangent, (x, g) => A.RosenbrockAdjoint(x, g), x);
            Check("SumSq", A.SumSq, (x, d) => A.SumSqTangent(x, d).Tangent, (x, g) => A.SumSqAdjoint(x, g), x);
            Check("LocalArray", x => A.LocalArray(x, 0.7), (x, d) => A.LocalArrayTangent(x, d, 0.7, 0).Tangent, (x, g) => { double c = 0; return A.LocalArrayAdjoint(x, g, 0.7, ref c); }, x);
            Check("CloneAndScale", A.CloneAndScale, (x, d) => A.CloneAndScaleTangent(x, d).Tangent, (x, g) => A.CloneAndScaleAdjoint(x, g), x);
        }
        var p = new[] { 1.3, 0.4 };
        Check("UsePolar", A.UsePolar, (x, d) => A.UsePolarTangent(x, d).Tangent, (x, g) => A.UsePolarAdjoint(x, g), p);
        Check("ArraysInLoop", x => A.ArraysInLoop(x, 0.3), (x, d) => A.ArraysInLoopTangent(x, d, 0.3, 0).Tangent, (x, g) => { double c = 0; return A.ArraysInLoopAdjoint(x, g, 0.3, ref c); }, p);
        var (val, tan) = A.PolarTangent(p, new[] { 1.0, 0.0 });
        var g2 = new double[2]; var v2 = A.PolarAdjoint(p, g2, new[] { 0.0, 1.0 });
        Console.WriteLine($"Polar value=({val[0]},{val[1]}) d/dr=({tan[0]},{tan[1]}) expect ({Math.Cos(0.4)},{Math.Sin(0.4)}); grad of y = ({g2[0]},{g2[1]}) expect ({Math.Sin(0.4)},{1.3 * Math.Cos(0.4)})");
        try { A.RosenbrockAdjoint(new double[3], new double[2]); } catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
    }
}
