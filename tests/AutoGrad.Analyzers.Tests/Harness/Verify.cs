using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AutoGrad.Generator;
using AutoGrad.Generator.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AutoGrad.Analyzers.Tests.Harness;

/// <summary>
/// Runs <see cref="DifferentiableMethodAnalyzer"/> (and a code fix) over markup sources: <c>{|AG0005:…|}</c>
/// marks the exact span each diagnostic must have, and no other diagnostic may be reported.
/// </summary>
internal static class Verify
{
    /// <summary>The analyzer alone: no companion is generated, so a call of one is also a compiler error (CS0103, CS0117).</summary>
    /// <param name="expected">Diagnostics the markup can't express, e.g. with their message arguments.</param>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<DifferentiableMethodAnalyzer, DefaultVerifier> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        Configure(test);
        return test.RunAsync();
    }

    /// <summary>
    /// As <see cref="AnalyzerAsync"/>, with the generator run first as in a build, so the analyzer (and the
    /// compiler) see the companions. The generated files themselves are the generator tests' to check.
    /// </summary>
    public static Task AnalyzerWithGeneratorAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new WithGenerator { TestCode = source, TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        test.ExpectedDiagnostics.AddRange(expected);
        Configure(test);
        return test.RunAsync();
    }

    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<DifferentiableMethodAnalyzer, TCodeFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource };
        Configure(test);
        return test.RunAsync();
    }

    /// <summary>The .NET 8 reference pack (from the NuGet feed), plus the runtime library for the attributes.</summary>
    private static void Configure(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        test.TestState.AdditionalReferences.Add(typeof(DifferentiableAttribute).Assembly);
    }

    private sealed class WithGenerator : CSharpAnalyzerTest<DifferentiableMethodAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(AutoGradGenerator) };
    }
}
