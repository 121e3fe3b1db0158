using System;

namespace AutoGrad;

/// <summary>
/// Tells AutoGrad the derivatives of a method instead of letting it differentiate the body: you write
/// the companions by hand, with exactly the signatures AutoGrad would generate, and every
/// <see cref="DifferentiableAttribute">[Differentiable]</see> method that calls the method uses them.
/// <list type="bullet">
/// <item>On a method <c>F</c>: the companions <c>FTangent</c> and/or <c>FAdjoint</c> (and, for callers of
/// <c>Order = 2</c>, <c>FAdjointTangent</c> and <c>FTangentTangent</c>) are declared beside it. The
/// body of <c>F</c> may use any C#.</item>
/// <item>On the assembly, for a method you do not own:
/// <c>[assembly: CustomDerivative(typeof(SpecialFunctions), nameof(SpecialFunctions.Erf), typeof(ErfDerivatives))]</c>
/// — the companions (<c>ErfTangent</c>, <c>ErfAdjoint</c>) are static methods of <c>ErfDerivatives</c>.</item>
/// </list>
/// Write one mode and AutoGrad derives the other from it, exactly but more slowly (one reverse sweep
/// per output, or one forward sweep per input); the containing type must then be <c>partial</c>.
/// Check hand-written companions with <see cref="GradientCheck"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class CustomDerivativeAttribute : Attribute
{
    /// <summary>The companions are declared beside the method this attribute marks.</summary>
    public CustomDerivativeAttribute()
    {
    }

    /// <summary>Registers the companions of <paramref name="type"/>.<paramref name="methodName"/> (every overload) declared in <paramref name="companions"/>.</summary>
    public CustomDerivativeAttribute(Type type, string methodName, Type companions)
    {
        Type = type;
        MethodName = methodName;
        Companions = companions;
    }

    /// <summary>The type that declares the method, when registered on the assembly.</summary>
    public Type? Type { get; }

    /// <summary>The name of the method, when registered on the assembly.</summary>
    public string? MethodName { get; }

    /// <summary>The type that declares the hand-written companions, when registered on the assembly.</summary>
    public Type? Companions { get; }
}
