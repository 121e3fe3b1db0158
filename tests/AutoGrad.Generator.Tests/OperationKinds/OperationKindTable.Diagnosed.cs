using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Tests.OperationKinds;

/// <summary>The kinds the front end rejects, each on or beside a differentiable value, with the diagnostic and where it points.</summary>
internal static partial class OperationKindTable
{
    private static Diagnosed[] Rejected => new Diagnosed[]
    {
        new(OperationKind.Conversion, """
            [Differentiable]
            public static double F(double x)
            {
                double[] c = new double[1];
                double[] b = (double[])c;
                b[0] = x * x;
                return c[0] * x;
            }
            """, "AG0001", "b = (double[])c", "an array aliased through an identity cast"),
        new(OperationKind.FieldReference, """
            private static readonly double[] Shared = new double[2];

            [Differentiable]
            public static double F(double x)
            {
                double[] w = Shared;
                w[0] = x * x;
                return Shared[0] * x;
            }
            """, "AG0001", "w[0] = x * x", "an array field aliased by a local"),
        new(OperationKind.Invocation, """
            public static partial class Library
            {
                [Differentiable]
                public static double[] Id(double[] v) => v;
            }

            [Differentiable]
            public static double F(double x)
            {
                double[] c = new double[1];
                c[0] = x;
                double[] d = Library.Id(c);
                d[0] = d[0] * x;
                return c[0];
            }
            """, "AG0001", "d[0] = d[0] * x", "a [Differentiable] callee that returns its array argument"),
        new(OperationKind.Invocation, """
            private static readonly double[] Shared = new double[1];

            private static double[] Get() => Shared;

            [Differentiable]
            public static double F(double x)
            {
                double[] w = Get();
                double[] v = Get();
                w[0] = x * x;
                return v[0] * x;
            }
            """, "AG0001", "w[0] = x * x", "an ordinary call that returns a shared array"),
        new(OperationKind.Loop, """
            [Differentiable]
            public static double F(double x)
            {
                double[] b = new double[3];
                b[0] = x;
                b[1] = x * x;
                b[2] = 3.0;
                double s = 0.0;
                foreach (double v in b)
                {
                    s += v;
                    b = new double[3];
                }
                return s;
            }
            """, "AG0001", """
                foreach (double v in b)
                    {
                        s += v;
                        b = new double[3];
                    }
                """, "foreach over an array it reassigns"),
        new(OperationKind.AddressOf, """
            [Differentiable]
            public static unsafe double F(double x)
            {
                double* p = &x;
                return *p * x;
            }
            """, "AG0003", "p = &x"),
        new(OperationKind.AnonymousFunction, """
            [Differentiable]
            public static double F(double x)
            {
                Func<double, double> f = t => t * x;
                return f(x);
            }
            """, "AG0003", "f = t => t * x"),
        new(OperationKind.AnonymousObjectCreation, """
            [Differentiable]
            public static double F(double x) => new { V = x }.V;
            """, "AG0001", "new { V = x }.V"),
        new(OperationKind.Await, """
            [Differentiable]
            public static async Task<double> F(double x) => await Task.FromResult(x * x);
            """, "AG0003", "Task<double>"),
        new(OperationKind.Branch, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x;
                goto done;
            done:
                return u * x;
            }
            """, "AG0001", "goto done;", "goto"),
        new(OperationKind.CatchClause, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x;
                try { u = Math.Sqrt(x * x); } catch (ArgumentException) { u = 0.0; }
                return u;
            }
            """, "AG0001", "try { u = Math.Sqrt(x * x); } catch (ArgumentException) { u = 0.0; }"),
        new(OperationKind.Coalesce, """
            [Differentiable]
            public static double F(double[] a)
            {
                double[] b = a ?? new double[1];
                return b[0];
            }
            """, "AG0001", "a ?? new double[1]"),
        new(OperationKind.CoalesceAssignment, """
            [Differentiable]
            public static double F(double x)
            {
                double[]? b = null;
                b ??= new double[1];
                b[0] = x;
                return b[0] * x;
            }
            """, "AG0001", "b ??= new double[1]"),
        new(OperationKind.ConditionalAccess, """
            [Differentiable]
            public static double F(double[] a, double x) => a?[0] ?? x;
            """, "AG0001", "a?[0] ?? x"),
        new(OperationKind.ConditionalAccessInstance, """
            [Differentiable]
            public static double F(double[] a) => a?.Length ?? 0;
            """, "AG0001", "a?.Length ?? 0"),
        new(OperationKind.DeclarationExpression, """
            private static double Twice(double v, out double w) => w = 2.0 * v;

            [Differentiable]
            public static double F(double x)
            {
                double w = Twice(x, out double u);
                return u * w;
            }
            """, "AG0001", "Twice(x, out double u)"),
        new(OperationKind.DeclarationPattern, """
            [Differentiable]
            public static double F(double[] a) => a is double[] b ? b[0] : 0.0;
            """, "AG0001", "a is double[] b"),
        new(OperationKind.DeconstructionAssignment, """
            private static (double, double) Split(double v) => (v, 2.0 * v);

            [Differentiable]
            public static double F(double x)
            {
                var (u, w) = Split(x);
                return u * w;
            }
            """, "AG0001", "Split(x)", "from an ordinary method"),
        new(OperationKind.DelegateCreation, """
            [Differentiable]
            public static double F(double x)
            {
                Func<double, double> f = Math.Sin;
                return f(x);
            }
            """, "AG0003", "f = Math.Sin"),
        new(OperationKind.Discard, """
            [Differentiable]
            public static double F(double x)
            {
                _ = x * x;
                return x;
            }
            """, "AG0001", "_ = x * x"),
        new(OperationKind.DynamicIndexerAccess, """
            [Differentiable]
            public static double F(double[] a)
            {
                dynamic d = a;
                return d[0];
            }
            """, "AG0003", "d = a"),
        new(OperationKind.DynamicInvocation, """
            [Differentiable]
            public static double F(double x)
            {
                dynamic d = x;
                return Math.Sin(d);
            }
            """, "AG0003", "d = x"),
        new(OperationKind.DynamicMemberReference, """
            [Differentiable]
            public static double F(double x)
            {
                dynamic d = x;
                return d.Value;
            }
            """, "AG0003", "d = x"),
        new(OperationKind.DynamicObjectCreation, """
            public sealed class Box
            {
                public Box(double v) => V = v;

                public Box(int v) => V = v;

                public double V { get; }
            }

            [Differentiable]
            public static double F(double x)
            {
                dynamic d = x;
                return new Box(d).V;
            }
            """, "AG0003", "d = x"),
        new(OperationKind.EventAssignment, """
            private static event Action<double>? Changed;

            private static void Ignore(double v)
            {
            }

            [Differentiable]
            public static double F(double x)
            {
                Changed += Ignore;
                Changed?.Invoke(x);
                return x * x;
            }
            """, "AG0001", "Changed += Ignore"),
        new(OperationKind.EventReference, """
            private static event Action<double>? Changed;

            [Differentiable]
            public static double F(double x)
            {
                Changed -= Console.WriteLine;
                return x * x;
            }
            """, "AG0001", "Changed -= Console.WriteLine"),
        new(OperationKind.FunctionPointerInvocation, """
            [Differentiable]
            public static unsafe double F(double x)
            {
                delegate*<double, double> sine = &Math.Sin;
                return sine(x);
            }
            """, "AG0003", "sine = &Math.Sin"),
        new(OperationKind.ImplicitIndexerReference, """
            [Differentiable]
            public static double F(double x) => x * "ab"[^1];
            """, "AG0001", "\"ab\"[^1]"),
        new(OperationKind.InlineArrayAccess, """
            [System.Runtime.CompilerServices.InlineArray(2)]
            public struct Pair
            {
                private double _element;
            }

            [Differentiable]
            public static double F(double x)
            {
                Pair p = default;
                p[0] = x;
                return p[0] * x;
            }
            """, "AG0003", "p = default"),
        new(OperationKind.InterpolatedString, """
            [Differentiable]
            public static double F(double x)
            {
                string s = $"x = {x}";
                return s.Length * x;
            }
            """, "AG0003", "s = $\"x = {x}\""),
        new(OperationKind.InterpolatedStringText, """
            [Differentiable]
            public static double F(double x) => $"x = {x}".Length * x;
            """, "AG0001", "$\"x = {x}\".Length"),
        new(OperationKind.Interpolation, """
            [Differentiable]
            public static double F(double x) => double.Parse($"{x}", System.Globalization.CultureInfo.InvariantCulture);
            """, "AG0001", "$\"{x}\""),
        new(OperationKind.InterpolatedStringAddition, Handler, "AG0001", HandlerAt),
        new(OperationKind.InterpolatedStringAppendFormatted, Handler, "AG0001", HandlerAt),
        new(OperationKind.InterpolatedStringAppendLiteral, Handler, "AG0001", HandlerAt),
        new(OperationKind.InterpolatedStringHandlerArgumentPlaceholder, Handler, "AG0001", HandlerAt),
        new(OperationKind.InterpolatedStringHandlerCreation, Handler, "AG0001", HandlerAt),
        new(OperationKind.IsType, """
            [Differentiable]
            public static double F(double[] a) => a is double[] ? a[0] : 0.0;
            """, "AG0001", "a is double[]"),
        new(OperationKind.Labeled, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x;
            again: u = u * x;
                return u;
            }
            """, "AG0001", "again: u = u * x;"),
        new(OperationKind.ListPattern, """
            [Differentiable]
            public static double F(double[] a) => a is [var first, ..] ? first * a[0] : 0.0;
            """, "AG0001", "a is [var first, ..]"),
        // Its attribute and default value are there for No_snippet_holds_a_kind_said_not_to_occur: neither is in the tree.
        new(OperationKind.LocalFunction, """
            [Differentiable]
            public static double F(double x)
            {
                [System.Diagnostics.DebuggerStepThrough]
                double Twice(double t = 1.0) => 2.0 * t;
                return Twice(x);
            }
            """, "AG0001", "[System.Diagnostics.DebuggerStepThrough]\n    double Twice(double t = 1.0) => 2.0 * t;"),
        new(OperationKind.Lock, """
            private static readonly object Gate = new();

