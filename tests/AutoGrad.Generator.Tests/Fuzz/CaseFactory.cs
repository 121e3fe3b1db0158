using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>One generated source file: a type <c>C{Index}</c> holding F (and sometimes a sibling G that F calls); its [Differentiable] methods are checked.</summary>
/// <param name="Intent">What the case was written to be, for the counts: the outcome is judged on what AutoGrad and the compiler say.</param>
/// <param name="TypeName">The reflection name of the type that holds F and G.</param>
/// <param name="IsGeneric">The type is <c>C{Index}&lt;T&gt;</c>: run it as <c>C{Index}&lt;int&gt;</c>.</param>
/// <param name="Expected">The diagnostic a misuse must get; null if the case may be checked or diagnosed.</param>
/// <param name="DerivativesOf">The callee whose derivatives F uses as the README allows, so none may be rejected; null if none.</param>
internal sealed record FuzzCase(int Index, string Intent, string TypeName, bool IsGeneric, string Source, ExpectedDiagnostic? Expected = null,
    string? DerivativesOf = null);

/// <summary>
/// Writes case number i: mostly supported methods, a quarter with an unsupported construct or
/// signature, a sixth broken. The type's shape varies too (static or not, nested, generic, struct,
/// record, not partial), since the companions must fit into each.
/// </summary>
internal static class CaseFactory
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing AutoGrad;\n\nnamespace Fuzz;\n\n";

    /// <summary>Extra parameters outside (or at the edge of) the supported ones.</summary>
    private static readonly string[] OddParameters =
    {
        "float f", "decimal m", "string s", "List<double> list", "object o", "double[][][] deep",
        "double? maybe", "ref double r", "in double r", "out double r", "params double[] rest", "long l", "short s",
        "char ch", "byte by", "bool[] flags", "int[] counts", "long[] longs", "DayOfWeek day", "[NoDerivative] double c",
        "double d = 2.0", "int k = 3", "double[] v = null", "Span<double> span", "Func<double, double> g", "dynamic dyn",
    };

    /// <summary>Signature changes: each takes the method text and returns the changed text.</summary>
    private static readonly (string Name, Func<string, string> Apply)[] Signatures =
    {
        ("float return", m => m.Replace("public static double F(", "public static float F(", StringComparison.Ordinal)),
        ("int return", m => m.Replace("public static double F(", "public static int F(", StringComparison.Ordinal)),
        ("void return", m => m.Replace("public static double F(", "public static void F(", StringComparison.Ordinal)),
        ("decimal return", m => m.Replace("public static double F(", "public static decimal F(", StringComparison.Ordinal)),
        ("async", m => m.Replace("public static double F(", "public static async Task<double> F(", StringComparison.Ordinal)),
        ("generic method", m => m.Replace("public static double F(", "public static double F<T>(", StringComparison.Ordinal)),
        ("Order = 2", m => m.Replace("[Differentiable]\npublic static double F(", "[Differentiable(Order = 2)]\npublic static double F(", StringComparison.Ordinal)),
        ("Order = 3", m => m.Replace("[Differentiable]\npublic static double F(", "[Differentiable(Order = 3)]\npublic static double F(", StringComparison.Ordinal)),
        ("Order = 0", m => m.Replace("[Differentiable]\npublic static double F(", "[Differentiable(Order = 0)]\npublic static double F(", StringComparison.Ordinal)),
        ("extern", Extern),
        ("a member named like a companion", m => m + "\npublic static int FAdjoint;\n"),
        ("an overload named like a companion", m => m + "\npublic static double FTangent(string name) => name.Length;\n"),
    };

    /// <summary>Parameter names that once broke the companions: keywords, the seed's, a partner's.</summary>
    private static readonly string[] OddNames = { "@class", "@double", "@int", "@return", "seed", "seedTangent", "value", "Value", "Tangent" };

    public static FuzzCase Create(int index, Random random)
    {
        int kind = random.Weighted(10, 3, 1, 1, 3);
        // Order = 2 only on otherwise supported methods, so its cases are mostly checked.
        int order = kind == 0 && random.Chance(0.12) ? 2 : 1;
        Callee? callee = null;
        string? g = null;
        string calleeIntent = "";
        CompositionMisuse? misuse = null;
        if (random.Chance(0.25))
        {
            if (random.Chance(0.3))
            {
                (callee, g, string description, bool hasTangent) = CustomCallees.Create(random, order);
                calleeIntent = ", calls a " + description.Split(':')[0];
                misuse = kind == 0 && hasTangent && random.Chance(0.1) ? CompositionMisuse.CustomCallee : null;
            }
            else if (random.Chance(0.5))
            {
                (callee, g, misuse) = DerivativeCallee(random, kind, ref order);
                calleeIntent = ", uses G's derivative";
            }
            else
            {
                callee = new Callee("G", Parameters(random, 1, 3, jagged: false), ReturnsArray: random.Chance(0.6));
                int calleeOrder = order == 2 && random.Chance(0.85) ? 2 : 1;
                g = new MethodWriter(random, "G", callee.Parameters, null, calleeOrder, callee.ReturnsArray).Write();
                calleeIntent = (order == 2 && calleeOrder == 1 ? ", calls an Order = 1 G" : "") + (callee.ReturnsArray ? ", calls an array-valued G" : "");
            }
        }
        FuzzParameter[] parameters = Parameters(random, 0, 4, jagged: true);
        if (callee is { DerivativeAsValue: true })
        {
            parameters = SomeNoDerivative(random, parameters);
        }
        var writer = new MethodWriter(random, "F", parameters, callee, order);
        string members = "";
        string intent;
        string f;
        ExpectedDiagnostic? expected = null;
        string? derivativesOf = null;
        switch (kind)
        {
            case 0 when misuse is CompositionMisuse wrong:
                intent = "misuse: " + wrong;
                string at = "";
                f = writer.Write(c =>
                {
                    (string statements, at) = c.Misuse(wrong);
                    return statements;
                });
                expected = wrong.Diagnostic(at);
                break;
            case 0:
                intent = (order == 2 ? "supported, Order = 2" : "supported") + calleeIntent;
                f = writer.Write();
                derivativesOf = callee is { DerivativeAsValue: true } ? callee.Name : null;
                if (random.Chance(0.04))
                {
                    (string overload, string what) = Overload(random, parameters);
                    f += "\n" + overload;
                    intent += ", " + what;
                    // With [NoDerivative] inputs the clashing overload may repeat F's own signature (CS0111).
                    derivativesOf = null;
                }
                break;
            case 1:
                UnsupportedConstructs.Injection injection = random.Pick(UnsupportedConstructs.All);
                intent = "construct: " + injection.Name;
                members = injection.Members;
                f = writer.Write(injection.Statements);
                break;
            case 2:
                string parameter = random.Pick(OddParameters);
                intent = "parameter: " + parameter;
                f = AddParameter(writer.Write(), parameter);
                break;
            case 3:
                (string name, Func<string, string> apply) = random.Pick(Signatures);
                intent = "signature: " + name;
                f = apply(writer.Write());
                break;
            default:
                (f, string mutation) = SyntaxBreaker.Break(writer.Write(), random);
                intent = "broken: " + mutation;
                break;
        }
        return Assemble(index, random, intent, g, f, members, expected) with { DerivativesOf = derivativesOf };
    }

    private static readonly CompositionMisuse[] GeneratedCalleeMisuses =
    {
        CompositionMisuse.OrderOneCallee, CompositionMisuse.OrderTwoCaller, CompositionMisuse.WholeTuple,
        CompositionMisuse.AdjointCall, CompositionMisuse.SecondOrderCall, CompositionMisuse.NamedArguments,
    };

    /// <summary>x0, p1, …: names a named argument can spell, partner included (a keyword or a partner's name would not be).</summary>
    private static readonly System.Text.RegularExpressions.Regex PlainName = new("^[a-z]+[0-9]+$");

    /// <summary>
    /// A generated G whose derivative F uses as a value, so G has Order = 2; some of its inputs are
    /// [NoDerivative]. In a quarter of the supported cases F gets it wrong and must be diagnosed:
    /// then G may have Order = 1, or F Order = 2.
    /// </summary>
    private static (Callee Callee, string G, CompositionMisuse? Misuse) DerivativeCallee(Random random, int kind, ref int order)
    {
        FuzzParameter[] parameters = SomeNoDerivative(random, Parameters(random, 1, 3, jagged: false));
        CompositionMisuse? misuse = kind == 0 && random.Chance(0.25) ? random.Pick(GeneratedCalleeMisuses) : null;
        if (misuse == CompositionMisuse.NamedArguments && !parameters.All(p => PlainName.IsMatch(p.Name)))
        {
            misuse = CompositionMisuse.WholeTuple;
        }
        if (misuse is not null)
        {
            // The one misuse a case is about must be the first thing AutoGrad objects to; Order = 2 is one of its own.
            order = misuse == CompositionMisuse.OrderTwoCaller ? 2 : 1;
        }
        string g = new MethodWriter(random, "G", parameters, null, misuse == CompositionMisuse.OrderOneCallee ? 1 : 2).Write();
        return (new Callee("G", parameters, DerivativeAsValue: true), g, misuse);
    }

    /// <summary>Marks some double and double[] parameters [NoDerivative].</summary>
    private static FuzzParameter[] SomeNoDerivative(Random random, FuzzParameter[] parameters) =>
        parameters.Select(p => p.Type is FuzzType.Double or FuzzType.DoubleArray && random.Chance(0.2) ? p with { NoDerivative = true } : p).ToArray();

    /// <summary>
    /// A second F: one whose companions would have the first's Tangent signature (every double
    /// [NoDerivative], so no partners: AG0007), or another parameter list (fine).
    /// </summary>
    private static (string Text, string What) Overload(Random random, FuzzParameter[] first)
    {
        if (random.Chance(0.5) && first.Length > 0)
        {
            var clash = new List<FuzzParameter>();
            foreach (FuzzParameter p in first)
            {
                bool active = p.IsDifferentiable;
                clash.Add(new FuzzParameter("o" + clash.Count, p.Type, NoDerivative: active));
                if (active)
                {
                    clash.Add(new FuzzParameter("o" + clash.Count, p.Type, NoDerivative: true));
                }
            }
            return (new MethodWriter(random, "F", clash.ToArray(), null).Write(), "an overload with the first's Tangent signature");
        }
        FuzzParameter[] other = Parameters(random, first.Length + 1, first.Length + 2, jagged: false);
        return (new MethodWriter(random, "F", other, null).Write(), "an overload");
    }

    /// <summary>F without its body, declared extern.</summary>
    private static string Extern(string method)
    {
        int close = method.IndexOf(')', method.IndexOf(" F(", StringComparison.Ordinal));
        return method[..(close + 1)].Replace("public static double F(", "public static extern double F(", StringComparison.Ordinal) + ";\n";
    }

    /// <summary>Adds a parameter to F: last if it is optional or params, as C# requires, otherwise first.</summary>
    private static string AddParameter(string method, string parameter)
    {
        int open = method.IndexOf(" F(", StringComparison.Ordinal) + 2;
        int close = method.IndexOf(')', open);
        bool last = parameter.Contains('=', StringComparison.Ordinal) || parameter.StartsWith("params", StringComparison.Ordinal);
        string existing = method[(open + 1)..close];
        string list = existing.Length == 0 ? parameter : last ? existing + ", " + parameter : parameter + ", " + existing;
        return method[..(open + 1)] + list + method[close..];
    }

    private static FuzzCase Assemble(int index, Random random, string intent, string? g, string f, string members, ExpectedDiagnostic? expected)
    {
        string name = "C" + index;
        var body = new StringBuilder();
        if (members.Length > 0)
        {
            body.Append(members).Append("\n\n");
        }
        if (g is not null)
        {
            body.Append(g).Append('\n');
        }
        body.Append(f);
        foreach (string member in CaseMembers.UsedBy(body.ToString()))
        {
            body.Append('\n').Append(member).Append('\n');
        }
        // A type that is not partial gets AG0002 and its methods' bodies are not read: no place for a misuse.
        string[] shapes = { "static", "static", "static", "class", "instance", "struct", "record", "nested", "generic", "not partial" };
        string shape = random.Pick(expected is null ? shapes : shapes[..^1]);
        string text = body.ToString();
        if (shape == "instance")
        {
            // Hand-written companions of a custom G become instance methods too.
            text = text.Replace("public static ", "public ", StringComparison.Ordinal);
        }
        string declaration = shape switch
        {
            "class" or "instance" => $"public partial class {name}",
            "struct" => $"public partial struct {name}",
            "record" => $"public partial record {name}",
            "generic" => $"public static partial class {name}<T>",
            "not partial" => $"public static class {name}",
            _ => $"public static partial class {name}",
        };
        string type = declaration + "\n{\n" + Indent(text) + "}\n";
        string source = Usings + (shape == "nested" ? $"public static partial class Outer{index}\n{{\n{Indent(type)}}}\n" : type);
        string typeName = shape switch
        {
            "nested" => $"Fuzz.Outer{index}+{name}",
            "generic" => $"Fuzz.{name}`1",
            _ => "Fuzz." + name,
        };
        return new FuzzCase(index, intent + (shape is "static" or "class" ? "" : $" (in a {shape} type)"), typeName,
            shape == "generic", source, expected);
    }

    /// <summary>
    /// Random parameters, named by type and position (x0, n1, p2, m3, r4, mode5); now and then one takes a
    /// keyword, the seed's name, or an earlier parameter's partner name (x0Tangent, x0Adjoint).
    /// </summary>
    private static FuzzParameter[] Parameters(Random random, int min, int max, bool jagged)
    {
        var parameters = new List<FuzzParameter>();
        for (int i = random.Next(min, max + 1); i > 0; i--)
        {
            FuzzType type = (FuzzType)random.Weighted(10, 4, 2, 4, 2, jagged ? 2 : 0, 1);
            string prefix = type switch
            {
                FuzzType.Double => "x", FuzzType.Int => "n", FuzzType.Bool => "flag", FuzzType.Matrix => "m", FuzzType.Jagged => "r", FuzzType.Enum => "mode", _ => "p",
            };
            string name = prefix + parameters.Count;
            if (random.Chance(0.04))
            {
                string odd = parameters.Count > 0 && random.Chance(0.4)
                    ? random.Pick(parameters).Name + random.Pick(new[] { "Tangent", "Adjoint", "Tangent2", "AdjointTangent" })
                    : random.Pick(OddNames);
                name = parameters.Any(p => p.Name == odd) ? name : odd;
            }
            parameters.Add(new FuzzParameter(name, type));
        }
        return parameters.ToArray();
    }

    private static string Indent(string text) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? line : "    " + line)) + "\n";
}
