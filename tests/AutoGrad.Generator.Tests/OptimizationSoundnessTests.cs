using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using AutoGrad.Generator.Tests.Corpus;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// The optimizing passes must not change a derivative. The benchmark problems — the workloads the passes were
/// written for — are built twice, with and without them (<c>AutoGradOptimize=false</c>), and every generated
/// gradient, forward and reverse, must agree between the two builds to the last bits a reordered sum may change.
/// AutoGrad.Tests.Unoptimized runs the whole unit-test corpus without them the same way.
/// </summary>
public sealed class OptimizationSoundnessTests
{
    /// <summary>Each problem at a size small enough to check quickly; a new problem must be added here.</summary>
    private static readonly Dictionary<string, object[]> Sizes = new()
    {
        ["BlackScholesProblem"] = Array.Empty<object>(),
        ["GmmProblem"] = new object[] { 3, 4, 25, 1.0, 0 },
        ["LotkaVolterraProblem"] = new object[] { 40 },
        ["MlpProblem"] = Array.Empty<object>(),
        ["RosenbrockProblem"] = new object[] { 10 },
    };

    [Fact]
    public void Benchmark_problems_have_the_same_gradients_with_and_without_the_optimizing_passes()
    {
        (Assembly optimized, string optimizedSource) = Build(optimize: true);
        (Assembly plain, string plainSource) = Build(optimize: false);
        Assert.NotEqual(optimizedSource, plainSource);

        List<Type> problems = optimized.GetTypes().Where(t => t.BaseType?.Name == "GradientProblem").OrderBy(t => t.Name).ToList();
        Assert.Equal(Sizes.Keys.OrderBy(k => k), problems.Select(p => p.Name));
        foreach (Type type in problems)
        {
            // A problem too big for one forward sweep per input says so (the network): its reverse mode is still compared.
            foreach (string way in new[] { "GeneratedAdjoint", "GeneratedTangent" }.Where(w => w == "GeneratedAdjoint" || type.Name != "MlpProblem"))
            {
                (double value, double[] gradient) = Gradient(optimized, type.FullName!, way);
                (double plainValue, double[] plainGradient) = Gradient(plain, type.FullName!, way);
                Assert.Equal(plainValue, value);
                Assert.Equal(plainGradient.Length, gradient.Length);
                for (int i = 0; i < gradient.Length; i++)
                {
                    double scale = Math.Max(1, Math.Max(Math.Abs(gradient[i]), Math.Abs(plainGradient[i])));
                    Assert.True(Math.Abs(gradient[i] - plainGradient[i]) <= 1e-12 * scale,
                        $"{type.Name}.{way}: ∂/∂x[{i}] = {gradient[i]:R} optimized, {plainGradient[i]:R} without the optimizing passes");
                }
            }
        }
    }

    private static (double Value, double[] Gradient) Gradient(Assembly assembly, string typeName, string way)
    {
        Type type = assembly.GetType(typeName, throwOnError: true)!;
        object problem = Activator.CreateInstance(type, Sizes[type.Name])!;
        double value = (double)type.GetMethod(way)!.Invoke(problem, null)!;
        return (value, ((double[])type.GetProperty("Gradient")!.GetValue(problem)!).ToArray());
    }

    private static (Assembly Assembly, string Generated) Build(bool optimize)
    {
        string root = Path.Combine(CorpusProjects.RepositoryRoot, "benchmarks", "AutoGrad.Benchmarks");
        string[] files = new[] { "Problems", "Tape" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Append(Path.Combine(CorpusProjects.RepositoryRoot, "samples", "AutoGrad.Samples.Finance", "Normal.cs"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        CSharpCompilation input = GeneratorHarness.Compile(files.Select(File.ReadAllText).ToArray());
        input = input.WithOptions(input.Options.WithOptimizationLevel(OptimizationLevel.Release));
        GeneratorRun run = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["AutoGradOptimize"] = optimize ? "true" : "false" }), input);
        Diagnostic[] errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
        using var image = new MemoryStream();
        Assert.True(run.Output.Emit(image).Success);
        image.Position = 0;
        string generated = string.Concat(run.Output.SyntaxTrees.Except(run.Input.SyntaxTrees).Select(t => t.ToString()));
        return (new AssemblyLoadContext("AutoGrad.Soundness." + optimize, isCollectible: true).LoadFromStream(image), generated);
    }
}
