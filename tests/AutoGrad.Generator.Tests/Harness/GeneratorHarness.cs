using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace AutoGrad.Generator.Tests.Harness;

/// <summary>
/// Runs <see cref="AutoGradGenerator"/> in-process over C# source strings, the way the compiler would:
/// same language version, nullable enabled, every warning on.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999,
        // As a project with AllowUnsafeBlocks: unsafe code in a [Differentiable] method is AutoGrad's to diagnose, not only the compiler's.
        allowUnsafe: true,
        // The SDK silences these assembly-unification notes too: the runtime library targets an older framework.
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    /// <summary>One syntax tree per source, named Source0.cs, Source1.cs, …</summary>
    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "AutoGrad.Generator.Tests.Input",
            sources.Select((source, i) => Parse(source, $"Source{i}.cs")),
            References.Value,
            CompilationOptions);

    /// <param name="properties">MSBuild properties the project would make visible to the generator (e.g. AutoGradOptimize).</param>
    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new AutoGradGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: properties is null ? null : new BuildProperties(properties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(CreateDriver(), Compile(sources));

    /// <summary>Runs the driver; fails the test with the generator's own stack trace if it threw.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, CSharpCompilation input)
    {
        GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        var run = new GeneratorRun(ran, input, output, ran.GetRunResult());
        if (run.Exception is Exception exception)
        {
            throw new XunitException("The generator threw instead of reporting a diagnostic:" + Environment.NewLine + exception);
        }
        return run;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The framework's own assemblies only: the test host's list also holds xunit, Roslyn and the generator.
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework)
            .Append(typeof(DifferentiableAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
