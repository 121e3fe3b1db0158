using System.Threading.Tasks;
using AutoGrad.Analyzers.Tests.Harness;
using Xunit;
using static AutoGrad.Analyzers.Tests.Harness.Source;

namespace AutoGrad.Analyzers.Tests;

/// <summary>AG0008–AG0011: code that differentiates, but whose derivative is (partly) lost.</summary>
public sealed class DerivativeLossTests
{
    [Fact]
    public Task Integer_cast_of_an_input() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            double y = x * 3;
            int n = {|AG0008:(int)y|};
            long m = {|AG0008:(long)(x + 1)|};
            return x * n + m;
        }
        """));

    [Fact]
    public Task Conversion_of_an_input_to_an_integer_by_a_call() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            int n = {|AG0008:Convert.ToInt32(x * 2)|};
            return x * n;
        }
        """));

    [Fact]
    public Task Integer_casts_of_constants_and_NoDerivative_values_are_fine() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x, [NoDerivative] double c, int k)
        {
            int n = (int)c + (int)2.5 + (int)(k * 0.5);
            return x * n;
        }
        """));

    [Fact]
    public Task Rounding_an_input() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x)
        {
            double a = {|AG0009:Math.Floor(x)|} + {|AG0009:Math.Ceiling(2 * x)|} + {|AG0009:Math.Round(x)|};
            double b = {|AG0009:Math.Truncate(x)|} + {|AG0009:Math.Sign(x)|};
            return x * (a + b);
        }
        """));

    [Fact]
    public Task Rounding_values_that_do_not_depend_on_inputs_is_fine() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x, int n, [NoDerivative] double c) => x * Math.Floor(n * 0.5) * Math.Round(c);
        """));

    [Fact]
    public Task A_result_that_depends_on_inputs_only_through_comparisons() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double {|AG0010:Step|}(double x) => x > 0 ? 1.0 : 0.0;

        [Differentiable]
        public static double {|AG0010:Floor|}(double x) => {|AG0009:Math.Floor(x)|};

        [Differentiable]
        public static double {|AG0010:Count|}(double[] x)
        {
            double count = 0;
            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] > 0) count += 1;
            }
            return count;
        }
        """));

    [Fact]
    public Task A_result_that_does_not_depend_on_the_inputs() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double {|AG0011:Constant|}(double x) => 2.0;

        [Differentiable]
        public static double {|AG0011:OnlyNoDerivative|}(double x, [NoDerivative] double c) => c * c;
        """));

    [Fact]
    public Task Smooth_results_get_nothing() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double Relu(double x) => x > 0 ? x : 0.0;

        [Differentiable]
        public static double[] Scale(double[] x, double s)
        {
            var y = new double[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = s * x[i];
            }
            return y;
        }
        """));
}
