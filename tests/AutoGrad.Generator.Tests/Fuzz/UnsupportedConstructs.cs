using System;
using System.Collections.Generic;
using static AutoGrad.Generator.Tests.Fuzz.MethodWriter;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Statements outside (or at the edge of) the supported subset, injected into an otherwise supported
/// method. Not all are errors: a construct AutoGrad does handle (a piecewise-constant call, a const,
/// a char) must then produce companions that compile and check, like any other method. Each entry:
/// a name for the counts, the class members it needs, and the statements.
/// </summary>
internal static class UnsupportedConstructs
{
    public sealed record Injection(string Name, string Members, Func<InjectionContext, string> Statements);

    public static readonly IReadOnlyList<Injection> All = new Injection[]
    {
        new("goto", "", c => { string l = c.Fresh("Label"), u = c.Fresh("u"); return $"double {u} = {c.AnyDouble};\ngoto {l};\n{l}: {u} = {u} * 2.0;"; }),
        new("try/catch", "", c => { string u = c.Fresh("u"); return $"double {u} = {c.AnyDouble};\ntry\n{{\n    {u} = Math.Sqrt({u});\n}}\ncatch (ArgumentException)\n{{\n    {u} = 0.0;\n}}"; }),
        new("try/finally", "", c => { string u = c.Fresh("u"); return $"double {u} = {c.AnyDouble};\ntry\n{{\n    {u} = {u} * 3.0;\n}}\nfinally\n{{\n    {u} = {u} + 1.0;\n}}"; }),
        new("lock", "private static readonly object Gate = new object();", c => { string u = c.Fresh("u"); return $"double {u} = {c.AnyDouble};\nlock (Gate)\n{{\n    {u} = {u} * 2.0;\n}}"; }),
        new("lambda", "", c => { string f = c.Fresh("f"), u = c.Fresh("u"); return $"Func<double, double> {f} = t => t * {c.AnyDouble};\ndouble {u} = {f}(2.0);"; }),
        new("anonymous method", "", c => { string f = c.Fresh("f"); return $"Func<double> {f} = delegate {{ return {c.AnyDouble}; }};"; }),
        new("local function", "", c => { string f = c.Fresh("Local"), u = c.Fresh("u"); return $"double {f}(double t) => 2.0 * t;\ndouble {u} = {f}({c.AnyDouble});"; }),
        new("LINQ", "", c => { string u = c.Fresh("u"); return $"double {u} = new[] {{ {c.AnyDouble}, 2.0 }}.Sum();"; }),
        new("LINQ over an input array", "", c => c.InputArray is string x ? $"double {c.Fresh("u")} = {x}.Select(t => t * t).Sum();" : $"double {c.Fresh("u")} = Enumerable.Range(0, 3).Sum() * {c.AnyDouble};"),
        new("dynamic", "", c => { string u = c.Fresh("u"); return $"dynamic {u} = {c.AnyDouble};\n{u} = {u} * 2.0;"; }),
        new("string", "", c => { string s = c.Fresh("s"), u = c.Fresh("u"); return $"string {s} = {c.AnyDouble}.ToString();\ndouble {u} = {s}.Length * {c.AnyDouble};"; }),
        new("string interpolation", "", c => $"string {c.Fresh("s")} = $\"value {{{c.AnyDouble}}}\";"),
        new("double.Parse", "", c => $"double {c.Fresh("u")} = double.Parse(\"1.5\", System.Globalization.CultureInfo.InvariantCulture) * {c.AnyDouble};"),
        new("field write", "private static double Field;", c => $"Field = {c.AnyDouble};"),
        new("field compound write", "private static double Field;", c => $"Field += {c.AnyDouble};"),
        new("property write", "private static double Property { get; set; }", c => $"Property = {c.AnyDouble};"),
        new("field read", "private static double Field = 2.5;", c => $"double {c.Fresh("u")} = Field * {c.AnyDouble};"),
        new("write into an input array", "", c => c.InputArray is string x ? $"{x}[0] = {c.AnyDouble};" : $"double[] {c.Fresh("a")} = {{ {c.AnyDouble} }};"),
        new("compound write into an input array", "", c => c.InputArray is string x ? $"{x}[{x}.Length - 1] *= 2.0;" : $"double[] {c.Fresh("a")} = {{ {c.AnyDouble} }};"),
        new("assignment to an input array", "", c => c.InputArray is string x ? $"{x} = new double[2];" : $"double[] {c.Fresh("a")} = {{ {c.AnyDouble} }};"),
        new("array aliasing", "", c => { string a = c.Fresh("a"), b = c.Fresh("b"); return $"double[] {a} = new double[2];\ndouble[] {b} = {a};\n{b}[0] = {c.AnyDouble};"; }),
        new("array initializer", "", c => $"double[] {c.Fresh("a")} = {{ {c.AnyDouble}, 2.0 }};"),
        new("decimal local", "", c => $"decimal {c.Fresh("m")} = (decimal){c.AnyDouble};"),
        new("float local", "", c => $"float {c.Fresh("f")} = (float){c.AnyDouble};"),
        new("float cast", "", c => $"double {c.Fresh("u")} = (float){c.AnyDouble} * 2.0;"),
        new("List<double>", "", c => { string l = c.Fresh("l"), u = c.Fresh("u"); return $"var {l} = new List<double> {{ {c.AnyDouble} }};\ndouble {u} = {l}[0];"; }),
        new("object local", "", c => $"object {c.Fresh("o")} = {c.AnyDouble};"),
        new("tuple local", "", c => $"var {c.Fresh("t")} = ({c.AnyDouble}, 1.0);"),
        new("tuple swap", "", c => { string u = c.Fresh("u"), w = c.Fresh("w"); return $"double {u} = {c.AnyDouble}, {w} = 1.0;\n({u}, {w}) = ({w}, {u});"; }),
        new("nullable", "", c => { string n = c.Fresh("n"); return $"double? {n} = {c.AnyDouble};\ndouble {c.Fresh("u")} = {n} ?? 0.0;"; }),
        new("row alias of a jagged input", "", c => c.Jagged is string j ? $"double[] {c.Fresh("row")} = {j}[0];" : $"double[][] {c.Fresh("j")} = new double[2][];"),
        new("clone of a jagged input", "", c => c.Jagged is string j ? $"double[][] {c.Fresh("j")} = (double[][]){j}.Clone();" : $"double[][] {c.Fresh("j")} = new double[2][];"),
        new("write into a jagged input", "", c => c.Jagged is string j ? $"{j}[0][0] = {c.AnyDouble};" : $"double[][] {c.Fresh("j")} = new double[2][];"),
        new("write into an input matrix", "", c => c.InputMatrix is string m ? $"{m}[0, 0] += {c.AnyDouble};" : $"double[,] {c.Fresh("m")} = {{ {{ {c.AnyDouble} }} }};"),
        new("3-D array", "", c => { string m = c.Fresh("m"); return $"double[,,] {m} = new double[2, 2, 2];\n{m}[0, 0, 0] = {c.AnyDouble};"; }),
        new("jagged array", "", c => $"double[][] {c.Fresh("j")} = new double[2][];"),
        new("2-D array", "", c => { string m = c.Fresh("m"); return $"double[,] {m} = new double[2, 2];\n{m}[0, 0] = {c.AnyDouble};"; }),
        new("Span", "", c => { string s = c.Fresh("s"); return $"Span<double> {s} = stackalloc double[2];\n{s}[0] = {c.AnyDouble};"; }),
        new("ref local", "", c => { string u = c.Fresh("u"), r = c.Fresh("r"); return $"double {u} = {c.AnyDouble};\nref double {r} = ref {u};\n{r} = {r} * 2.0;"; }),
        new("out argument", "", c => $"double.TryParse(\"1.5\", out double {c.Fresh("u")});"),
        new("switch statement", "", c => { string u = c.Fresh("u"); return $"double {u} = {c.AnyDouble};\nswitch ((int){u})\n{{\n    case 0:\n        {u} = 1.0;\n        break;\n    default:\n        {u} = {u} * 2.0;\n        break;\n}}"; }),
        new("switch expression", "", c => $"double {c.Fresh("u")} = (int){c.AnyDouble} switch {{ 0 => 1.0, _ => {c.AnyDouble} }};"),
        new("is pattern", "", c => $"double {c.Fresh("u")} = {c.AnyDouble} is > 0.0 ? 1.0 : {c.AnyDouble};"),
        new("throw", "", c => $"if ({c.AnyDouble} > 1e300) throw new ArgumentException(\"too big\");"),
        new("throw expression", "", c => $"double {c.Fresh("u")} = {c.AnyDouble} < 1e300 ? {c.AnyDouble} : throw new ArgumentException(\"too big\");"),
        new("using", "", c => $"using (var {c.Fresh("s")} = new System.IO.MemoryStream())\n{{\n}}"),
        new("checked", "", c => { string u = c.Fresh("u"); return $"double {u} = {c.AnyDouble};\nchecked\n{{\n    {u} = {u} * 2.0;\n}}"; }),
        new("Console.WriteLine", "", c => $"Console.WriteLine({c.AnyDouble});"),
        new("ordinary call on an active value", "private static double Helper(double t) => t * 3.0;", c => $"double {c.Fresh("u")} = Helper({c.AnyDouble});"),
        new("ordinary call on a constant", "private static double Helper(double t) => t * 3.0;", c => $"double {c.Fresh("u")} = Helper(2.0) * {c.AnyDouble};"),
        new("assignment as an expression", "", c => { string u = c.Fresh("u"); return $"double {u} = 0.0;\ndouble {c.Fresh("w")} = ({u} = {c.AnyDouble}) * 2.0;"; }),
        new("increment in an expression", "", c => { string k = c.Fresh("k"); return $"int {k} = 0;\ndouble {c.Fresh("u")} = {c.AnyDouble} * {k}++;"; }),
        new("piecewise constant calls", "", c => $"double {c.Fresh("u")} = Math.Floor({c.AnyDouble}) + Math.Round({c.AnyDouble}, 2) + Math.Sign({c.AnyDouble}) * {c.AnyDouble};"),
        new("double.IsNaN", "", c => $"if (double.IsNaN({c.AnyDouble})) return 0.0;"),
        new("const", "", c => { string k = c.Fresh("K"); return $"const double {k} = 2.5;\ndouble {c.Fresh("u")} = {k} * {c.AnyDouble};"; }),
        new("default", "", c => $"double {c.Fresh("u")} = default;"),
        new("long, short, char", "", c => $"long {c.Fresh("l")} = 3L;\nshort {c.Fresh("s")} = 2;\nchar {c.Fresh("ch")} = 'a';"),
        new("int and bool arrays", "", c => { string ia = c.Fresh("ia"), ba = c.Fresh("ba"); return $"int[] {ia} = new int[3];\n{ia}[1] = 2;\nbool[] {ba} = new bool[2];\n{ba}[0] = {c.AnyDouble} > 0.0;"; }),
        // Counted too: halving ∞ (an overflowed input) never gets below 1.
        new("while (true) with break", "", c => { string u = c.Fresh("u"), k = c.Fresh("k"); return $"double {u} = {c.AnyDouble};\nint {k} = 0;\nwhile (true)\n{{\n    {k}++;\n    {u} = {u} * 0.5;\n    if ({u} < 1.0 || {k} > 60) break;\n}}"; }),
        new("for (;;) with break", "", c => { string u = c.Fresh("u"), k = c.Fresh("k"); return $"double {u} = {c.AnyDouble};\nint {k} = 0;\nfor (;;)\n{{\n    {k}++;\n    {u} = Math.Sin({u});\n    if ({k} > 2) break;\n}}"; }),
        new("self assignment", "", c => { string u = c.Fresh("u"); return $"double {u} = {c.AnyDouble};\n{u} = {u};\n{u} = -{u};"; }),
        new("labeled statement", "", c => { string l = c.Fresh("Label"), u = c.Fresh("u"); return $"double {u} = 1.0;\n{l}: {u} = {u} + {c.AnyDouble};"; }),
        new("empty statement", "", _ => ";"),
        new("nested block", "", c => { string u = c.Fresh("u"); return $"{{\n    double {u} = {c.AnyDouble};\n    {u} += 1.0;\n}}"; }),
        new("bitwise and shift on ints", "", c => { string k = c.Fresh("k"); return $"int {k} = (3 & 5) | (1 << 2) ^ ~0;\ndouble {c.Fresh("u")} = ({k} >> 1) * {c.AnyDouble};"; }),
        new("unary plus", "", c => $"double {c.Fresh("u")} = +{c.AnyDouble};"),
        new("exotic Math", "", c => $"double {c.Fresh("u")} = Math.Cbrt({c.AnyDouble}) + Math.Asinh({c.AnyDouble}) + Math.Log({c.AnyDouble} * {c.AnyDouble} + 1.0, 3.0) + Math.FusedMultiplyAdd({c.AnyDouble}, 2.0, 1.0) + double.Hypot({c.AnyDouble}, 1.0) + Math.ScaleB({c.AnyDouble}, 2) + Math.Clamp({c.AnyDouble}, -1.0, 1.0);"),
        new("extension-style instance call", "", c => $"double {c.Fresh("u")} = {c.AnyDouble}.CompareTo(1.0) * {c.AnyDouble};"),
        new("nameof and sizeof", "", c => $"double {c.Fresh("u")} = nameof(Math).Length + sizeof(double) * {c.AnyDouble};"),
        new("await", "", c => $"double {c.Fresh("u")} = await Task.FromResult({c.AnyDouble});"),
        new("yield", "", c => $"yield return {c.AnyDouble};"),
    };
}
