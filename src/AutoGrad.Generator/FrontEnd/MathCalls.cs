using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>Recognizes <c>System.Math</c> and <c>double.*</c> functions that have a rule in <c>PrimitiveRules</c>.</summary>
internal static class MathCalls
{
    private static readonly string[] Unary =
    {
        "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh",
        "Exp", "Log", "Log10", "Log2", "Sqrt", "Cbrt", "Abs",
        "ExpM1", "Exp2", "Exp10", "Exp2M1", "Exp10M1", "LogP1", "Log2P1", "Log10P1",
        "SinPi", "CosPi", "TanPi", "AsinPi", "AcosPi", "AtanPi", "DegreesToRadians", "RadiansToDegrees",
        "ReciprocalEstimate", "ReciprocalSqrtEstimate", "BitIncrement", "BitDecrement",
    };

    private static readonly string[] Binary =
    {
        "Atan2", "Pow", "Max", "Min", "Hypot", "Log", "Atan2Pi", "CopySign", "IEEERemainder", "Ieee754Remainder",
        "MaxMagnitude", "MinMagnitude", "MaxNumber", "MinNumber", "MaxNative", "MinNative", "MaxMagnitudeNumber", "MinMagnitudeNumber",
    };

    private static readonly string[] Ternary = { "Clamp", "FusedMultiplyAdd", "ClampNative", "MultiplyAddEstimate", "Lerp" };

    private static readonly string[] PiecewiseConstant = { "Floor", "Ceiling", "Round", "Truncate", "Sign" };

    /// <summary>The rule name for a call of <paramref name="method"/>, or null if it is not a known primitive.</summary>
    public static string? TryGetPrimitive(IMethodSymbol method)
    {
        if (!IsMathType(method.ContainingType) || method.ReturnType.SpecialType != SpecialType.System_Double)
        {
            return null;
        }
        var parameters = method.Parameters;
        if (method.Name is "ScaleB" or "RootN" && parameters.Length == 2
            && parameters[0].Type.SpecialType == SpecialType.System_Double && parameters[1].Type.SpecialType == SpecialType.System_Int32)
        {
            return method.Name;
        }
        if (!parameters.All(p => p.Type.SpecialType == SpecialType.System_Double))
        {
            return null;
        }
        return parameters.Length switch
        {
            1 when Unary.Contains(method.Name) => method.Name,
            2 when Binary.Contains(method.Name) => method.Name == "Log" ? "LogBase" : method.Name,
            3 when Ternary.Contains(method.Name) => method.Name,
            _ => null,
        };
    }

    public static bool IsPiecewiseConstant(IMethodSymbol method) =>
        IsMathType(method.ContainingType) && PiecewiseConstant.Contains(method.Name);

    private static bool IsMathType(INamedTypeSymbol? type) =>
        type is not null && (type.SpecialType == SpecialType.System_Double
            || type.Name == "Math" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true });
}
