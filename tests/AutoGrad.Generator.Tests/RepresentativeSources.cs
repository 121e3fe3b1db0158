namespace AutoGrad.Generator.Tests;

/// <summary>
/// Sources that exercise every supported construct, each with a caller that uses the companions as
/// the contract spells them, so the output compilation checks the signatures too.
/// </summary>
internal static class RepresentativeSources
{
    public const string Arithmetic = """
        using System;
        using AutoGrad;

        namespace Representative;

        public static partial class Arithmetic
        {
            private const double Half = 0.5;

            [Differentiable]
            public static double F(double x, int n, double y)
            {
                double s = x * y - y / (1.0 + x * x) + -x % 3.0 + Half * Math.PI - Math.E;
                s += x; s -= y; s *= 1.5; s /= 2.0; s %= 7.0; s %= y * y + 1.0;
                long big = 3L * n;
                bool positive = s > 0.0 && !(y < -10.0) || n == 2;
                return positive ? s * big : s - n;
            }

            public static double Use()
            {
                (double value, double tangent) = FTangent(1.0, 1.0, 2, 3.0, 0.0);
                double xAdjoint = 0.0, yAdjoint = 0.0;
                double again = FAdjoint(1.0, ref xAdjoint, 2, 3.0, ref yAdjoint);
                return value + tangent + again + FAdjoint(1.0, ref xAdjoint, 2, 3.0, ref yAdjoint, seed: 2.0);
            }
        }
        """;

    public const string Primitives = """
        using System;
        using AutoGrad;

        namespace Representative;

        internal static partial class Primitives
        {
            [Differentiable]
            internal static double F(double x, double y)
            {
                double a = Math.Sin(x) + Math.Cos(y) + Math.Tan(x * 0.1) + Math.Asin(0.5 * Math.Tanh(x)) + Math.Acos(0.25)
                    + Math.Atan(x) + Math.Atan2(y, x) + Math.Sinh(x) + Math.Cosh(y) + Math.Asinh(x) + Math.Acosh(2.0 + y * y)
                    + Math.Atanh(0.5 * Math.Tanh(y));
                double b = Math.Exp(x) + Math.Log(1.0 + x * x) + Math.Log(2.0 + y * y, 3.0) + Math.Log10(2.0 + x * x) + Math.Log2(3.0 + y * y)
                    + Math.Sqrt(1.0 + x * x) + Math.Cbrt(y) + Math.Pow(2.0 + x * x, y) + Math.Abs(x - y);
                double c = Math.Max(x, y) + Math.Min(x, y) + Math.Clamp(x, -1.0, y) + Math.FusedMultiplyAdd(x, y, 1.0) + Math.ScaleB(x, 3)
                    + double.Hypot(x, y) + double.Sin(x) + Math.Floor(x) + Math.Ceiling(y) + Math.Round(x) + Math.Truncate(y) + Math.Sign(x);
                return a + b + c;
            }

            internal static double Use(ref double xAdjoint, ref double yAdjoint) =>
                FTangent(0.3, 1.0, 0.7, 0.0).Tangent + FAdjoint(0.3, ref xAdjoint, 0.7, ref yAdjoint, 1.0);
        }
        """;

    public const string ControlFlow = """
        using System;
        using AutoGrad;

        namespace Representative;

        public static partial class ControlFlow
        {
            [Differentiable]
            public static double Loops(double x, int n)
            {
                double acc = 0.0;
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        if (i == j) continue;
                        if (acc > 1e6) return acc;
                        acc += Math.Sin(x * i + j);
                    }
                    if (acc < -1e6) break;
                }
                int k = 0;
                while (k < n) { acc *= 0.9; k++; }
                do { acc += x; k--; } while (k > 0);
                return acc;
            }

            [Differentiable]
            public static double Recursive(double x, int n) => n <= 0 ? 1.0 : x * Recursive(x, n - 1);

            [Differentiable]
            public static double Calls(double x, [NoDerivative] double c) => Loops(x, Count(3)) + Recursive(c * x, 2) + Other.Helper.Square(x);

            [Differentiable]
            public static double Blocky(double x)
            {
                if (x > 0) { return x * x; }
                else if (x < -1) { return -x; }
                return x + 1.0;
            }

            public static int Count(int n) => n + 1;
        }
        """;

