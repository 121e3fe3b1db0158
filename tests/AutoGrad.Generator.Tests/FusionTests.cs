using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Which sums get one pass (each iteration's adjoint right after it), on the functions whose gradients
/// AutoGrad.Tests checks (<c>tests/AutoGrad.Tests/Functions/FusedNests.cs</c>): iterations with nested
/// loops and work arrays they fill before reading are fused; one that sees another's values is not.
/// </summary>
public sealed class FusionTests
{
    private const string OnePass = "each iteration's adjoint runs right after it";

    private static string AdjointOf(string method) => TestFunctions.Adjoint("FusedNests.cs", method);

    [Fact]
    public void An_iteration_that_fills_its_arrays_in_nested_loops_is_fused_and_records_only_within_itself()
    {
        string adjoint = AdjointOf("Network");
        Assert.Contains(OnePass, adjoint);
        // The fill's old values belong to the previous sample: not recorded. The running maximum is, within the sample.
        Assert.DoesNotMatch(@"\.Push(Reserved)?\(hidden\[", adjoint);
        Assert.Matches(@"\.Push(Reserved)?\(largest\)", adjoint);
    }

    [Theory]
    [InlineData("ReadBeforeFill")]
    [InlineData("PartialFill")]
    [InlineData("ReadAfter")]
    [InlineData("FillReadsOthers")]
    [InlineData("CarriedByInnerLoop")]
    public void An_iteration_that_sees_another_iterations_values_keeps_two_sweeps(string method) =>
        Assert.DoesNotContain(OnePass, AdjointOf(method));
}
