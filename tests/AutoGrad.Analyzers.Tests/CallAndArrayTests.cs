using System.Threading.Tasks;
using AutoGrad.Analyzers.Tests.Harness;
using Xunit;
using static AutoGrad.Analyzers.Tests.Harness.Source;

namespace AutoGrad.Analyzers.Tests;

/// <summary>AG0004 (a call without a derivative), AG0005 (a write into an input array), and calls of companions.</summary>
public sealed class CallAndArrayTests
{
    [Fact]
    public Task Call_without_a_derivative_fed_an_input() => Verify.AnalyzerAsync(InPartialClass("""
        static double Helper(double v) => v * 3;

        [Differentiable]
        public static double F(double x, int n) => {|AG0004:Helper(x * 2)|} + Helper(n) + Helper(2.0);
        """));

    [Fact]
    public Task Calls_of_differentiable_methods_and_primitives_are_fine() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        static double Helper(double v) => v * 3;

        [Differentiable]
        public static double F(double x) => Helper(x) + Math.Exp(x);
        """));

    [Fact]
    public Task A_derivative_used_as_a_value_is_fine_when_the_callee_has_second_order_companions() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable(Order = 2)]
        static double G(double v) => Math.Tanh(v) * v;

        [Differentiable]
        public static double F(double x)
        {
            var slope = {|CS0103:GTangent|}(x, 1.0).Tangent;
            return slope * slope + {|CS0103:GTangent|}(x, 0.0).Value;
        }
        """));

    [Fact]
    public Task A_derivative_used_as_a_value_names_the_order_its_callee_needs() => Verify.AnalyzerAsync(
        InPartialClass("""
            [Differentiable]
            static double G(double v) => Math.Tanh(v) * v;

            [Differentiable]
            public static double F(double x) => {|#0:{|CS0103:GTangent|}(x, 1.0).Tangent|};
            """),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("AG0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "'GTangent(x, 1.0).Tangent'",
            "differentiating a derivative of 'G' takes its second-order companions (GTangentTangent, GAdjointTangent): mark 'G' [Differentiable(Order = 2)]"));

    [Fact]
    public Task Writes_into_an_input_array() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double[] x, double y)
        {
            {|AG0005:x[0] = y|};
            {|AG0005:x[1] += y|};
            {|AG0005:x[2]++|};
            {|AG0005:--x[2]|};
            return x[0] * x[1];
        }
        """));

    [Fact]
    public Task Assigning_the_input_array_parameter() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double[] x)
        {
            {|AG0005:x = new double[3]|};
            return x.Length * 2.0;
        }
        """));

    [Fact]
    public Task Passing_an_input_array_element_by_ref_or_out() => Verify.AnalyzerAsync(InPartialClass("""
        static double Swap(ref double v, double w) { double old = v; v = w; return old; }

        static double Read(out double v) { v = 1; return 0; }

        [Differentiable]
        public static double F(double[] x)
        {
            double a = Swap({|AG0005:ref x[0]|}, 2.0);
            double b = Read({|AG0005:out x[1]|});
            return a + b + x[0];
        }
        """));

    [Fact]
    public Task Writes_into_a_copy_and_into_NoDerivative_arrays_are_fine() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double[] x, [NoDerivative] double[] w)
        {
            var y = (double[])x.Clone();
            y[0] *= 2;
            w[0] = 1;
            return y[0] + x[1] * w[0];
        }
        """));
}
