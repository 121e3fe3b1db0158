using System.Linq;
using System.Threading.Tasks;
using AutoGrad.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static AutoGrad.Analyzers.Tests.Harness.Source;

namespace AutoGrad.Analyzers.Tests;

/// <summary>
/// AG0012: a companion the method's Order does not generate, at the name the compiler cannot bind (its own
/// CS0103/CS0117/CS1061 stands beside it). The runtime side of the fix, a Hessian from FAdjointTangent of an
/// Order = 2 method against its closed form, is AutoGrad.Tests' HessianTests.Hessian_of_x2y_plus_y_plus_2_at_3_4.
/// </summary>
public sealed class OrderTooLowTests
{
    /// <summary>The Hessian of an Order = 1 method asked for by method group: the case the diagnostic is for, with and without the generator.</summary>
    private const string HessianOfAnOrderOneMethod = """
    using AutoGrad;

    public static partial class Model
    {
        [Differentiable]
        public static double F(double[] x) => x[0] * x[0] * x[1];
    }

    public static class Caller
    {
        public static double[,] Hessian(double[] x) => Derivatives.Hessian(Model.{|#0:{|CS0117:FAdjointTangent|}|}, x);
    }
    """;

    [Fact]
    public Task A_method_group_passed_as_an_argument() => Verify.AnalyzerAsync(HessianOfAnOrderOneMethod,
        NeedsOrder(0, "'FAdjointTangent' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"));

    [Fact]
    public Task All_derivatives_of_a_function_of_one_variable() => Verify.AnalyzerAsync("""
        using AutoGrad;

        public static partial class Model
        {
            [Differentiable]
            public static double F(double x) => System.Math.Tanh(x);
        }

        public static class Caller
        {
            public static double[] Series(double x) => Model.{|#0:{|CS0117:FDerivatives|}|}(x);
        }
        """, NeedsOrder(0, "'FDerivatives' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"));

    [Fact]
    public Task A_direct_call_qualified_by_the_type() => Verify.AnalyzerAsync("""
        using AutoGrad;

        public static partial class Model
        {
            [Differentiable]
            public static double F(double[] x) => x[0] * x[0] * x[1];
        }

        public static class Caller
        {
            public static double[] HessianTimes(double[] x, double[] v)
            {
                var gradient = new double[x.Length];
                var product = new double[x.Length];
                Model.{|#0:{|CS0117:FAdjointTangent|}|}(x, v, gradient, product);
                return product;
            }
        }
        """, NeedsOrder(0, "'FAdjointTangent' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"));

