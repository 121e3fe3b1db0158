using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Which in-place updates of a work array record their old values, on the functions whose gradients
/// AutoGrad.Tests checks (<c>tests/AutoGrad.Tests/Functions/InPlaceUpdates.cs</c>): none when the
/// fill's restore gives every element back and nothing reversed in between reads the array.
/// </summary>
public sealed class SupersededRestoreTests
{
    private static string AdjointOf(string method) => TestFunctions.Adjoint("InPlaceUpdates.cs", method);

    [Fact]
    public void A_triangle_built_in_place_records_only_the_fill()
    {
        string adjoint = AdjointOf("DiscountedMixture");
        Assert.Contains("recordedDoubles.PushElements(transformed);", adjoint);
        Assert.DoesNotMatch(@"\.Push(Reserved)?\(transformed\[row\]\)", adjoint);
        Assert.DoesNotMatch(@"transformed\[row\] = recordedDoubles\.Pop\(\)", adjoint);
    }

    [Theory]
    [InlineData("ReadBetween", "work[1]")]
    [InlineData("FillReadsItself", "work[2]")]
    public void An_update_whose_old_value_is_read_in_reverse_records_it(string method, string element) =>
        Assert.Contains($"recordedDoubles.Push({element});", AdjointOf(method));
}
