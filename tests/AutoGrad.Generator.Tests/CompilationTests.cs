using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>The generated code compiles cleanly: no error, and no warning either (users build with warnings as errors).</summary>
public sealed class CompilationTests
{
    public static TheoryData<int> Sources => new(Enumerable.Range(0, RepresentativeSources.All.Length));

    [Theory]
    [MemberData(nameof(Sources))]
    public void Each_representative_source_compiles_without_warnings(int index)
    {
        string source = RepresentativeSources.All[index];
        // ControlFlow calls into Other.Helper, so that file always comes along.
        string[] sources = source == RepresentativeSources.OtherFileAndNamespace
            ? new[] { source }
            : new[] { source, RepresentativeSources.OtherFileAndNamespace };
        GeneratorRun run = GeneratorHarness.Run(sources);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorRun.Describe(run.GeneratorDiagnostics));
        Assert.True(run.CompileProblems.IsEmpty, GeneratorRun.Describe(run.CompileProblems));
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void All_sources_together_compile_without_warnings()
    {
        GeneratorRun run = GeneratorHarness.Run(RepresentativeSources.All);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorRun.Describe(run.GeneratorDiagnostics));
        Assert.True(run.CompileProblems.IsEmpty, GeneratorRun.Describe(run.CompileProblems));
    }

    [Fact]
    public void Every_method_gets_one_file_whose_hint_name_ends_with_AutoGrad_g_cs()
    {
        GeneratorRun run = GeneratorHarness.Run(RepresentativeSources.All);
        Assert.All(run.Sources, s => Assert.EndsWith(".AutoGrad.g.cs", s.HintName, System.StringComparison.Ordinal));
        foreach (string companion in new[] { "FTangent", "FAdjoint", "LoopsAdjoint", "RecursiveTangent", "CallsAdjoint", "BlockyTangent", "SquareAdjoint", "EnergyTangent", "NestedAdjoint", "SumAdjoint", "SmoothTangent", "SmoothAdjoint", "ComposedAdjoint" })
        {
            Assert.True(run.Generated(companion), $"no generated file declares {companion}");
        }
    }
}