            [Differentiable]
            public static double F(double x)
            {
                double u = x;
                lock (Gate) { u = u * x; }
                return u;
            }
            """, "AG0001", "lock (Gate) { u = u * x; }"),
        new(OperationKind.MemberInitializer, """
            public sealed class Box
            {
                public List<double> Items { get; } = new();
            }

            [Differentiable]
            public static double F(double x) => new Box { Items = { x } }.Items[0];
            """, "AG0001", "new Box { Items = { x } }.Items[0]"),
        new(OperationKind.MethodReference, """
            [Differentiable]
            public static double F(double x)
            {
                Func<double, double> f = Math.Cos;
                return f(x) * x;
            }
            """, "AG0003", "f = Math.Cos"),
        new(OperationKind.ObjectCreation, """
            [Differentiable]
            public static double F(double x) => new Random(1).NextDouble() * x;
            """, "AG0001", "new Random(1).NextDouble()"),
        new(OperationKind.ObjectOrCollectionInitializer, """
            public sealed class Box
            {
                public double V;
            }

            [Differentiable]
            public static double F(double x) => new Box { V = x }.V;
            """, "AG0001", "new Box { V = x }.V"),
        new(OperationKind.PropertySubpattern, """
            [Differentiable]
            public static double F(double[] a) => a is { Length: > 1 } ? a[1] : a[0];
            """, "AG0001", "a is { Length: > 1 }"),
        new(OperationKind.Range, """
            [Differentiable]
            public static double F(double[][] a) => a[0][1..][0] * a[0][0];
            """, "AG0001", "a[0][1..]", "of a row of a jagged array"),
        new(OperationKind.RecursivePattern, """
            [Differentiable]
            public static double F(double[] a) => a is { } b ? b[0] : 0.0;
            """, "AG0001", "a is { } b"),
        new(OperationKind.SlicePattern, """
            [Differentiable]
            public static double F(double[] a) => a is [.., var last] ? last * a[0] : 0.0;
            """, "AG0001", "a is [.., var last]"),
        new(OperationKind.TypePattern, """
            [Differentiable]
            public static double F(double[] a) => a is not double[] ? 0.0 : a[0] * a[0];
            """, "AG0001", "a is not double[]"),
        new(OperationKind.TranslatedQuery, """
            [Differentiable]
            public static double F(double[] a) => (from v in a select v * v).Sum();
            """, "AG0001", "(from v in a select v * v).Sum()"),
        new(OperationKind.Try, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x;
                try { u = u * x; } finally { u = u + 1.0; }
                return u;
            }
            """, "AG0001", "try { u = u * x; } finally { u = u + 1.0; }"),
        new(OperationKind.Tuple, """
            [Differentiable]
            public static double F(double x)
            {
                var pair = (x, new double[] { x });
                return pair.Item1;
            }
            """, "AG0001", "pair = (x, new double[] { x })", "of an array"),
        new(OperationKind.TupleBinary, """
            [Differentiable]
            public static double F(double x) => (x, 1.0) == (1.0, x) ? x : x * x;
            """, "AG0001", "(x, 1.0) == (1.0, x)"),
        new(OperationKind.TypeOf, """
            [Differentiable]
            public static double F(double x) => typeof(double) == typeof(int) ? x : x * x;
            """, "AG0001", "typeof(double) == typeof(int)"),
        new(OperationKind.TypeParameterObjectCreation, """
            public sealed partial class Inner<T>
                where T : new()
            {
                [Differentiable]
                public static double F(double x)
                {
                    T t = new T();
                    return t is null ? 0.0 : x * x;
                }
            }
            """, "AG0003", "t = new T()"),
        new(OperationKind.Using, """
            [Differentiable]
            public static double F(double x)
            {
                double u = x;
                using (var stream = new System.IO.MemoryStream()) { u = u * stream.Length; }
                return u;
            }
            """, "AG0001", "using (var stream = new System.IO.MemoryStream()) { u = u * stream.Length; }"),
        new(OperationKind.UsingDeclaration, """
            [Differentiable]
            public static double F(double x)
            {
                using var stream = new System.IO.MemoryStream();
                return stream.Length * x;
            }
            """, "AG0001", "using var stream = new System.IO.MemoryStream();"),
        new(OperationKind.Utf8String, """
            [Differentiable]
            public static double F(double x) => "ab"u8.Length * x;
            """, "AG0001", "\"ab\"u8.Length"),
        new(OperationKind.With, """
            public readonly record struct Point(double V);

            [Differentiable]
            public static double F(double x) => (new Point(1.0) with { V = x }).V;
            """, "AG0001", "(new Point(1.0) with { V = x }).V"),
        new(OperationKind.YieldBreak, """
            [Differentiable]
            public static IEnumerable<double> F(double x)
            {
                yield return x;
                yield break;
            }
            """, "AG0003", "IEnumerable<double>"),
        new(OperationKind.YieldReturn, """
            [Differentiable]
            public static IEnumerable<double> F(double x)
            {
                yield return x * x;
            }
            """, "AG0003", "IEnumerable<double>"),
    };

    /// <summary>
    /// Two interpolated strings added into an interpolated string handler, whose creation takes the call's
    /// format provider (a placeholder for that argument) and appends the literal and the formatted parts.
    /// </summary>
    private const string Handler = """
        [Differentiable]
        public static double F(double x) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"x = {x}" + $"!").Length * x;
        """;

    private const string HandlerAt = "string.Create(System.Globalization.CultureInfo.InvariantCulture, $\"x = {x}\" + $\"!\").Length";
}
