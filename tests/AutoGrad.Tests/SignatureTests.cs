using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// The companions' signatures are the public contract: read them back by reflection, down to parameter
/// names, by-ref-ness, the seed's default and the tuple element names.
/// </summary>
public sealed class SignatureTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static readonly Type Ref = typeof(double).MakeByRefType();

    [Fact]
    public void Tangent_puts_a_partner_after_each_double_and_passes_the_int_through()
    {
        MethodInfo tangent = Single(typeof(Signatures), nameof(Signatures.MixedTangent));
        AssertParameters(tangent, ("x", typeof(double)), ("xTangent", typeof(double)), ("n", typeof(int)), ("y", typeof(double)), ("yTangent", typeof(double)));
        AssertReturnsValueAndTangent(tangent);
        Assert.True(tangent.IsStatic && tangent.IsPublic);
    }

    [Fact]
    public void Adjoint_puts_a_ref_partner_after_each_double_and_ends_with_seed_defaulting_to_1()
    {
        MethodInfo adjoint = Single(typeof(Signatures), nameof(Signatures.MixedAdjoint));
        AssertParameters(adjoint, ("x", typeof(double)), ("xAdjoint", Ref), ("n", typeof(int)), ("y", typeof(double)), ("yAdjoint", Ref), ("seed", typeof(double)));
        AssertSeed(adjoint);
        Assert.Equal(typeof(double), adjoint.ReturnType);
        Assert.True(adjoint.IsStatic && adjoint.IsPublic);
    }

    [Fact]
    public void NoDerivative_parameter_has_no_partner_and_long_and_bool_pass_through()
    {
        MethodInfo tangent = Single(typeof(Signatures), nameof(Signatures.ScaledTangent));
        AssertParameters(tangent, ("x", typeof(double)), ("xTangent", typeof(double)), ("c", typeof(double)), ("repeat", typeof(long)), ("negate", typeof(bool)));
        AssertReturnsValueAndTangent(tangent);

        MethodInfo adjoint = Single(typeof(Signatures), nameof(Signatures.ScaledAdjoint));
        AssertParameters(adjoint, ("x", typeof(double)), ("xAdjoint", Ref), ("c", typeof(double)), ("repeat", typeof(long)), ("negate", typeof(bool)), ("seed", typeof(double)));
        AssertSeed(adjoint);
    }

    [Fact]
    public void Companions_of_an_internal_method_are_internal()
    {
        foreach (string name in new[] { nameof(Signatures.HiddenTangent), nameof(Signatures.HiddenAdjoint) })
        {
            MethodInfo companion = Single(typeof(Signatures), name);
            Assert.True(companion.IsAssembly, $"{name} should be internal");
            Assert.True(companion.IsStatic, $"{name} should be static");
        }
    }

    [Fact]
    public void Companions_of_an_instance_method_are_public_instance_methods()
    {
        MethodInfo tangent = Single(typeof(Spring), nameof(Spring.EnergyTangent));
        MethodInfo adjoint = Single(typeof(Spring), nameof(Spring.EnergyAdjoint));
        Assert.False(tangent.IsStatic);
        Assert.False(adjoint.IsStatic);
        Assert.True(tangent.IsPublic && adjoint.IsPublic);
        AssertParameters(adjoint, ("stiffness", typeof(double)), ("stiffnessAdjoint", Ref), ("x", typeof(double)), ("xAdjoint", Ref), ("seed", typeof(double)));
        AssertSeed(adjoint);
    }

    [Theory]
    [InlineData(1.5, 2.0, 3L, false)]
    [InlineData(-0.5, 4.0, 2L, true)]
    [InlineData(0.7, 1.0, 0L, false)]
    public void NoDerivative_parameter_is_a_constant(double x, double c, long repeat, bool negate)
    {
        var scaled = new Companions(
            $"Scaled(c = {c}, repeat = {repeat}, negate = {negate})", 1,
            p => Signatures.Scaled(p[0], c, repeat, negate),
            (p, v) => Signatures.ScaledTangent(p[0], v[0], c, repeat, negate),
            (p, a, seed) => Signatures.ScaledAdjoint(p[0], ref a[0], c, repeat, negate, seed));
        double sign = negate ? -1 : 1;
        CompanionChecks.AgreeWith(scaled, new[] { x }, new[] { sign * 2 * repeat * c * x });
    }

    [Theory]
    [InlineData(1.5, 3, -2.0)]
    [InlineData(-0.8, 0, 0.5)]
    public void Int_parameter_between_doubles_passes_through(double x, int n, double y)
    {
        var mixed = new Companions(
            $"Mixed(n = {n})", 2,
            p => Signatures.Mixed(p[0], n, p[1]),
            (p, v) => Signatures.MixedTangent(p[0], v[0], n, p[1], v[1]),
            (p, a, seed) => Signatures.MixedAdjoint(p[0], ref a[0], n, p[1], ref a[1], seed));
        double dx = n == 0 ? 0.0 : n * Math.Pow(x, n - 1) * y;
        CompanionChecks.AgreeWith(mixed, new[] { x, y }, new[] { dx, Math.Pow(x, n) });
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.5)]
    public void Internal_method_companions_work(double x)
    {
        var hidden = new Companions(
            "Hidden", 1,
            p => Signatures.Hidden(p[0]),
            (p, v) => Signatures.HiddenTangent(p[0], v[0]),
            (p, a, seed) => Signatures.HiddenAdjoint(p[0], ref a[0], seed));
        CompanionChecks.AgreeWith(hidden, new[] { x }, new[] { (1 + x) * Math.Exp(x) });
    }

    private static MethodInfo Single(Type type, string name)
    {
        MethodInfo[] found = type.GetMethods(Everything).Where(m => m.Name == name).ToArray();
        Assert.True(found.Length == 1, $"{type.Name}.{name}: expected exactly one method, found {found.Length}");
        return found[0];
    }

    private static void AssertParameters(MethodInfo method, params (string Name, Type Type)[] expected)
    {
        ParameterInfo[] actual = method.GetParameters();
        string Describe(ParameterInfo p) => $"{p.ParameterType.Name} {p.Name}";
        Assert.True(expected.Length == actual.Length,
            $"{method.Name}: expected ({string.Join(", ", expected.Select(e => $"{e.Type.Name} {e.Name}"))}), got ({string.Join(", ", actual.Select(Describe))})");
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Name, actual[i].Name);
            Assert.True(expected[i].Type == actual[i].ParameterType, $"{method.Name}, parameter {actual[i].Name}: expected {expected[i].Type}, got {actual[i].ParameterType}");
            // ref, not out or in.
            Assert.False(actual[i].IsOut, $"{method.Name}, parameter {actual[i].Name} is out");
            Assert.False(actual[i].IsIn, $"{method.Name}, parameter {actual[i].Name} is in");
        }
    }

    private static void AssertSeed(MethodInfo adjoint)
    {
        ParameterInfo seed = adjoint.GetParameters()[^1];
        Assert.Equal("seed", seed.Name);
        Assert.True(seed.HasDefaultValue, $"{adjoint.Name}: seed has no default value");
        Assert.Equal(1.0, Assert.IsType<double>(seed.DefaultValue));
    }

    private static void AssertReturnsValueAndTangent(MethodInfo tangent)
    {
        Assert.Equal(typeof(ValueTuple<double, double>), tangent.ReturnType);
        TupleElementNamesAttribute? names = tangent.ReturnParameter.GetCustomAttribute<TupleElementNamesAttribute>();
        Assert.NotNull(names);
        Assert.Equal(new[] { "Value", "Tangent" }, names.TransformNames);
    }
}
