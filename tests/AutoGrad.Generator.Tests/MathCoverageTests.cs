using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AutoGrad.Generator.FrontEnd;
using AutoGrad.Generator.Rules;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Every public static method of System.Math and System.Double that takes doubles (or a double and an int, as
/// ScaleB and RootN) and returns a double, found by reflection on the running framework: each has a rule, or is
/// listed below with the reason it has no derivative. A function a new .NET adds fails this test until it is one or the other.
/// </summary>
public sealed class MathCoverageTests
{
    /// <summary>The functions with no derivative to take, by name (every overload in the selection), and why.</summary>
    private static readonly Dictionary<string, string> NoDerivative = new()
    {
        ["Floor"] = "piecewise constant: derivative 0 (integer-valued)",
        ["Ceiling"] = "piecewise constant: derivative 0 (integer-valued)",
        ["Truncate"] = "piecewise constant: derivative 0 (integer-valued)",
        ["Round"] = "piecewise constant: derivative 0 (integer-valued, or a multiple of 10^-digits for Round(x, digits))",
    };

    public static IEnumerable<MethodInfo> Selected() =>
        new[] { typeof(Math), typeof(double) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(double) && !m.IsGenericMethod && m.GetParameters().Length > 0
                && m.GetParameters().All(p => p.ParameterType == typeof(double) || p.ParameterType == typeof(int))
                && m.GetParameters()[0].ParameterType == typeof(double))
            .OrderBy(m => m.DeclaringType!.Name, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.GetParameters().Length);

    private static string Describe(MethodInfo m) =>
        $"{(m.DeclaringType == typeof(Math) ? "Math" : "double")}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType == typeof(int) ? "int" : "double"))})";

    private static readonly Lazy<Compilation> Framework = new(() => GeneratorHarness.Compile("class Empty { }"));

    private static IMethodSymbol SymbolOf(MethodInfo m)
    {
        INamedTypeSymbol type = Framework.Value.GetTypeByMetadataName(m.DeclaringType!.FullName!)!;
        ParameterInfo[] parameters = m.GetParameters();
        return type.GetMembers(m.Name).OfType<IMethodSymbol>().Single(s => s.IsStatic && s.Parameters.Length == parameters.Length
            && s.Parameters.Select(p => p.Type.SpecialType).SequenceEqual(parameters.Select(p => p.ParameterType == typeof(int) ? SpecialType.System_Int32 : SpecialType.System_Double)));
    }

    [Fact]
    public void Every_double_function_of_Math_and_Double_has_a_rule_or_is_listed_without_a_derivative()
    {
        var problems = new List<string>();
        foreach (MethodInfo method in Selected())
        {
            IMethodSymbol symbol = SymbolOf(method);
            string? rule = MathCalls.TryGetPrimitive(symbol);
            bool listed = NoDerivative.ContainsKey(method.Name);
            if (rule is not null && listed)
            {
                problems.Add($"{Describe(method)} has the rule {rule} but is listed as having no derivative");
            }
            else if (rule is null && !listed)
            {
                problems.Add($"{Describe(method)} has no rule and is not listed as having no derivative: add a rule to PrimitiveRules and MathCalls, or a reason here");
            }
            else if (rule is null && !MathCalls.IsPiecewiseConstant(symbol))
            {
                problems.Add($"{Describe(method)} is listed as piecewise constant but MathCalls does not treat it so");
            }
            else if (rule is not null)
            {
                PrimitiveRule primitive = PrimitiveRules.Get(rule);
                if (primitive.CallText is null || !primitive.CallText.EndsWith("." + method.Name, StringComparison.Ordinal))
                {
                    problems.Add($"{Describe(method)} maps to the rule {rule}, which calls {primitive.CallText}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_function_listed_without_a_derivative_exists()
    {
        var names = new HashSet<string>(Selected().Select(m => m.Name));
        string[] stale = NoDerivative.Keys.Where(name => !names.Contains(name)).ToArray();
        Assert.True(stale.Length == 0, "listed but not found: " + string.Join(", ", stale));
    }

    /// <summary>Each supported function, called from a [Differentiable(Order = 2)] method: no diagnostic, companions that compile cleanly.</summary>
    [Fact]
    public void Every_supported_function_generates_companions_to_order_two()
    {
        MethodInfo[] supported = Selected().Where(m => !NoDerivative.ContainsKey(m.Name)).ToArray();
        var source = new System.Text.StringBuilder("using System;\nusing AutoGrad;\n\npublic static partial class Work\n{\n");
        for (int i = 0; i < supported.Length; i++)
        {
            ParameterInfo[] parameters = supported[i].GetParameters();
            string[] names = { "a", "b", "c" };
            string arguments = string.Join(", ", parameters.Select((p, k) => p.ParameterType == typeof(int) ? "3" : names[k]));
            string type = supported[i].DeclaringType == typeof(Math) ? "Math" : "double";
            source.Append($"    // {Describe(supported[i])}\n");
            source.Append($"    [Differentiable(Order = 2)] public static double F{i}(double a, double b, double c) => {type}.{supported[i].Name}({arguments}) + a + b + c;\n");
        }
        source.Append("}\n");

        GeneratorRun run = GeneratorHarness.Run(source.ToString());
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorRun.Describe(run.GeneratorDiagnostics));
        Assert.True(run.AnalyzerDiagnostics.IsEmpty, GeneratorRun.Describe(run.AnalyzerDiagnostics));
        Assert.True(run.CompileProblems.IsEmpty, GeneratorRun.Describe(run.CompileProblems));
        for (int i = 0; i < supported.Length; i++)
        {
            foreach (string companion in new[] { "Tangent", "Adjoint", "AdjointTangent", "TangentTangent" })
            {
                Assert.True(run.Generated($"F{i}{companion}"), $"F{i}{companion} for {Describe(supported[i])}");
            }
        }
        Assert.True(supported.Length >= 90, $"only {supported.Length} supported functions found");
    }
}