    [Fact]
    public Task Unqualified_inside_the_type() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double[] x) => x[0] * x[0] * x[1];

        public static double[,] Hessian(double[] x) => Derivatives.Hessian({|#0:{|CS0103:FAdjointTangent|}|}, x);

        public static double Curvature(double[] x, double[] v) => {|#1:{|CS0103:FTangentTangent|}|}(x, v, v, new double[x.Length]).Tangent.Tangent;
        """),
        NeedsOrder(0, "'FAdjointTangent' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"),
        NeedsOrder(1, "'FTangentTangent' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"));

    [Fact]
    public Task Through_this_for_an_instance_method() => Verify.AnalyzerAsync("""
        using System;
        using AutoGrad;

        public partial class Model
        {
            [Differentiable]
            public double F(double x) => x * Math.Sin(x);

            public double Curvature(double x) => this.{|#0:{|CS1061:FTangentTangent|}|}(x, 1.0, 1.0, 0.0).Tangent.Tangent;
        }
        """, NeedsOrder(0, "'FTangentTangent' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"));

    [Fact]
    public Task In_a_nested_type_and_a_derived_type() => Verify.AnalyzerAsync("""
        using System;
        using AutoGrad;

        public partial class Model
        {
            [Differentiable]
            public static double F(double x) => x * Math.Sin(x);

            public static class Inner
            {
                public static double Curvature(double x) => {|#0:{|CS0103:FTangentTangent|}|}(x, 1.0, 1.0, 0.0).Tangent.Tangent;
            }
        }

        public class Derived : Model
        {
            public static double Curvature(double x) => {|#1:{|CS0103:FTangentTangent|}|}(x, 1.0, 1.0, 0.0).Tangent.Tangent;
        }
        """,
        NeedsOrder(0, "'FTangentTangent' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"),
        NeedsOrder(1, "'FTangentTangent' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public Task Each_Tangent_more_needs_an_Order_more(int order)
    {
        string name = "F" + string.Concat(Enumerable.Repeat("Tangent", order));
        return Verify.AnalyzerAsync(InPartialClass($$"""
            [Differentiable(Order = {{order - 1}})]
            public static double F(double x) => Math.Tanh(x);

            public static object Derivative(double x) => {|#0:{|CS0103:{{name}}|}|}(x);
            """), NeedsOrder(0, $"'{name}' needs [Differentiable(Order = {order})] on 'F' (it has Order = {order - 1})"));
    }

    [Theory]
    [InlineData("FTangent", 1)]
    [InlineData("FAdjointTangent", 2)]
    [InlineData("FTangentTangent", 2)]
    [InlineData("FTangentTangent", 5)]
    [InlineData("FTangentTangentTangent", 3)]
    [InlineData("FTangentTangentTangentTangentTangentTangentTangentTangent", 8)]
    public Task Silent_when_the_Order_generates_the_companion(string name, int order) => Verify.AnalyzerAsync(InPartialClass($$"""
        [Differentiable(Order = {{order}})]
        public static double F(double x) => Math.Tanh(x);

        public static object Derivative(double x) => {|CS0103:{{name}}|}(x);
        """));

    [Fact]
    public Task Silent_for_a_name_of_no_differentiable_method() => Verify.AnalyzerAsync(InPartialClass("""
        public static double H(double x) => x * x;

        public static object Derivatives(double x) => ({|CS0103:GAdjointTangent|}(x), {|CS0103:HTangentTangent|}(x));
        """));

    [Fact]
    public Task Silent_for_a_type_name_and_after_a_null_conditional() => Verify.AnalyzerAsync("""
        using System;
        using AutoGrad;

        public partial class Model
        {
            [Differentiable]
            public double F(double x) => x * Math.Sin(x);

            public static {|CS0246:FTangentTangent|} Field;

            public static object Curvature(Model model, double x) => model?{|CS1061:.FTangentTangent|}(x, 1.0, 1.0, 0.0);
        }
        """);

    [Fact]
    public Task Silent_in_a_doc_comment() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x) => x * x;

        /// <summary>See <see cref="FTangentTangent"/>.</summary>
        public static double G(double x) => x;
        """));

    [Fact]
    public Task Silent_when_a_member_of_that_name_exists_but_does_not_fit() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x) => x * x;

        public static double FAdjointTangent(string name) => 0;

        public static double Use(double x) => FAdjointTangent({|CS1503:x|});
        """));

    [Fact]
    public Task Silent_when_the_Order_suffices_but_the_method_has_errors() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable(Order = 2)]
        public static double F(double[] x)
        {
            {|AG0005:x[0] = x[1]|};
            return x[0] * x[0];
        }

        public static double[,] Hessian(double[] x) => Derivatives.Hessian({|CS0103:FAdjointTangent|}, x);
        """));

    [Fact]
    public Task Silent_when_the_Order_is_out_of_range() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable(Order = 0)]
        public static double {|AG0001:F|}(double x) => x * x;

        public static object Derivative(double x) => {|CS0103:FTangentTangent|}(x);
        """));

    [Fact]
    public Task Silent_beyond_the_highest_Order() => Verify.AnalyzerAsync(InPartialClass("""
        [Differentiable]
        public static double F(double x) => x * x;

        public static object Derivative(double x) => {|CS0103:FTangentTangentTangentTangentTangentTangentTangentTangentTangent|}(x);
        """));

    [Fact]
    public Task Reported_when_the_generator_runs_too() => Verify.AnalyzerWithGeneratorAsync(HessianOfAnOrderOneMethod,
        NeedsOrder(0, "'FAdjointTangent' needs [Differentiable(Order = 2)] on 'F' (it has Order = 1)"));

    [Fact]
    public Task The_Order_the_message_names_compiles_cleanly() => Verify.AnalyzerWithGeneratorAsync("""
        using AutoGrad;

        public static partial class Model
        {
            [Differentiable(Order = 2)]
            public static double F(double[] x) => x[0] * x[0] * x[1];

            public static double Curvature(double[] x, double[] v) => FTangentTangent(x, v, v, new double[x.Length]).Tangent.Tangent;
        }

        public static class Caller
        {
            public static double[,] Hessian(double[] x) => Derivatives.Hessian(Model.FAdjointTangent, x);
        }
        """);

    private static DiagnosticResult NeedsOrder(int marker, string message) =>
        new DiagnosticResult("AG0012", DiagnosticSeverity.Error).WithLocation(marker).WithMessage(message);
}
