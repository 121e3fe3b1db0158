using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// The pipeline is incremental in fact, not only in name: an unrelated edit reuses every step's cached
/// output, and the steps hold plain data, never compiler objects.
/// </summary>
public sealed class CacheabilityTests
{
    private static readonly string[] TrackedSteps = { TrackingNames.Methods, TrackingNames.Companions };

    /// <summary>Every step: the keys as well (a new file changes the shape, so they are not all cached above).</summary>
    private static readonly string[] AllSteps = { TrackingNames.Shape, TrackingNames.ParseKeys, TrackingNames.Methods, TrackingNames.Companions };

    private const string Unrelated = """
        namespace Elsewhere;

        internal static class Unrelated
        {
            public static int Answer() => 42;
        }
        """;

    [Fact]
    public void Adding_an_unrelated_file_leaves_every_step_and_output_cached()
    {
        GeneratorRun first = GeneratorHarness.Run(RepresentativeSources.All);
        GeneratorRun second = GeneratorHarness.Run(first.Driver, first.Input.AddSyntaxTrees(GeneratorHarness.Parse(Unrelated, "Unrelated.cs")));

        foreach (string step in TrackedSteps)
        {
            ImmutableArray<IncrementalGeneratorRunStep> runs = Steps(second, step);
            Assert.Equal(Steps(first, step).Length, runs.Length);
            foreach (IncrementalGeneratorRunStep run in runs)
            {
                foreach ((object _, IncrementalStepRunReason reason) in run.Outputs)
                {
                    Assert.True(IsReused(reason), $"step '{step}' produced an output with reason {reason} after an unrelated edit");
                }
            }
        }

        IEnumerable<IncrementalStepRunReason> outputs = second.Generator.TrackedOutputSteps
            .SelectMany(pair => pair.Value)
            .SelectMany(run => run.Outputs)
            .Select(output => output.Reason)
            .ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, reason => Assert.True(IsReused(reason), $"a source output ran with reason {reason} after an unrelated edit"));
        Assert.Equal(first.AllSources(), second.AllSources());
    }

    [Fact]
    public void Tracked_steps_hold_no_symbols_syntax_or_compilations()
    {
        GeneratorRun run = GeneratorHarness.Run(RepresentativeSources.All.Append(Invalid).ToArray());
        foreach (string step in AllSteps)
        {
            ImmutableArray<IncrementalGeneratorRunStep> runs = Steps(run, step);
            Assert.NotEmpty(runs);
            foreach (IncrementalGeneratorRunStep stepRun in runs)
            {
                foreach ((object value, IncrementalStepRunReason _) in stepRun.Outputs)
                {
                    ObjectGraph.AssertHoldsNoCompilerObjects(value, step);
                }
            }
        }
    }

    [Fact]
    public void Object_graph_walk_finds_a_syntax_node_nested_in_a_collection()
    {
        // The walk above passing means nothing unless it can fail.
        SyntaxNode node = CSharpSyntaxTree.ParseText("class C { }").GetRoot();
        var holder = new { Name = "m", Items = new List<object> { 1, new[] { (object)node } } };
        Assert.Throws<Xunit.Sdk.XunitException>(() => ObjectGraph.AssertHoldsNoCompilerObjects(holder, "test"));
    }

    [Fact]
    public void Editing_a_method_body_changes_its_output_and_only_its_output()
    {
        const string before = """
            using AutoGrad;

            public static partial class Edited
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """;
        GeneratorRun first = GeneratorHarness.Run(before, RepresentativeSources.OtherFileAndNamespace);
        SyntaxTree original = first.Input.SyntaxTrees.First();
        SyntaxTree edited = GeneratorHarness.Parse(before.Replace("x * x", "x * x * x", StringComparison.Ordinal), original.FilePath);
        GeneratorRun second = GeneratorHarness.Run(first.Driver, first.Input.ReplaceSyntaxTree(original, edited));

        Assert.NotEqual(Text(first, "FTangent"), Text(second, "FTangent"));
        IncrementalStepRunReason[] reasons = Steps(second, TrackingNames.Companions).SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Equal(reasons.Length - 1, reasons.Count(IsReused));
    }

    private const string Invalid = """
        using AutoGrad;

        public static class NotPartial
        {
            [Differentiable]
            public static double F(double x, string label)
            {
                goto end;
                end:
                return x;
            }
        }
        """;

    private static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static ImmutableArray<IncrementalGeneratorRunStep> Steps(GeneratorRun run, string name) =>
        run.Generator.TrackedSteps.TryGetValue(name, out ImmutableArray<IncrementalGeneratorRunStep> steps)
            ? steps
            : throw new Xunit.Sdk.XunitException($"No step is tracked as '{name}'; tracked: {string.Join(", ", run.Generator.TrackedSteps.Keys)}");

    private static string Text(GeneratorRun run, string companion) =>
        run.Sources.Single(s => s.SourceText.ToString().Contains(" " + companion + "(", StringComparison.Ordinal)).SourceText.ToString();
}
