using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Breaks a method the way half-typed code is broken: a token deleted, doubled or swapped, a stray
/// brace, a name nobody declared, a value of the wrong type. The result may happen to be valid C#;
/// then it is held to the same standard as any other method.
/// </summary>
internal static class SyntaxBreaker
{
    private static readonly string[] IllTyped =
    {
        "int bad = 1.5;",
        "string bad = 2.0;",
        "double bad = \"text\";",
        "bool bad = 1;",
        "double bad = undeclared * 2.0;",
        "double bad = Math.Nope(1.0);",
        "double bad = Missing(1.0);",
        "double[] bad = 3.0;",
        "double bad = new double[2];",
        "int bad = Math.Sqrt(2.0);",
    };

    public static (string Text, string Mutation) Break(string method, Random random)
    {
        SyntaxToken[] tokens = SyntaxFactory.ParseTokens(method).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToArray();
        SyntaxToken token = tokens[random.Next(tokens.Length)];
        switch (random.Next(8))
        {
            case 0:
                return (Replace(method, token, ""), $"deleted '{token.Text}'");
            case 1:
                return (Replace(method, token, token.Text + " " + token.Text), $"doubled '{token.Text}'");
            case 2:
                string brace = random.Chance(0.5) ? "{" : "}";
                return (Replace(method, token, token.Text + " " + brace), $"'{brace}' after '{token.Text}'");
            case 3:
                SyntaxToken[] names = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToArray();
                SyntaxToken name = names.Length > 0 ? names[random.Next(names.Length)] : token;
                return (Replace(method, name, "undeclared"), $"'{name.Text}' renamed 'undeclared'");
            case 4:
                SyntaxToken[] semicolons = tokens.Where(t => t.IsKind(SyntaxKind.SemicolonToken)).ToArray();
                SyntaxToken semicolon = semicolons.Length > 0 ? semicolons[random.Next(semicolons.Length)] : token;
                return (Replace(method, semicolon, ""), $"deleted '{semicolon.Text}'");
            case 5:
                int at = Array.IndexOf(tokens, token);
                if (at + 1 < tokens.Length)
                {
                    SyntaxToken next = tokens[at + 1];
                    string swapped = method[..token.SpanStart] + next.Text + method[token.Span.End..next.SpanStart] + token.Text + method[next.Span.End..];
                    return (swapped, $"swapped '{token.Text}' and '{next.Text}'");
                }
                return (Replace(method, token, ""), $"deleted '{token.Text}'");
            case 6:
                return (method[..token.SpanStart], $"truncated before '{token.Text}'");
            default:
                string statement = random.Pick(IllTyped);
                int body = method.IndexOf("\n{\n", StringComparison.Ordinal);
                return body < 0
                    ? (method.Replace("=>", "=> undeclared +", StringComparison.Ordinal), "'undeclared +' in the expression body")
                    : (method.Insert(body + 3, "    " + statement + "\n"), $"inserted '{statement}'");
        }
    }

    private static string Replace(string text, SyntaxToken token, string replacement) =>
        text[..token.SpanStart] + replacement + text[token.Span.End..];
}
