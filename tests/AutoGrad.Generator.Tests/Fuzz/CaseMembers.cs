using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Members a written method may use without declaring them: the <c>Mode</c> enum and const fields of
/// other types than double. A case's type gets the declaration of each one its text names.
/// </summary>
internal static class CaseMembers
{
    public const string Mode = "Mode";

    public static readonly string[] ModeValues = { "A", "B", "C" };

    /// <summary>Const fields a double expression may read: each name, how it is read, and its declaration.</summary>
    public static readonly (string Name, string Read, string Declaration)[] ConstFields =
    {
        ("Gravity", "Gravity", "private const double Gravity = 9.81;"),
        ("Steps", "Steps", "private const long Steps = 3L;"),
        ("Letter", "(Letter - 'a')", "private const char Letter = 'b';"),
    };

    private static readonly (Regex Use, string Declaration)[] All = ConstFields.Select(f => (new Regex($@"\b{f.Name}\b"), f.Declaration))
        .Append((new Regex($@"\b{Mode}\b"), $"public enum {Mode} {{ {string.Join(", ", ModeValues)} }}"))
        .ToArray();

    /// <summary>The declarations of the members <paramref name="text"/> uses.</summary>
    public static IEnumerable<string> UsedBy(string text) => All.Where(m => m.Use.IsMatch(text)).Select(m => m.Declaration);
}
