using System.Threading.Tasks;
using AutoGrad.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static AutoGrad.Analyzers.Tests.Harness.Source;

namespace AutoGrad.Analyzers.Tests;

/// <summary>AG0002, AG0003 and AG0007: where the companions go, and what their signatures would be.</summary>
public sealed class SignatureTests
{
    [Fact]
    public Task Type_not_partial() => Verify.AnalyzerAsync("""
        using AutoGrad;

        public static class {|AG0002:Model|}
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        """);

    [Fact]
    public Task Every_enclosing_type_not_partial() => Verify.AnalyzerAsync("""
        using AutoGrad;

        public class {|AG0002:Outer|}
        {
            public partial class Middle
            {
                public static class {|AG0002:Inner|}
                {
                    [Differentiable]
                    public static double F(double x) => x * x;
                }
            }
        }
        """);

    [Fact]
    public Task Unsupported_parameter_and_return_types() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static {|AG0003:float|} F(double x, string {|AG0003:label|}) => (float)x;
        """));

    [Fact]
    public Task The_message_lists_the_supported_types() => Verify.AnalyzerAsync(
        InPartialClass("""
            [Differentiable]
            public static double F(double x, decimal {|#0:m|}) => x;
            """),
        new DiagnosticResult("AG0003", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "Parameter 'm'", "decimal",
            "use double, double[], double[,] or double[][] (differentiable), or int, long, bool, short, byte, char, an enum or an array of int, long or bool (passed through, never differentiated)"));

    [Fact]
    public Task A_method_with_the_Tangent_companion_signature_clashes() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double {|AG0007:F|}(double x) => x * x;

        public static (double, double) FTangent(double a, double b) => (a, b);
        """));

    [Fact]
    public Task A_method_with_a_third_order_companion_signature_clashes() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable(Order = 3)]
        public static double {|AG0007:F|}(double x) => x * x;

        public static double FTangentTangentTangent(double a, double b, double c, double d, double e, double f) => a;
        """));

    [Fact]
    public Task A_method_with_the_Adjoint_companion_signature_clashes() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double {|AG0007:F|}(double[] x, int n) => x[0] * n;

        public static double FAdjoint(double[] x, int n, double[] xAdjoint, double seed) => 0;

        public static double FAdjoint(double[] x, double[] xAdjoint, int n, double seed) => 0;
        """));

    [Fact]
    public Task A_property_with_a_companion_name_clashes() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double {|AG0007:F|}(double x) => x * x;

        public static int FAdjoint => 0;
        """));

    [Fact]
    public Task Second_order_companions_clash_too() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable(Order = 2)]
        public static double {|AG0007:{|AG0007:F|}|}(double x) => x * x;

        public static double FTangentTangent(double a, double b, double c, double d) => 0;

        public static void FAdjointTangent(double x, double xTangent, ref double xAdjoint, ref double xAdjointTangent, double seed, double seedTangent) { }
        """));

    [Fact]
    public Task Overloads_with_other_parameters_do_not_clash() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x) => x * x;

        public static double FTangent(string name) => 0;

        public static double FAdjoint(double x, double xAdjoint, double seed) => 0;

        public static double FTangentTangent(double a, double b, double c, double d) => 0;
        """));
}
