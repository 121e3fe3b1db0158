using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AutoGrad.Generator.Tests.Corpus;

namespace AutoGrad.Generator.Tests.Docs;

/// <summary>How a snippet is tested, from the <c>&lt;!-- doctest: … --&gt;</c> comment on the line above its fence.</summary>
internal enum SnippetKind
{
    /// <summary>A whole program (top-level statements, then types): compiled, run, its checks asserted.</summary>
    Program,

    /// <summary>Members of a class: compiled inside one, with every AG diagnostic on a line that names it (<c>// AG0005</c>) and none elsewhere.</summary>
    Members,

    /// <summary>Signatures the companions of the snippet before it must have, as written.</summary>
    GeneratedSignatures,
}

/// <summary>One C# code block of README.md or docs/, where it is and how its page says to test it.</summary>
/// <param name="Checks">C# conditions that restate the output the text around the snippet states, run after it.</param>
internal sealed record DocSnippet(string File, int Line, string Code, SnippetKind? Kind, IReadOnlyList<string> Checks, DocSnippet? Previous)
{
    private static readonly Regex Annotation = new(@"^<!--\s*doctest:\s*(?<kind>[a-z-]+)(?<checks>(\s*;\s*check:.*?)*)\s*-->$", RegexOptions.CultureInvariant);

    public override string ToString() => $"{File}:{Line}";

    /// <summary>Every ```csharp block of README.md and docs/**.md, in file order.</summary>
    public static IEnumerable<DocSnippet> All()
    {
        string root = CorpusProjects.RepositoryRoot;
        IEnumerable<string> pages = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
        foreach (string page in pages)
        {
            string[] lines = System.IO.File.ReadAllLines(page);
            string name = Path.GetRelativePath(root, page).Replace(Path.DirectorySeparatorChar, '/');
            // A diagnostic's page shows what triggers it and what does not: members, unless it says otherwise.
            SnippetKind? pageDefault = name.StartsWith("docs/diagnostics/", StringComparison.Ordinal) ? SnippetKind.Members : null;
            DocSnippet? previous = null;
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp")
                {
                    continue;
                }
                int end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                Match annotation = i > 0 ? Annotation.Match(lines[i - 1].Trim()) : Match.Empty;
                SnippetKind? kind = annotation.Success ? Parse(annotation.Groups["kind"].Value) : pageDefault;
                string[] checks = annotation.Success
                    ? annotation.Groups["checks"].Value.Split(new[] { "check:" }, StringSplitOptions.None).Skip(1)
                        .Select(c => c.Trim().TrimEnd(';').Trim()).ToArray()
                    : Array.Empty<string>();
                previous = new DocSnippet(name, i + 2, string.Join("\n", lines[(i + 1)..end]), kind, checks, previous);
                yield return previous;
                i = end;
            }
        }
    }

    private static SnippetKind? Parse(string kind) => kind switch
    {
        "program" => SnippetKind.Program,
        "members" => SnippetKind.Members,
        "generated-signatures" => SnippetKind.GeneratedSignatures,
        _ => null,
    };
}
