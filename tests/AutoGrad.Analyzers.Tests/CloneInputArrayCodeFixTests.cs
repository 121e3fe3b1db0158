using System.Threading.Tasks;
using AutoGrad.Analyzers.Tests.Harness;
using AutoGrad.CodeFixes;
using Xunit;

namespace AutoGrad.Analyzers.Tests;

public sealed class CloneInputArrayCodeFixTests
{
    [Fact]
    public Task Copies_the_array_first_and_uses_the_copy() => Verify.CodeFixAsync<CloneInputArrayCodeFix>("""
        using AutoGrad;

        public static partial class Model
        {
            [Differentiable]
            public static double F(double[] x, double y)
            {
                // Scale the first element.
                {|AG0005:x[0] *= y|};
                {|AG0005:x[1]++|};
                return x[0] + x[1] + x.Length;
            }
        }
        """, """
        using AutoGrad;

        public static partial class Model
        {
            [Differentiable]
            public static double F(double[] x, double y)
            {
                var xCopy = (double[])x.Clone();
                // Scale the first element.
                xCopy[0] *= y;
                xCopy[1]++;
                return xCopy[0] + xCopy[1] + xCopy.Length;
            }
        }
        """);

    [Fact]
    public Task Picks_a_name_no_one_uses_and_fixes_every_array() => Verify.CodeFixAsync<CloneInputArrayCodeFix>("""
        using AutoGrad;

        public static partial class Model
        {
            private static readonly double xCopy2 = 1;

            [Differentiable]
            public static double F(double[] x, double[] w)
            {
                double xCopy = 2;
                {|AG0005:w[0] = x[0]|};
                {|AG0005:x[1] = xCopy * xCopy2|};
                return x[1] * w[0];
            }
        }
        """, """
        using AutoGrad;

        public static partial class Model
        {
            private static readonly double xCopy2 = 1;

            [Differentiable]
            public static double F(double[] x, double[] w)
            {
                var xCopy3 = (double[])x.Clone();
                var wCopy = (double[])w.Clone();
                double xCopy = 2;
                wCopy[0] = xCopy3[0];
                xCopy3[1] = xCopy * xCopy2;
                return xCopy3[1] * wCopy[0];
            }
        }
        """);
}
