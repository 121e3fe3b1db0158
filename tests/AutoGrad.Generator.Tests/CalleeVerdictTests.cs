using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// A caller learns whether a [Differentiable] callee gets companions from the callee's own parse when
/// that came first (<c>CompanionVerdicts</c>), or by parsing the callee itself. The answer must not
/// depend on which came first: the order of declarations is the order the pipeline parses them in.
/// </summary>
public sealed class CalleeVerdictTests
{
    private static readonly string Bad = NotDifferentiable("G");

    private const string Good = """
            [Differentiable] public static double G(double x) => x * x;
        """;

    private const string Caller = """
            [Differentiable] public static double F(double x) => G(x) + x;
        """;

    private static GeneratorRun Run(params string[] members) =>
        GeneratorHarness.Run("using AutoGrad;\n\npublic static partial class P\n{\n" + string.Join("\n", members) + "\n}\n");

    /// <summary>A method of one double that AutoGrad rejects: a goto.</summary>
    private static string NotDifferentiable(string name) =>
        $"[Differentiable] public static double {name}(double x) {{ double s = x; goto done; done: return s * x; }}";

    /// <summary>Nothing generated calls a companion that was not generated (or fails to compile for another reason).</summary>
    private static void AssertGeneratedCodeCompiles(GeneratorRun run) =>
        Assert.DoesNotContain(run.CompileDiagnostics, d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs") == true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_callee_without_companions_is_an_error_at_the_call_whichever_is_declared_first(bool calleeFirst)
    {
        GeneratorRun run = calleeFirst ? Run(Bad, Caller) : Run(Caller, Bad);

        Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "AG0001"
            && At(d) == "G(x)"
            && d.GetMessage().Contains("cannot be differentiated itself"));
        // Neither gets companions, so nothing generated calls a missing GAdjoint.
        Assert.Empty(run.Sources);
        AssertGeneratedCodeCompiles(run);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_callee_with_companions_is_called_through_them_whichever_is_declared_first(bool calleeFirst)
    {
        GeneratorRun run = calleeFirst ? Run(Good, Caller) : Run(Caller, Good);

        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id.StartsWith("AG"));
        Assert.Contains("GAdjoint(", run.AdjointOf("F"));
        Assert.Equal(2, run.Sources.Length);
    }

    private static readonly string CallsBad = "[Differentiable] public static double G(double x) => H(x) * x;\n" + NotDifferentiable("H");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_callee_whose_callee_has_no_companions_has_none_either(bool calleesFirst)
    {
        // F → G → H, H not differentiable: G is an error at its call of H, F at its call of G, and nothing is generated.
        GeneratorRun run = calleesFirst ? Run(CallsBad, Caller) : Run(Caller, CallsBad);

        Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "AG0001" && At(d) == "H(x)" && d.GetMessage().Contains("'H' cannot be differentiated itself"));
        Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "AG0001" && At(d) == "G(x)" && d.GetMessage().Contains("'G' cannot be differentiated itself"));
        Assert.Empty(run.Sources);
        AssertGeneratedCodeCompiles(run);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Methods_calling_each_other_have_companions_unless_one_on_the_cycle_cannot(bool withBadCallee)
    {
        string g = withBadCallee
            ? "[Differentiable] public static double G(double x, int n) => n <= 0 ? H(x) : F(x * 0.5, n - 1);"
            : "[Differentiable] public static double G(double x, int n) => n <= 0 ? x * x : F(x * 0.5, n - 1);";
        string f = "[Differentiable] public static double F(double x, int n) => System.Math.Sin(G(x, n)) + x;";
        string h = withBadCallee ? NotDifferentiable("H") : "";
        foreach (GeneratorRun run in new[] { Run(f, g, h), Run(g, f, h), Run(h, g, f) })
        {
            AssertGeneratedCodeCompiles(run);
            if (withBadCallee)
            {
                Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "AG0001" && At(d) == "G(x, n)");
                // G's own error is its call of H; that G's call of F is one too follows from it, and is not said twice.
                Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "AG0001" && At(d) == "H(x)");
                Assert.Empty(run.Sources);
            }
            else
            {
                Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id.StartsWith("AG"));
                Assert.Contains("GAdjoint(", run.AdjointOf("F"));
                Assert.Contains("FAdjoint(", run.AdjointOf("G"));
            }
        }
    }

    private static string At(Microsoft.CodeAnalysis.Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_long_chain_of_callers_is_followed_to_the_method_that_cannot_be_differentiated(bool calleesFirst)
    {
        // F0 → F1 → … → F39, and F39 cannot be differentiated.
        const int length = 40;
        string[] methods = Enumerable.Range(0, length).Select(i => i == length - 1
            ? NotDifferentiable($"F{i}")
            : $"[Differentiable] public static double F{i}(double x) => F{i + 1}(x) * x;").ToArray();
        GeneratorRun run = Run(calleesFirst ? methods.Reverse().ToArray() : methods);

        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id is "AG0099" or "AD0001");
        // Callees first, each answer is known when its caller asks: every caller is an error. Callers first,
        // each parse follows the chain 32 deep, so at least the 31 callers nearest F39 are.
        int certain = calleesFirst ? length - 1 : 31;
        foreach (int i in Enumerable.Range(length - 1 - certain, certain))
        {
            Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "AG0001" && At(d) == $"F{i + 1}(x)");
        }
        if (calleesFirst)
        {
            Assert.Empty(run.Sources);
        }
    }
}
