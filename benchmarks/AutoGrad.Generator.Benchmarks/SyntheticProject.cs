using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoGrad.Generator.Benchmarks;

/// <summary>
/// A project with <see cref="MethodCount"/> [Differentiable] methods in <see cref="FileCount"/> files, in
/// four shapes that cycle: straight-line arithmetic with Math calls, a branch, a loop over an array,
/// and a call to the previous method. One more file holds ordinary code, the target of unrelated edits.
/// </summary>
public static class SyntheticProject
{
    public const int MethodCount = 200;
    public const int FileCount = 20;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "Synthetic",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The differentiable files, Model0.cs … Model19.cs.</summary>
    public static IEnumerable<SyntaxTree> ModelFiles() =>
        Enumerable.Range(0, FileCount).Select(file => Parse(ModelSource(file, edit: 0), $"Model{file}.cs"));

    /// <summary>Model0.cs with the body of its first method changed.</summary>
    public static SyntaxTree EditedModelFile(int edit) => Parse(ModelSource(0, edit), "Model0.cs");

    /// <summary>A file with no differentiable code; <paramref name="edit"/> changes a constant in it.</summary>
    public static SyntaxTree UnrelatedFile(int edit) => Parse($$"""
        namespace Synthetic;

        public static class Settings
        {
            public static int Answer() => {{42 + edit}};
        }
        """, "Settings.cs");

    private static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    private static string ModelSource(int file, int edit)
    {
        int perFile = MethodCount / FileCount;
        IEnumerable<string> methods = Enumerable.Range(file * perFile, perFile).Select(index => Method(index, index == file * perFile ? edit : 0));
        return $$"""
            using System;
            using AutoGrad;

            namespace Synthetic;

            public static partial class Model{{file}}
            {
            {{string.Join(Environment.NewLine, methods)}}
            }
            """;
    }

    private static string Method(int index, int edit) => (index % 4) switch
    {
        0 => $$"""
                [Differentiable]
                public static double F{{index}}(double x, double y) => Math.Exp(-x * y) * Math.Sin(x + {{index + edit}}.0) + Math.Log(1 + y * y);
            """,
        1 => $$"""
                [Differentiable]
                public static double F{{index}}(double x, double y)
                {
                    double z = x * y + {{index}}.0;
                    if (z > 0)
                    {
                        z = Math.Sqrt(z) * Math.Tanh(x);
                    }
                    else
                    {
                        z = Math.Pow(x, 3) - y;
                    }
                    return Math.Max(z, y);
                }
            """,
        2 => $$"""
                [Differentiable]
                public static double F{{index}}(double[] v, double scale)
                {
                    double sum = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        double term = scale * v[i] - {{index}}.0;
                        sum += term * term;
                    }
                    return Math.Sqrt(sum);
                }
            """,
        _ => $$"""
                [Differentiable]
                public static double F{{index}}(double x, double y)
                {
                    double a = {{Owner(index - 3)}}.F{{index - 3}}(x, y);
                    double b = {{Owner(index - 2)}}.F{{index - 2}}(y, x);
                    return a * b + Math.Cos(a);
                }
            """,
    };

    private static string Owner(int index) => $"Model{index / (MethodCount / FileCount)}";

    private static ImmutableArray<MetadataReference> References()
    {
        // The framework's own assemblies and the runtime library (for the attributes).
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework)
            .Append(typeof(DifferentiableAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
