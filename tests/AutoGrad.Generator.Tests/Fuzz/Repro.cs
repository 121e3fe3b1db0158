using System;
using System.Linq;
using Xunit;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>Runs a hand-written case through the fuzz test's judge, so a minimized failure fails the same way.</summary>
internal static class Repro
{
    /// <param name="members">The members of <c>public static partial class C0</c> in namespace Fuzz, with the usings every case has.</param>
    /// <param name="expected">The diagnostic a misuse must get (see <see cref="FuzzCase.Expected"/>).</param>
    /// <param name="derivativesOf">The callee whose derivatives the case uses as values, none of which may be rejected.</param>
    public static void AssertJudgedCorrect(string members, ExpectedDiagnostic? expected = null, string? derivativesOf = null)
    {
        string source = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing AutoGrad;\n\nnamespace Fuzz;\n\n"
            + "public static partial class C0\n{\n" + members + "\n}\n";
        var @case = new FuzzCase(0, "repro", "Fuzz.C0", IsGeneric: false, source, expected, derivativesOf);
        var settings = new FuzzSettings(FuzzSettings.CiSeed, 0, 1, 1);
        CaseOutcome outcome = FuzzBatch.Run(new[] { @case }, settings, new CheckCounts()).Single();
        Assert.True(outcome.Kind != Outcome.Failed, outcome.Detail);
    }
}
