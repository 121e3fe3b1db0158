using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// A counted loop that fills a work array records the array's old elements at once before it and puts them
/// back after its reverse, instead of a push and a pop per element (Tapenade's array snapshots); the
/// runtime's InPlaceUpdateTests check the gradients and Hessians against differences.
/// </summary>
public sealed class WholeArrayRecordTests
{
    private static string AdjointOf(string method) => TestFunctions.Adjoint("InPlaceUpdates.cs", method);

    [Fact]
    public void Fills_are_recorded_whole_and_restored_last_first()
    {
        string adjoint = AdjointOf("DiscountedMixture");
        int centered = adjoint.IndexOf("recordedDoubles.PushElements(centered);", System.StringComparison.Ordinal);
        int transformed = adjoint.IndexOf("recordedDoubles.PushElements(transformed);", System.StringComparison.Ordinal);
        Assert.True(centered >= 0 && transformed > centered, adjoint);
        int restoreTransformed = adjoint.IndexOf("recordedDoubles.PopElements(transformed);", System.StringComparison.Ordinal);
        int restoreCentered = adjoint.IndexOf("recordedDoubles.PopElements(centered);", System.StringComparison.Ordinal);
        Assert.True(restoreTransformed > transformed && restoreCentered > restoreTransformed, adjoint);
        Assert.DoesNotMatch(@"Push(Reserved)?\(centered\[j\]\)", adjoint);
        Assert.DoesNotContain("centered[j] = recordedDoubles.Pop()", adjoint);
    }

    [Fact]
    public void A_loop_with_a_whole_record_makes_no_room_for_its_other_pushes()
    {
        string adjoint = AdjointOf("CarriedFill");
        Assert.Contains("recordedDoubles.PushElements(work);", adjoint);
        Assert.Contains("recordedDoubles.Push(weight);", adjoint);
        // The inner fill loop may reserve for its own pushes, after the whole record; the outer loop, over x, may not.
        Assert.DoesNotMatch(@"recordedDoubles\.Reserve\([^;]*x\.Length", adjoint);
    }

    [Fact]
    public void Forward_over_reverse_records_the_fills_tangents_whole_too()
    {
        string companions = TestFunctions.Companions("InPlaceUpdates.cs", "CarriedFill");
        string adjointTangent = companions.Substring(companions.IndexOf("CarriedFillAdjointTangent(", System.StringComparison.Ordinal));
        Assert.Matches(@"recordedDoublesTangent\w*\.PushElements\(workTangent\);", adjointTangent);
        Assert.Matches(@"recordedDoublesTangent\w*\.PopElements\(workTangent\);", adjointTangent);
    }

    [Fact]
    public void A_loop_that_reads_the_element_before_records_element_by_element()
    {
        string adjoint = AdjointOf("ChainedFill");
        Assert.DoesNotContain("PushElements", adjoint);
        Assert.Matches(@"recordedDoubles\.Push(Reserved)?\(work\[j\]\);", adjoint);
    }
}
