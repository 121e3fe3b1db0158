using System.Threading.Tasks;
using AutoGrad.Analyzers.Tests.Harness;
using AutoGrad.CodeFixes;
using Xunit;

namespace AutoGrad.Analyzers.Tests;

public sealed class MakePartialCodeFixTests
{
    [Fact]
    public Task Adds_partial_after_the_other_modifiers() => Verify.CodeFixAsync<MakePartialCodeFix>("""
        using AutoGrad;

        public static class {|AG0002:Model|}
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        """, """
        using AutoGrad;

        public static partial class Model
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        """);

    [Fact]
    public Task Adds_partial_to_a_type_without_modifiers_and_every_enclosing_type() => Verify.CodeFixAsync<MakePartialCodeFix>("""
        using AutoGrad;

        namespace Models
        {
            [System.Serializable]
            class {|AG0002:Outer|}
            {
                internal record {|AG0002:Inner|}
                {
                    [Differentiable]
                    public static double F(double x) => x * x;
                }
            }
        }
        """, """
        using AutoGrad;

        namespace Models
        {
            [System.Serializable]
            partial class Outer
            {
                internal partial record Inner
                {
                    [Differentiable]
                    public static double F(double x) => x * x;
                }
            }
        }
        """);
}
