using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Which element reads move out of loops, on the functions whose gradients AutoGrad.Tests checks
/// (<c>tests/AutoGrad.Tests/Functions/Triangles.cs</c> and <c>InvariantReads.cs</c>): an element of an
/// array the companion makes and keeps, read on every iteration of a loop that changes neither it nor its index.
/// </summary>
public sealed class InvariantElementTests
{
    private const string ReadOnce = "is the same in every iteration of the loop below: read once";

    [Fact]
    public void A_triangles_column_is_read_once_per_column_forward_and_reversed()
    {
        string companions = TestFunctions.Companions("Triangles.cs", "SquaredNorm");
        // The Tangent's for loop, the Adjoint's forward sweep and its reversed loop, each guarded by whether its loop runs.
        Assert.Contains("cCol = col + 1 < n ? c[col] : 0.0;", companions);
        Assert.Contains("cTangentCol = col + 1 < n ? cTangent[col] : 0.0;", companions);
        string adjoint = TestFunctions.Adjoint("Triangles.cs", "SquaredNorm");
        Assert.Contains("cCol = row < n ? c[col] : 0.0;", adjoint);
        Assert.Contains("cCol = row > col + 1 ? c[col] : 0.0;", adjoint);
        Assert.DoesNotMatch(@"t\d+ = v\[row\] \* c\[col\];", adjoint);
        Assert.Matches(@"t\d+ = v\[row\] \* cCol;", adjoint);
    }

    [Theory]
    [InlineData("Written")]
    [InlineData("ReadOnSomeRows")]
    [InlineData("HandedOn")]
    [InlineData("Input")]
    public void An_element_that_may_change_or_go_unread_stays_in_the_loop(string method) =>
        Assert.DoesNotContain(ReadOnce, TestFunctions.Companions("InvariantReads.cs", method));
}
