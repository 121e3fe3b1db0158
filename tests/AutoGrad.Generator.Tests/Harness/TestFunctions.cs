using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using AutoGrad.Generator.Tests.Corpus;
using Xunit;

namespace AutoGrad.Generator.Tests.Harness;

/// <summary>
/// The generated code for the functions whose gradients AutoGrad.Tests checks (<c>tests/AutoGrad.Tests/Functions/</c>):
/// tests here assert what the generator chose for them, those there that the numbers are right.
/// </summary>
internal static class TestFunctions
{
    private static readonly ConcurrentDictionary<string, GeneratorRun> Runs = new(StringComparer.Ordinal);

    /// <summary>The text of <paramref name="method"/>'s Adjoint companion, generated from <paramref name="file"/> alone.</summary>
    public static string Adjoint(string file, string method) => Run(file).AdjointOf(method);

    /// <summary>The generated file of <paramref name="method"/>'s companions, generated from <paramref name="file"/> alone.</summary>
    public static string Companions(string file, string method) => Run(file).CompanionsOf(method);

    private static GeneratorRun Run(string file) =>
        Runs.GetOrAdd(file, f => GeneratorHarness.Run(File.ReadAllText(Path.Combine(CorpusProjects.RepositoryRoot, "tests", "AutoGrad.Tests", "Functions", f))));
}
