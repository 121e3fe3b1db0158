using System.Collections.Generic;
using System.Linq;

namespace AutoGrad.Generator.Ir;

/// <summary>
/// Hands out identifiers that clash with nothing in the function: user names first, then generated
/// names derived from them (<c>s</c> → <c>sTangent</c>, or <c>sTangent1</c> if the user took that).
/// </summary>
internal sealed class NameTable
{
    private readonly HashSet<string> _taken = new();

    public NameTable(IEnumerable<string> taken)
    {
        foreach (string name in taken)
        {
            _taken.Add(name);
        }
    }

    /// <summary>A name table holding every name <paramref name="function"/> uses, and the contract's partner names.</summary>
    public static NameTable For(Function function) => new(
        function.Parameters.SelectMany(p => new[] { p.Name, p.Name + "Tangent", p.Name + "Adjoint" })
            .Concat(function.Locals.Select(l => l.Name))
            .Concat(new[] { "seed", function.Name }));

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary><paramref name="preferred"/> if free, otherwise the first free <c>preferred1</c>, <c>preferred2</c>, ….</summary>
    public string Fresh(string preferred)
    {
        string name = preferred;
        for (int i = 1; _taken.Contains(name); i++)
        {
            name = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        _taken.Add(name);
        return name;
    }

    /// <summary>Gives back a name handed out by <see cref="Fresh"/> whose local was dropped.</summary>
    public void Release(string name) => _taken.Remove(name);
}

/// <summary>Reserved words: a name that is one is printed with <c>@</c> (see <c>ExpressionPrinter.Identifier</c>).</summary>
internal static class Keywords
{
    public static bool IsKeyword(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;
}
