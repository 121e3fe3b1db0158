using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// What a loop records of values that only statements after it read, on the functions whose gradients
/// AutoGrad.Tests checks (<c>tests/AutoGrad.Tests/Functions/UnreadRestores.cs</c> and <c>Sums.cs</c>):
/// nothing, since the reverse sweep runs those statements' adjoints first; a loop that reads them records them.
/// </summary>
public sealed class UnreadRestoreTests
{
    private static string AdjointOf(string method) => TestFunctions.Adjoint("UnreadRestores.cs", method);

    [Fact]
    public void A_running_sum_read_only_by_the_logarithm_after_it_is_not_recorded()
    {
        string adjoint = TestFunctions.Adjoint("Sums.cs", "LogOfSum");
        Assert.DoesNotMatch(@"\.Push(Reserved)?\(s\)", adjoint);
        Assert.DoesNotContain("s = recordedDoubles.Pop();", adjoint);
        // The exponential is read by its own adjoint in the reversed iteration before: it is.
        Assert.Matches(@"\.Push(Reserved)?\(t0\)", adjoint);
    }

    [Fact]
    public void Element_sums_and_a_sum_in_branches_read_only_after_the_loop_are_not_recorded()
    {
        string buckets = AdjointOf("Buckets");
        Assert.DoesNotMatch(@"\.Push(Reserved)?\(work\[", buckets);
        Assert.DoesNotContain("] = recordedDoubles.Pop();", buckets);
        string branchy = AdjointOf("BranchySum");
        Assert.DoesNotMatch(@"\.Push(Reserved)?\(s\)", branchy);
        Assert.DoesNotContain("s = recordedDoubles.Pop();", branchy);
    }

    [Fact]
    public void Values_read_in_the_loop_are_recorded()
    {
        Assert.Matches(@"\.Push(Reserved)?\(work\[", AdjointOf("BucketsReadInLoop"));
        Assert.Matches(@"\.Push(Reserved)?\(s\)", TestFunctions.Adjoint("Sums.cs", "Compounded"));
    }
}
