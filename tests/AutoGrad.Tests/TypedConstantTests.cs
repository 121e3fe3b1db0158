using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Constants keep their types: an enum compared in a condition was once emitted as an int (CS0019 in generated code).</summary>
public sealed class TypedConstantTests
{
    [Theory]
    [InlineData(Topology.Series, 1.0, 1.0)]
    [InlineData(Topology.Parallel, 4.0 / 9.0, 1.0 / 9.0)]
    [InlineData(Topology.Bridge, 1.0, -1.0)]
    public void Each_topology_has_its_closed_form_derivatives(Topology topology, double dA, double dB)
    {
        const double a = 1.0, b = 2.0;
        double aAdjoint = 0, bAdjoint = 0;
        double value = TypedConstants.ResistanceAdjoint(a, ref aAdjoint, b, ref bAdjoint, topology);
        Approx.Equal(TypedConstants.Resistance(a, b, topology), value, "value");
        // Parallel: ab/(a + b), ∂/∂a = b²/(a + b)², ∂/∂b = a²/(a + b)².
        Approx.Equal(dA, aAdjoint, "∂/∂a");
        Approx.Equal(dB, bAdjoint, "∂/∂b");
        Approx.Equal(dA * 0.5 - dB, TypedConstants.ResistanceTangent(a, 0.5, b, -1.0, topology).Tangent, "Tangent vs closed form");
        double aGradient = 0, aHv = 0, bGradient = 0, bHv = 0;
        TypedConstants.ResistanceAdjointTangent(a, 1.0, ref aGradient, ref aHv, b, 0.0, ref bGradient, ref bHv, topology);
        // ∂²/∂a² of ab/(a + b) is −2b²/(a + b)³; the other topologies are linear.
        Approx.Equal(topology == Topology.Parallel ? -2 * b * b / 27 : 0.0, aHv, "∂²/∂a²");
    }

    [Fact]
    public void Constants_of_other_types_keep_their_values()
    {
        const double x = 1.3;
        double adjoint = 0;
        TypedConstants.MixedAdjoint(x, ref adjoint);
        double expected = (9.81 * x) + 3 + 'a' + 1.5;
        Approx.Equal(expected, adjoint, "∂/∂x");
        Approx.Equal(expected, TypedConstants.MixedTangent(x, 1.0).Tangent, "Tangent");
        Approx.Equal(9.81, TypedConstants.MixedTangentTangent(x, 1.0, 1.0, 0.0).Tangent.Tangent, "second derivative");
    }
}
