using System.Threading.Tasks;
using AutoGrad.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static AutoGrad.Analyzers.Tests.Harness.Source;

namespace AutoGrad.Analyzers.Tests;

/// <summary>AG0020 and AG0021: hand-written companions of a [CustomDerivative] method, checked against the contract.</summary>
public sealed class CustomDerivativeTests
{
    [Fact]
    public Task Matching_companions_are_accepted() => Verify.AnalyzerAsync(InPartialClass("""
        [CustomDerivative]
        public static double F(double x, double[] v) => x * v[0];

        public static (double Value, double Tangent) FTangent(double x, double xTangent, double[] v, double[] vTangent) =>
            (x * v[0], xTangent * v[0] + x * vTangent[0]);

        public static double FAdjoint(double x, ref double xAdjoint, double[] v, double[] vAdjoint, double seed = 1.0)
        {
            xAdjoint += seed * v[0];
            vAdjoint[0] += seed * x;
            return x * v[0];
        }
        """));

    [Fact]
    public Task An_adjoint_without_ref_is_a_mismatch_naming_the_expected_signature() => Verify.AnalyzerAsync(
        InPartialClass("""
            [CustomDerivative]
            public static double F(double x) => x * x;

            public static double {|#0:FAdjoint|}(double x, double xAdjoint, double seed) => x * x;
            """),
        new DiagnosticResult("AG0021", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "FAdjoint", "reverse mode", "F", "static double FAdjoint(double x, ref double xAdjoint, double seed = 1.0)"));

    [Fact]
    public Task A_tangent_with_unnamed_tuple_elements_is_a_mismatch() => Verify.AnalyzerAsync(InPartialClass("""
        [CustomDerivative]
        public static double F(double x) => x * x;

        public static (double, double) {|AG0021:FTangent|}(double x, double xTangent) => (x * x, 2 * x * xTangent);
        """));

    [Fact]
    public Task No_companion_at_all() => Verify.AnalyzerAsync(InPartialClass("""
        [CustomDerivative]
        public static double {|AG0020:F|}(double x) => x * x;
        """));

    [Fact]
    public Task One_companion_in_a_type_that_is_not_partial_cannot_get_the_other() => Verify.AnalyzerAsync("""
        using AutoGrad;

        public static class Model
        {
            [CustomDerivative]
            public static double {|AG0020:F|}(double x) => x * x;

            public static (double Value, double Tangent) FTangent(double x, double xTangent) => (x * x, 2 * x * xTangent);
        }
        """);

    [Fact]
    public Task Both_attributes_on_one_method() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        [CustomDerivative]
        public static double {|AG0020:F|}(double x) => x * x;

        public static (double Value, double Tangent) FTangent(double x, double xTangent) => (x * x, 2 * x * xTangent);
        """));

    [Fact]
    public Task A_registration_naming_no_method() => Verify.AnalyzerAsync("""
        using AutoGrad;

        [assembly: {|AG0020:CustomDerivative(typeof(Library), "Missing", typeof(Rules))|}]

        public static class Library
        {
            public static double Present(double x) => x;
        }

        public static partial class Rules
        {
        }
        """);

    [Fact]
    public Task A_second_order_caller_needs_hand_written_second_order_companions() => Verify.AnalyzerAsync(InPartialClass("""
        [CustomDerivative]
        public static double G(double x) => x * x;

        public static (double Value, double Tangent) GTangent(double x, double xTangent) => (x * x, 2 * x * xTangent);

        [Differentiable(Order = 2)]
        public static double F(double x) => {|AG0001:G(x)|} + x;
        """));
}
