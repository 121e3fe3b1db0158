using System.Threading.Tasks;
using AutoGrad.Analyzers.Tests.Harness;
using Xunit;
using static AutoGrad.Analyzers.Tests.Harness.Source;

namespace AutoGrad.Analyzers.Tests;

/// <summary>AG0001 and AG0006: statements and expressions AutoGrad can't differentiate, each at its own span.</summary>
public sealed class UnsupportedConstructTests
{
    [Fact]
    public Task Goto_and_its_label() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            if (x > 1) {|AG0001:goto end;|}
            x = x * 2;
            {|AG0001:end: return x;|}
        }
        """));

    [Fact]
    public Task Try_finally() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            {|AG0001:try { x = x * 2; } finally { x = x + 1; }|}
            return x;
        }
        """));

    [Fact]
    public Task Lock() => Verify.AnalyzerAsync(InPartialClass("""
        private static readonly object Gate = new();

        [Differentiable]
        public static double F(double x)
        {
            {|AG0001:lock (Gate) { x = x * 2; }|}
            return x;
        }
        """));

    [Fact]
    public Task Pointers_in_an_unsafe_block() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            unsafe { double* {|AG0003:p = &x|}; {|AG0001:*p = 2 * *p|}; }
            return x;
        }
        """));

    [Fact]
    public Task Async_method_and_its_return_type() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static async {|AG0003:System.Threading.Tasks.Task<double>|} {|AG0001:F|}(double x)
        {
            await System.Threading.Tasks.Task.Yield();
            return x;
        }
        """));

    [Fact]
    public Task Iterator_return_type() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static {|AG0003:System.Collections.Generic.IEnumerable<double>|} F(double x)
        {
            yield return x;
        }
        """));

    [Fact]
    public Task Dynamic_local() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            dynamic {|AG0003:d = x|};
            return x;
        }
        """));

    [Fact]
    public Task Lambda_capturing_an_input() => Verify.AnalyzerAsync(InPartialClass("""
        static double Apply(Func<double, double> f, double a) => f(a);

        [Differentiable]
        public static double F(double x) => Apply({|AG0001:v => v * x|}, 2.0);
        """));

    [Fact]
    public Task Local_function_and_its_call() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            {|AG0001:double Square(double v) => v * v;|}
            return {|AG0004:Square(x)|};
        }
        """));

    [Fact]
    public Task Linq_query_and_method_call() => Verify.AnalyzerAsync("""
        using System.Linq;
        using AutoGrad;

        public static partial class Model
        {
            [Differentiable]
            public static double F(double[] x) => {|AG0001:(from v in x select v * v).Sum()|} + {|AG0001:x.Sum()|};
        }
        """);

    [Fact]
    public Task Ref_local_into_an_array() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            var y = new double[2];
            ref double {|AG0001:r = ref y[0]|};
            return y[0] * x;
        }
        """));

    [Fact]
    public Task Static_field_and_property_writes() => Verify.AnalyzerAsync(InPartialClass("""
        private static double last;
        private static double Scale { get; set; }

        [Differentiable]
        public static double F(double x)
        {
            {|AG0006:last = x|};
            {|AG0006:Scale += x|};
            return x * 2;
        }
        """));

    [Fact]
    public Task Instance_field_write() => Verify.AnalyzerAsync("""
        using AutoGrad;

        public partial class Model
        {
            private double last;

            [Differentiable]
            public double F(double x)
            {
                {|AG0006:this.last = x * x|};
                return x;
            }
        }
        """);

    [Fact]
    public Task Supported_code_and_unmarked_methods_get_nothing() => Verify.AnalyzerAsync(InPartialClass("""
        private static double last;

        [Differentiable]
        public static double F(double x, int n)
        {
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                s += Math.Sin(x * i);
            }
            return s;
        }

        public static double Unmarked(double x)
        {
            try { last = x; } finally { }
            return x;
        }
        """));
}
