using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Tests.OperationKinds;

/// <summary>The kinds the front end differentiates, each on or beside a differentiable value.</summary>
internal static partial class OperationKindTable
{
    private static Differentiated[] Differentiable => new Differentiated[]
    {
        new(OperationKind.BinaryPattern, """
            [Differentiable]
            public static double F(double x) => x is > 0.0 and < 1.0 ? x * x : x;
            """),
        new(OperationKind.ConstantPattern, """
            [Differentiable]
            public static double F(double x) => x is 1.0 ? 0.0 : x * x;
            """),
        new(OperationKind.IsPattern, """
            [Differentiable]
            public static double F(double x) => x is > 0.0 ? x * x : -x;
            """),
        new(OperationKind.NegatedPattern, """
            [Differentiable]
            public static double F(double x) => x is not 0.0 ? x * x : 0.0;
            """),
        new(OperationKind.RelationalPattern, """
            [Differentiable]
            public static double F(double x) => x is >= 1.0 ? x * x : x;
            """),
        new(OperationKind.CaseClause, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x;
                for (int k = 0; k < 3; k++)
                {
                    switch (k) { case 0: u = u * x; break; default: u = u + Math.Cos(x); break; }
                }
                return u;
            }
            """),
        new(OperationKind.DiscardPattern, """
            [Differentiable]
            public static double F(double x) => x switch { > 0.0 => x * x, _ => -x };
            """),
        new(OperationKind.Switch, """
            [Differentiable]
            public static double F(double x)
            {
                double u;
                switch (x)
                {
                    case > 1.0:
                        u = x * x;
                        break;
                    case < -1.0:
                        return -x;
                    default:
                        u = 2.0 * x - 1.0;
                        break;
                }
                return u * x;
            }
            """),
        new(OperationKind.SwitchCase, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x;
                switch (x)
                {
                    case > 2.0:
                    case < -2.0:
                        u = u * x;
                        break;
                    case >= 0.0 when x < 1.0:
                        u = Math.Sin(x);
                        break;
                }
                return u;
            }
            """, "several labels and a when clause"),
        new(OperationKind.SwitchExpression, """
            [Differentiable]
            public static double F(double x) => (x * x - 1.0) switch { < 0.0 => x, _ => x * x * x };
            """, "on a value computed once"),
        new(OperationKind.SwitchExpressionArm, """
            [Differentiable]
            public static double F(double x) => x switch { < 0.0 => -x, >= 0.0 and < 1.0 => x * x, _ => 2.0 * x - 1.0 };
            """),
        new(OperationKind.Throw, """
            [Differentiable]
            public static double F(double x)
            {
                if (x > 1e300)
                {
                    throw new ArgumentException("too big");
                }
                return x * x;
            }
            """, "a guard"),
        new(OperationKind.Throw, """
            [Differentiable]
            public static double F(double x) => x > -1e300 ? x * Math.Exp(x) : throw new ArgumentOutOfRangeException(nameof(x), x, "too small");
            """, "a throw expression"),
        new(OperationKind.InterpolatedString, """
            [Differentiable]
            public static double F(double x)
            {
                System.IO.TextWriter.Null.WriteLine($"x = {x:F3}, x² = {x * x,10}");
                return x * x;
            }
            """, "in a log line"),
        new(OperationKind.InterpolatedStringText, """
            [Differentiable]
            public static double F(double x)
            {
                System.Diagnostics.Trace.WriteLine($"{{x}} is {x}");
                return Math.Exp(x);
            }
            """, "in a log line"),
        new(OperationKind.Interpolation, """
            [Differentiable]
            public static double F(double x)
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThan(x, 1e300, $"{nameof(x)} = {x}");
                return x * Math.Sin(x);
            }
            """, "in a guard"),
        new(OperationKind.ObjectCreation, """
            [Differentiable]
            public static double F(double x)
            {
                if (double.IsNaN(x))
                {
                    throw new ArgumentException("x is NaN: " + x, nameof(x));
                }
                return x * x;
            }
            """, "an exception thrown by a guard"),
        new(OperationKind.Argument, """
            [Differentiable]
            public static double F(double x) => Math.Sin(x) * Math.Pow(x, 2.0);
            """),
        new(OperationKind.Argument, """
            [Differentiable]
            public static double G(double a, double b = 2.0) => a * b;

            [Differentiable]
            public static double F(double x) => G(x) + G(b: x, a: 3.0);
            """, "default and named arguments"),
        new(OperationKind.ArrayCreation, """
            [Differentiable]
            public static double F(double x)
            {
                double[] b = new double[2];
                b[0] = x;
                b[1] = x * x;
                return b[0] + b[1];
            }
            """),
        new(OperationKind.ArrayCreation, """
            [Differentiable]
            public static double Sum(double[] v) => v[0] + v[1];

            [Differentiable]
            public static double F(double x) => Sum(new[] { x * x, Math.Sin(x) }) + Sum([x, 2.0]);
            """, "made with values where it is passed"),
        new(OperationKind.DeconstructionAssignment, """
            [Differentiable]
            public static double F(double x)
            {
                double[] cur = { x, 1.0 };
                double[] next = new double[2];
                for (int n = 0; n < 3; n++)
                {
                    next[0] = cur[0] * cur[1];
                    next[1] = cur[0] + x;
                    (cur, next) = (next, cur);
                }
                return cur[0] + next[1];
            }
            """, "a swap of two local arrays"),
        new(OperationKind.DeconstructionAssignment, """
            [Differentiable]
            public static double F(double x)
            {
                var (s, c) = Math.SinCos(x);
                double prev = s, cur = c;
                for (int k = 0; k < 3; k++)
                {
                    (prev, cur) = (cur, prev + (x * cur));
                }
                return prev * cur;
            }
            """, "deconstruction and a swap of doubles"),
        new(OperationKind.Range, """
            [Differentiable]
            public static double F(double[] a)
            {
                double[] inner = a[1..^1];
                return inner[0] * a[..2][1] + a[^1];
            }
            """, "slices and an index from the end"),
        new(OperationKind.Tuple, """
            [Differentiable]
            public static double F(double x)
            {
                (double Sum, double Product) acc = (x, 1.0);
                acc = (acc.Sum + x, acc.Item2 * x);
                return acc.Sum * acc.Product + (x, 2.0).Item2;
            }
            """, "a named tuple local"),
        new(OperationKind.ArrayInitializer, """
            [Differentiable]
            public static double F(double x)
            {
                double[] b = { x, 2.0 };
                var m = new double[,] { { x, 1.0 }, { b[1], x * x } };
                return (b[0] * b[1]) + (m[1, 1] * m[1, 0]);
            }
            """),
        new(OperationKind.ArrayElementReference, """
            [Differentiable]
            public static double F(double[] a) => a[0] * a[a.Length - 1];
            """),
        new(OperationKind.Binary, """
            [Differentiable]
            public static double F(double x, double y) => x * y - 3.0 * x + y / 2.0;
            """),
        new(OperationKind.Block, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x * 2.0;
                {
                    u = u * x;
                }
                return u;
            }
            """),
        new(OperationKind.Branch, """
            [Differentiable]
            public static double F(double x)
            {
                double s = 0.0;
                for (int i = 0; i < 5; i++)
                {
                    if (i == 1)
                    {
                        continue;
                    }
                    if (i == 3)
                    {
                        break;
                    }
                    s += x * i;
                }
                return s;
            }
            """),
        new(OperationKind.Branch, """
            [Differentiable]
            public static double F(double x)
            {
                double s = 0.0;
                int k = 0;
                while (k < 4)
                {
                    k++;
                    if (k == 2)
                    {
                        continue;
                    }
                    s += x * k;
                }
                do
                {
                    k--;
                    if (k == 3)
                    {
                        continue;
                    }
                    s = s * x;
                }
                while (k > 1);
                return s;
            }
            """, "continue in while and do"),
        new(OperationKind.CompoundAssignment, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x;
                u *= x;
                u += 2.0;
                u -= x / 3.0;
                u /= 2.0;
                return u;
            }
            """),
        new(OperationKind.CompoundAssignment, """
            [Differentiable]
            public static double F(double x)
            {
                short s = 2;
                s += 1;
                s *= 3;
                s <<= 1;
                return s * x;
            }
            """, "a short local"),
        new(OperationKind.Conditional, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x > 0.5 ? x * x : Math.Sin(x);
                if (x < -1.0)
                {
                    u = -u;
                }
                else
                {
                    u = u * 2.0;
                }
                return u;
            }
            """),
        new(OperationKind.Conditional, """
            [Differentiable]
            public static double F(double x) => true ? x * x : x;
            """, "a constant condition"),
        new(OperationKind.Conversion, """
            [Differentiable]
            public static double F(double x)
            {
                int n = 3;
                return n * x + (double)x * x;
            }
            """),
        new(OperationKind.Decrement, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x * x;
                u--;
                int k = 3;
                k--;
                return u * k;
            }
            """),
        new(OperationKind.DefaultValue, """
            [Differentiable]
            public static double F(double x)
            {
                double u = default;
                return x * x + u;
            }
            """),
        new(OperationKind.Empty, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x * 2.0;
                ;
                return u * x;
            }
            """),
        new(OperationKind.ExpressionStatement, """
            [Differentiable]
            public static double F(double x)
            {
                double u = 0.0;
                u = x * 3.0;
                return u * x;
            }
            """),
        new(OperationKind.FieldReference, """
            private static readonly double Scale = 2.5;

            [Differentiable]
            public static double F(double x) => Scale * x * x;
            """),
        new(OperationKind.Increment, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x * x;
                u++;
                for (int i = 0; i < 2; i++)
                {
                    u = u * x;
                }
                return u;
            }
            """),
        new(OperationKind.Increment, """
            [Differentiable]
            public static double F(double[] a)
            {
                double[] b = (double[])a.Clone();
                int k = 0;
                b[k]++;
                b[1 % b.Length] += a[0];
                return b[0] * b[0];
            }
            """, "array elements"),
        new(OperationKind.InstanceReference, """
            private readonly double _scale = 1.5;

            private double Half(double v) => v / 2.0;

            [Differentiable]
            public double F(double x) => this._scale * x * x + this.Half(3.0) * x;
            """),
        new(OperationKind.Invocation, """
            [Differentiable]
            public static double G(double v) => v * Math.Exp(v);

            [Differentiable]
            public static double F(double x) => G(x) + Math.Cos(x);
            """),
        new(OperationKind.Literal, """
            [Differentiable]
            public static double F(double x) => 2.5 * x * x + 1.0;
            """),
        new(OperationKind.LocalReference, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x * x;
                return u * u;
            }
            """),
        new(OperationKind.Loop, """
            [Differentiable]
            public static double F(double x)
            {
                double s = 0.0;
                for (int i = 0; i < 3; i++)
                {
                    s += x * i;
                }
                int k = 0;
                while (k < 2)
                {
                    s = s * x;
                    k++;
                }
                do
                {
                    s = s + x;
                    k--;
                }
                while (k > 0);
                return s;
            }
            """),
        new(OperationKind.Loop, """
            [Differentiable]
            public static double F(double x)
            {
                double s = 0.0;
                for (int i = 0, j = 3; i < j; i++, j--)
                {
                    s += x * j + i;
                }
                for (double t = 0.0; t < 2.0; t += 0.5)
                {
                    s = s * x + t;
                }
                return s;
            }
            """, "two loop variables, a double counter"),
        new(OperationKind.Loop, """
            [Differentiable]
            public static double F(double[] a)
            {
                double s = 0.0;
                foreach (int v in a)
                {
                    s += v * a[0];
                }
                return s;
            }
            """, "foreach with an explicit element conversion"),
        new(OperationKind.Loop, """
            [Differentiable]
            public static double F(double x)
            {
                int[] k = new int[2];
                k[0] = 1;
                k[1] = 2;
                double s = 0.0;
                foreach (double v in k)
                {
                    s += v * x;
                }
                return s;
            }
            """, "foreach with an implicit element conversion"),
        new(OperationKind.Loop, """
            [Differentiable]
            public static double F(double[] a)
            {
                double s = 0.0;
                foreach (double v in a)
                {
                    s += v * v;
                }
                return s;
            }
            """, "foreach"),
        new(OperationKind.MethodBody, """
            [Differentiable]
            public static double F(double x) => x * x;
            """),
        new(OperationKind.NameOf, """
            [Differentiable]
            public static double F(double x)
            {
                // A constant, folded with its condition: nameof is never differentiated, it is a literal by then.
                double k = nameof(x) == "x" ? 2.0 : 1.0;
                return k * x * x;
            }
            """),
        new(OperationKind.ObjectCreation, """
            [Differentiable]
            public static double F(double x) => new double() + x * x;
            """, "new double()"),
        new(OperationKind.ParameterReference, """
            [Differentiable]
            public static double F(double x, double y) => x * y;
            """),
        new(OperationKind.ParameterReference, """
            [Differentiable]
            public static double F(double x, [NoDerivative] double c)
            {
                x = x * 2.0;
                c = c + x;
                return c * x;
            }
            """, "assigned, [NoDerivative] too"),
        new(OperationKind.PropertyReference, """
            private static double Offset => 0.5;

            [Differentiable]
            public static double F(double[] a) => a[a.Length - 1] * a.Length + Offset * a[0];
            """),
        new(OperationKind.Return, """
            [Differentiable]
            public static double F(double x)
            {
                if (x > 0.0)
                {
                    return x * x;
                }
                return -x;
            }
            """),
        new(OperationKind.SimpleAssignment, """
            [Differentiable]
            public static double F(double x)
            {
                double u;
                u = x * x;
                return u;
            }
            """),
        new(OperationKind.SizeOf, """
            [Differentiable]
            public static double F(double x) => sizeof(double) * x * x;
            """),
        new(OperationKind.Unary, """
            [Differentiable]
            public static double F(double x)
            {
                bool positive = !(x < 0.0);
                return positive ? -x * x : +x;
            }
            """),
        new(OperationKind.VariableDeclaration, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x * 2.0;
                return u * x;
            }
            """),
        new(OperationKind.VariableDeclarationGroup, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x * x, w = u + 1.0;
                return w * u;
            }
            """),
        new(OperationKind.VariableDeclarator, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x, w = 2.0;
                return u * w * x;
            }
            """),
        new(OperationKind.VariableInitializer, """
            [Differentiable]
            public static double F(double x)
            {
                double u = Math.Sin(x);
                return u * x;
            }
            """),
    };
}
