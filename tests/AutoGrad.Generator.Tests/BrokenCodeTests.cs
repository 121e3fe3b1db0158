using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// The generator and the analyzer run on every keystroke in an IDE, mostly over code that does not compile yet: they must
/// never throw, and never blame themselves (AG0099) for the user's half-typed code.
/// </summary>
public sealed class BrokenCodeTests
{
    public static TheoryData<string> Sources => new()
    {
        "[Differentiable] public static double F(double x) { return x * ; }",
        "[Differentiable] public static double F(double x) => Math.Sin(x",
        "[Differentiable] public static double F(double x, ) { return x; }",
        "[Differentiable] public static double F(double x) { for (int i = 0; i < ; i++) { x *= 2; } return x; }",
        "[Differentiable] public static double F(double x) { if (x > 0) return x; }",
        "[Differentiable] public static double F(double x) { double y = undefinedName * x; return y; }",
        "[Differentiable] public static double F(double x) { return Missing(x); }",
        "[Differentiable] public static double F(double x) { return x.Nope; }",
        "[Differentiable] public static double F(double x) => \"text\";",
        "[Differentiable] public static double F(double x) { int n = x; return n; }",
        "[Differentiable] public static double F(double x)",
        "[Differentiable] public static double F(double x) { return x; ",
        "[Differentiable] public double P => 1.0;",
        "[Differentiable] public static double F(double x, double x) => x;",
        "[Differentiable] public static double F(double x) { while (true) { } }",
        "[Differentiable] public static double F(double x) { break; }",
        "[Differentiable] public static double F(ref double x) => x;",
        "[Differentiable] public static T F<T>(T x) => x;",
        "[Differentiable] public static double F(double x) => F;",
        "[Differentiable] public static double F(double x) { double x = 2; return x; }",
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Broken_code_never_makes_the_generator_throw(string members)
    {
        string source = "using System;\nusing AutoGrad;\n\npublic static partial class Broken\n{\n    " + members + "\n}\n";
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AG0099");
        // AD0001: the analyzer threw.
        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id is "AG0099" or "AD0001");
        Assert.DoesNotContain(run.CompileDiagnostics, d => d.Id == "CS8785");
    }

    [Fact]
    public void Unterminated_class_and_file_do_not_make_the_generator_throw()
    {
        GeneratorRun run = GeneratorHarness.Run("using AutoGrad;\npublic static partial class Open\n{\n    [Differentiable] public static double F(double x) { return x * x;");
        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AG0099");
        // AD0001: the analyzer threw.
        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id is "AG0099" or "AD0001");
    }
}