    public const string OtherFileAndNamespace = """
        using AutoGrad;

        namespace Other
        {
            public static partial class Helper
            {
                [Differentiable]
                public static double Square(double v) => v * v;
            }
        }

        public partial class GlobalInstance
        {
            [Differentiable]
            public double Energy(double k, double x) => 0.5 * k * x * x;

            public double Use()
            {
                double kAdjoint = 0.0, xAdjoint = 0.0;
                return EnergyTangent(1.0, 0.0, 2.0, 1.0).Value + EnergyAdjoint(1.0, ref kAdjoint, 2.0, ref xAdjoint);
            }
        }

        public static partial class Outer
        {
            public static partial class Inner
            {
                [Differentiable]
                public static double Nested(double x) => x * 3.0;
            }
        }
        """;

    public const string Arrays = """
        using System;
        using AutoGrad;

        namespace Representative;

        public static partial class Arrays
        {
            [Differentiable]
            public static double Sum(double[] x, int n, double y)
            {
                double s = 0.0;
                foreach (var v in x) s += v * y;
                for (int i = 0; i + 1 < x.Length && i < n; i++) s += x[i] * x[i + 1];
                return s + x.Length;
            }

            [Differentiable]
            public static double[] Smooth(double[] x, [NoDerivative] double[] weights, double c)
            {
                double[] y = (double[])x.Clone();
                var z = new double[x.Length];
                for (int pass = 0; pass < 3; pass++)
                {
                    for (int i = 1; i < y.Length; i++)
                    {
                        y[i] += c * y[i - 1] * weights[i];
                        y[i - 1] *= 0.5;
                        z[i] -= y[i];
                    }
                }
                z[0] = Math.Tanh(y[0]);
                return z;
            }

            [Differentiable]
            public static double Composed(double[] x, [NoDerivative] double[] w, double c)
            {
                double total = 0.0;
                for (int k = 0; k < 2; k++)
                {
                    double[] z = Smooth(x, w, c + k);
                    total += Sum(z, 3, c);
                }
                return total;
            }

            [Differentiable(Order = 2)]
            public static double Energy(double[] x, double c)
            {
                double e = 0.0;
                for (int i = 0; i < x.Length; i++) e += c * Math.Cos(x[i] * x[i]);
                return e;
            }

            [Differentiable]
            public static double Along(double[] x, double[] v, double c)
            {
                var slope = EnergyTangent(x, v, c, 0.0).Tangent;
                return slope * slope + EnergyTangent(x, v, c, 1.0).Value;
            }

            public static double Use()
            {
                double[] x = { 1.0, 2.0, 3.0 };
                double[] xTangent = { 1.0, 0.0, 0.0 };
                double[] xAdjoint = new double[3];
                double yAdjoint = 0.0, cAdjoint = 0.0;
                (double value, double tangent) = SumTangent(x, xTangent, 2, 0.5, 1.0);
                double reverse = SumAdjoint(x, xAdjoint, 2, 0.5, ref yAdjoint) + SumAdjoint(x, xAdjoint, 2, 0.5, ref yAdjoint, seed: 2.0);
                (double[] smooth, double[] smoothTangent) = SmoothTangent(x, xTangent, x, 0.3, 0.0);
                double[] again = SmoothAdjoint(x, xAdjoint, x, 0.3, ref cAdjoint, new double[3]);
                double composed = ComposedAdjoint(x, xAdjoint, x, 0.3, ref cAdjoint) + ComposedTangent(x, xTangent, x, 0.3, 1.0).Tangent;
                double along = AlongAdjoint(x, xAdjoint, xTangent, new double[3], 0.3, ref cAdjoint) + AlongTangent(x, xTangent, x, xTangent, 0.3, 1.0).Tangent;
                return value + tangent + reverse + smooth[0] + smoothTangent[0] + again[0] + composed + along;
            }
        }
        """;

    public static readonly string[] All = { Arithmetic, Primitives, ControlFlow, OtherFileAndNamespace, Arrays };
}
