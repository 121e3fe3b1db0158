using System.Collections.Generic;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// The generated code itself, compared with approved baselines under Baselines/. A change to the
/// emitted text must be looked at and approved, not discovered by users.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly Dictionary<string, string> Cases = new()
    {
        ["DerivativeAsValue.GAndFCompanions"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable(Order = 2)]
                public static double G(double x, double y) => Math.Exp(x * y);

                [Differentiable]
                public static double F(double x, double y)
                {
                    double slope = GTangent(x, 1.0, y, 0.0).Tangent;
                    return slope * slope + GTangent(x, 0.0, y, 0.0).Value;
                }
            }
            """,
        ["TupleRecurrence.FTangentAndAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                /// <summary>A rotation by a, then Chebyshev's recurrence by tuple swaps.</summary>
                [Differentiable]
                public static double F(double x, double a, int n)
                {
                    var (s, c) = Math.SinCos(a);
                    double prev = (c * x) - s, cur = (s * x) + c;
                    for (int k = 0; k < n; k++)
                    {
                        (prev, cur) = (cur, (2 * x * cur) - prev);
                    }
                    return cur;
                }
            }
            """,
        ["UnpackedParameters.FTangentAndAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                /// <summary>A model's parameters unpacked from one vector with p++, the last one from the end.</summary>
                [Differentiable]
                public static double F(double[] theta, double t)
                {
                    int p = 0;
                    double amplitude = theta[p++];
                    double rate = theta[p++];
                    return amplitude * Math.Exp(-rate * t) + theta[^1];
                }
            }
            """,
        ["Polynomial.FTangentAndAdjoint"] = """
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double x, double y) => x * x * y + y + 2;
            }
            """,
        ["TaxSwitch.FTangentAndAdjoint"] = """
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                /// <summary>Tax on an income: none up to 10 000, the rate up to 40 000, twice the rate above.</summary>
                [Differentiable]
                public static double F(double income, double rate) => income switch
                {
                    <= 10_000.0 => 0.0,
                    <= 40_000.0 => rate * (income - 10_000.0),
                    _ => (rate * 30_000.0) + (2.0 * rate * (income - 40_000.0)),
                };
            }
            """,
        ["MathChain.FTangentAndAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double x) => Math.Sin(Math.Cos(x + 3)) + Math.Exp(Math.Sin(x) * Math.Sin(x));
            }
            """,
        ["TaylorSinLoopWithBreak.FTangentAndAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double x)
                {
                    double term = x;
                    double sum = x;
                    for (int n = 1; n < 100; n++)
                    {
                        term = -term * x * x / ((2.0 * n) * (2.0 * n + 1.0));
                        sum += term;
                        if (Math.Abs(term) < 1e-17)
                        {
                            break;
                        }
                    }
                    return sum;
                }
            }
            """,
        ["EarlyReturnInLoop.FTangentAndAdjoint"] = """
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double x, double limit)
                {
                    double acc = 0.0;
                    for (int i = 1; i <= 10; i++)
                    {
                        acc += x * x / i;
                        if (acc > limit)
                        {
                            return acc * limit;
                        }
                    }
                    return acc - limit;
                }
            }
            """,
        ["CallToDifferentiable.FAndGCompanions"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double G(double a, double b) => Math.Sqrt(a * a + b * b);

                [Differentiable]
                public static double F(double x, double y) => G(x, y) * x + G(y, 1.0);
            }
            """,
        ["IntAndNoDerivative.FTangentAndAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double x, int n, [NoDerivative] double c, double y) => Math.Pow(x, n) * c + y * n;
            }
            """,
        ["ArrayInPlaceLoop.FTangentAndAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double[] x, double c)
                {
                    double[] y = (double[])x.Clone();
                    for (int i = 1; i < y.Length; i++)
                    {
                        y[i] += c * y[i - 1];
                    }
                    double s = 0.0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        s += Math.Sin(y[i]);
                    }
                    return s;
                }
            }
            """,
        ["RecomputedLoop.FAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double[] p, double h, int steps)
                {
                    double x = p[0];
                    double v = p[1];
                    double energy = 0.0;
                    for (int n = 0; n < steps; n++)
                    {
                        double a = -x * (1.0 + 0.1 * x * x);
                        double xHalf = x + 0.5 * h * v;
                        energy += 0.5 * v * v * h;
                        x += h * (v + 0.5 * h * a);
                        v += h * -xHalf;
                    }
                    return x * x + energy;
                }
            }
            """,
        ["SecondOrder.AllFourCompanions"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable(Order = 2)]
                public static double F(double x, double y) => x * x * y + Math.Exp(y);
            }
            """,
        ["MatrixAndJagged.FTangentAndAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double[,] F(double[,] a, double[][] rows)
                {
                    var b = new double[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                    {
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            b[i, j] = a[i, j] * rows[i][j];
                            b[i, j] = Math.Tanh(b[i, j]);
                        }
                    }
                    return b;
                }
            }
            """,
        ["PolarToCartesianMadeWithValues.FTangentAndAdjoint"] = """
            using System;
            using AutoGrad;

            namespace Snapshots;

            public static partial class Model
            {
                [Differentiable]
                public static double[] F(double r, double t)
                {
                    return new[] { r * Math.Cos(t), r * Math.Sin(t) };
                }
            }
            """,
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Generated_code_matches_the_approved_baseline(string name)
    {
        GeneratorRun run = GeneratorHarness.Run(Cases[name]);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorRun.Describe(run.GeneratorDiagnostics));
        Assert.True(run.CompileProblems.IsEmpty, GeneratorRun.Describe(run.CompileProblems));
        Assert.NotEmpty(run.Sources);
        Baseline.Verify(name, run.AllSources());
    }
}
