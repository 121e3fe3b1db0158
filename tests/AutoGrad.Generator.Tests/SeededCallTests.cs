using System.Text.RegularExpressions;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Which calls in a fused loop run their Adjoint in the forward sweep, on the functions whose gradients
/// AutoGrad.Tests checks (<c>tests/AutoGrad.Tests/Functions/SeededCalls.cs</c>): a result only added into
/// sums is; one used otherwise, or a call whose argument changes after it, keeps the call and its adjoint apart.
/// </summary>
public sealed class SeededCallTests
{
    private static string AdjointOf(string method) => TestFunctions.Adjoint("SeededCalls.cs", method);

    private static int Count(string text, string pattern) => Regex.Matches(text, pattern).Count;

    [Fact]
    public void A_result_only_added_into_sums_is_computed_by_the_callees_adjoint_seeded_with_their_adjoints()
    {
        string adjoint = AdjointOf("Mixture");
        Assert.Contains("each iteration's adjoint runs right after it", adjoint);
        Assert.Matches(@"t\w* = global::[\w.]+\.BumpAdjoint\(row, rowBar, totalBar - otherBar\);", adjoint);
        Assert.Matches(@"t\w* = global::[\w.]+\.SoftplusAdjoint\(t\w*, ref t\w*Bar, totalBar\);", adjoint);
        // Neither the plain calls nor a second call of the Adjoints is left.
        Assert.Equal(0, Count(adjoint, @"\.Bump\(|\.Softplus\("));
        Assert.Equal(1, Count(adjoint, @"\.BumpAdjoint\("));
        Assert.Equal(1, Count(adjoint, @"\.SoftplusAdjoint\("));
    }

    [Theory]
    [InlineData("NotOnlySummed")]
    [InlineData("ArgumentChangedAfter")]
    public void A_result_used_otherwise_or_an_argument_changed_after_the_call_keeps_the_call(string method)
    {
        string adjoint = AdjointOf(method);
        Assert.Contains("each iteration's adjoint runs right after it", adjoint);
        Assert.Matches(@"t\w* = global::[\w.]+\.Bump\(row\);", adjoint);
        Assert.Matches(@"\n\s*global::[\w.]+\.BumpAdjoint\(row, rowBar, t\w*\);", adjoint);
    }
}
