using System;
using System.Collections.Generic;
using System.Text;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// [CustomDerivative] siblings G for a generated F to call: a body AutoGrad could not differentiate
/// (LINQ, a lambda, a switch, a throw) and hand-written companions, correct by construction. Some
/// write only the Tangent or only the Adjoint, so AutoGrad derives the other; the second-order ones
/// come along when F is Order = 2, mostly.
/// </summary>
internal static class CustomCallees
{
    /// <summary>One G with its companions; each text is a whole member, or null if not written.</summary>
    private sealed record Template(string Name, FuzzParameter[] Parameters, string Primal, string Tangent, string Adjoint,
        string AdjointTangent, string TangentTangent, string Helpers = "");

    private const string TT = "((double Value, double Tangent) Value, (double Value, double Tangent) Tangent)";

    private static readonly Template[] Templates =
    {
        new("sin(a)·b", new[] { new FuzzParameter("a", FuzzType.Double), new FuzzParameter("b", FuzzType.Double) },
            "public static double G(double a, double b) => b switch { _ => Math.Sin(a) * b };",
            "public static (double Value, double Tangent) GTangent(double a, double aTangent, double b, double bTangent) =>\n"
            + "    (Math.Sin(a) * b, Math.Cos(a) * b * aTangent + Math.Sin(a) * bTangent);",
            "public static double GAdjoint(double a, ref double aAdjoint, double b, ref double bAdjoint, double seed = 1.0)\n{\n"
            + "    aAdjoint += seed * Math.Cos(a) * b;\n    bAdjoint += seed * Math.Sin(a);\n    return Math.Sin(a) * b;\n}",
            "public static (double Value, double Tangent) GAdjointTangent(double a, double aTangent, ref double aAdjoint, ref double aAdjointTangent, "
            + "double b, double bTangent, ref double bAdjoint, ref double bAdjointTangent, double seed = 1.0, double seedTangent = 0.0)\n{\n"
            + "    aAdjoint += seed * Math.Cos(a) * b;\n"
            + "    aAdjointTangent += seedTangent * Math.Cos(a) * b + seed * (-Math.Sin(a) * b * aTangent + Math.Cos(a) * bTangent);\n"
            + "    bAdjoint += seed * Math.Sin(a);\n"
            + "    bAdjointTangent += seedTangent * Math.Sin(a) + seed * Math.Cos(a) * aTangent;\n"
            + "    return (Math.Sin(a) * b, Math.Cos(a) * b * aTangent + Math.Sin(a) * bTangent);\n}",
            $"public static {TT} GTangentTangent(double a, double aTangent2, double aTangent, double aTangentTangent, double b, double bTangent2, double bTangent, double bTangentTangent) =>\n"
            + "    ((Math.Sin(a) * b, Math.Cos(a) * b * aTangent + Math.Sin(a) * bTangent),\n"
            + "     (Math.Cos(a) * b * aTangent2 + Math.Sin(a) * bTangent2,\n"
            + "      -Math.Sin(a) * b * aTangent2 * aTangent + Math.Cos(a) * bTangent2 * aTangent + Math.Cos(a) * b * aTangentTangent"
            + " + Math.Cos(a) * aTangent2 * bTangent + Math.Sin(a) * bTangentTangent));"),

        new("Σv²", new[] { new FuzzParameter("v", FuzzType.DoubleArray) },
            "public static double G(double[] v) => v.Sum(t => t * t);",
            "public static (double Value, double Tangent) GTangent(double[] v, double[] vTangent)\n{\n"
            + "    double value = 0.0, tangent = 0.0;\n"
            + "    for (int i = 0; i < v.Length; i++)\n    {\n        value += v[i] * v[i];\n        tangent += 2.0 * v[i] * vTangent[i];\n    }\n"
            + "    return (value, tangent);\n}",
            "public static double GAdjoint(double[] v, double[] vAdjoint, double seed = 1.0)\n{\n"
            + "    double value = 0.0;\n"
            + "    for (int i = 0; i < v.Length; i++)\n    {\n        value += v[i] * v[i];\n        vAdjoint[i] += seed * 2.0 * v[i];\n    }\n"
            + "    return value;\n}",
            "public static (double Value, double Tangent) GAdjointTangent(double[] v, double[] vTangent, double[] vAdjoint, double[] vAdjointTangent, double seed = 1.0, double seedTangent = 0.0)\n{\n"
            + "    double value = 0.0, tangent = 0.0;\n"
            + "    for (int i = 0; i < v.Length; i++)\n    {\n        value += v[i] * v[i];\n        tangent += 2.0 * v[i] * vTangent[i];\n"
            + "        vAdjoint[i] += seed * 2.0 * v[i];\n        vAdjointTangent[i] += seedTangent * 2.0 * v[i] + seed * 2.0 * vTangent[i];\n    }\n"
            + "    return (value, tangent);\n}",
            $"public static {TT} GTangentTangent(double[] v, double[] vTangent2, double[] vTangent, double[] vTangentTangent)\n{{\n"
            + "    double value = 0.0, t1 = 0.0, t2 = 0.0, t12 = 0.0;\n"
            + "    for (int i = 0; i < v.Length; i++)\n    {\n        value += v[i] * v[i];\n        t1 += 2.0 * v[i] * vTangent[i];\n"
            + "        t2 += 2.0 * v[i] * vTangent2[i];\n        t12 += 2.0 * vTangent2[i] * vTangent[i] + 2.0 * v[i] * vTangentTangent[i];\n    }\n"
            + "    return ((value, t1), (t2, t12));\n}"),

        new("softplus", new[] { new FuzzParameter("x", FuzzType.Double) },
            "public static double G(double x)\n{\n    if (double.IsNaN(x)) throw new ArgumentException(\"NaN\");\n    return Math.Log(1.0 + Math.Exp(x));\n}",
            "public static (double Value, double Tangent) GTangent(double x, double xTangent) =>\n"
            + "    (Math.Log(1.0 + Math.Exp(x)), xTangent / (1.0 + Math.Exp(-x)));",
            "public static double GAdjoint(double x, ref double xAdjoint, double seed = 1.0)\n{\n"
            + "    xAdjoint += seed / (1.0 + Math.Exp(-x));\n    return Math.Log(1.0 + Math.Exp(x));\n}",
            "public static (double Value, double Tangent) GAdjointTangent(double x, double xTangent, ref double xAdjoint, ref double xAdjointTangent, double seed = 1.0, double seedTangent = 0.0)\n{\n"
            + "    double s = 1.0 / (1.0 + Math.Exp(-x));\n"
            + "    xAdjoint += seed * s;\n    xAdjointTangent += seedTangent * s + seed * s * (1.0 - s) * xTangent;\n"
            + "    return (Math.Log(1.0 + Math.Exp(x)), s * xTangent);\n}",
            $"public static {TT} GTangentTangent(double x, double xTangent2, double xTangent, double xTangentTangent)\n{{\n"
            + "    double s = 1.0 / (1.0 + Math.Exp(-x));\n"
            + "    return ((Math.Log(1.0 + Math.Exp(x)), s * xTangent), (s * xTangent2, s * (1.0 - s) * xTangent2 * xTangent + s * xTangentTangent));\n}"),

        new("Σm·w", new[] { new FuzzParameter("m", FuzzType.Matrix), new FuzzParameter("w", FuzzType.Double) },
            "public static double G(double[,] m, double w) => m.Cast<double>().Sum() * w;",
            "public static (double Value, double Tangent) GTangent(double[,] m, double[,] mTangent, double w, double wTangent) =>\n"
            + "    (GSum(m) * w, GSum(mTangent) * w + GSum(m) * wTangent);",
            "public static double GAdjoint(double[,] m, double[,] mAdjoint, double w, ref double wAdjoint, double seed = 1.0)\n{\n"
            + "    for (int i = 0; i < m.GetLength(0); i++)\n    {\n        for (int j = 0; j < m.GetLength(1); j++)\n        {\n"
            + "            mAdjoint[i, j] += seed * w;\n        }\n    }\n"
            + "    wAdjoint += seed * GSum(m);\n    return GSum(m) * w;\n}",
            "public static (double Value, double Tangent) GAdjointTangent(double[,] m, double[,] mTangent, double[,] mAdjoint, double[,] mAdjointTangent, "
            + "double w, double wTangent, ref double wAdjoint, ref double wAdjointTangent, double seed = 1.0, double seedTangent = 0.0)\n{\n"
            + "    for (int i = 0; i < m.GetLength(0); i++)\n    {\n        for (int j = 0; j < m.GetLength(1); j++)\n        {\n"
            + "            mAdjoint[i, j] += seed * w;\n            mAdjointTangent[i, j] += seedTangent * w + seed * wTangent;\n        }\n    }\n"
            + "    wAdjoint += seed * GSum(m);\n    wAdjointTangent += seedTangent * GSum(m) + seed * GSum(mTangent);\n"
            + "    return (GSum(m) * w, GSum(mTangent) * w + GSum(m) * wTangent);\n}",
            $"public static {TT} GTangentTangent(double[,] m, double[,] mTangent2, double[,] mTangent, double[,] mTangentTangent, double w, double wTangent2, double wTangent, double wTangentTangent) =>\n"
            + "    ((GSum(m) * w, GSum(mTangent) * w + GSum(m) * wTangent),\n"
            + "     (GSum(mTangent2) * w + GSum(m) * wTangent2, GSum(mTangent) * wTangent2 + GSum(mTangent2) * wTangent + GSum(mTangentTangent) * w + GSum(m) * wTangentTangent));",
            "private static double GSum(double[,] m)\n{\n    double s = 0.0;\n    foreach (double e in m)\n    {\n        s += e;\n    }\n    return s;\n}"),

        new("x^k", new[] { new FuzzParameter("x", FuzzType.Double), new FuzzParameter("k", FuzzType.Int) },
            "public static double G(double x, int k) => Enumerable.Repeat(x, k).Aggregate(1.0, (p, t) => p * t);",
            "public static (double Value, double Tangent) GTangent(double x, double xTangent, int k) =>\n"
            + "    (G(x, k), (k == 0 ? 0.0 : k * Math.Pow(x, k - 1)) * xTangent);",
            "public static double GAdjoint(double x, ref double xAdjoint, int k, double seed = 1.0)\n{\n"
            + "    xAdjoint += seed * (k == 0 ? 0.0 : k * Math.Pow(x, k - 1));\n    return G(x, k);\n}",
            "public static (double Value, double Tangent) GAdjointTangent(double x, double xTangent, ref double xAdjoint, ref double xAdjointTangent, int k, double seed = 1.0, double seedTangent = 0.0)\n{\n"
            + "    double d = k == 0 ? 0.0 : k * Math.Pow(x, k - 1), dd = k < 2 ? 0.0 : k * (k - 1) * Math.Pow(x, k - 2);\n"
            + "    xAdjoint += seed * d;\n    xAdjointTangent += seedTangent * d + seed * dd * xTangent;\n"
            + "    return (G(x, k), d * xTangent);\n}",
            $"public static {TT} GTangentTangent(double x, double xTangent2, double xTangent, double xTangentTangent, int k)\n{{\n"
            + "    double d = k == 0 ? 0.0 : k * Math.Pow(x, k - 1), dd = k < 2 ? 0.0 : k * (k - 1) * Math.Pow(x, k - 2);\n"
            + "    return ((G(x, k), d * xTangent), (d * xTangent2, dd * xTangent2 * xTangent + d * xTangentTangent));\n}"),
    };

    /// <summary>
    /// G and its companions as class members, and what F may call. <paramref name="order"/> is F's order:
    /// Order = 2 callers need the second-order companions, which are mostly written then.
    /// </summary>
    /// <returns>Also whether G has a GTangent: hand-written, or derived from a GAdjoint on the contract.</returns>
    public static (Callee Callee, string Members, string Description, bool HasTangent) Create(Random random, int order)
    {
        Template template = random.Pick(Templates);
        var members = new StringBuilder();
        members.Append("[CustomDerivative]\n").Append(template.Primal).Append("\n\n");
        int mode = random.Next(3);
        var written = new List<string>();
        if (mode != 1)
        {
            members.Append(template.Tangent).Append("\n\n");
            written.Add("Tangent");
        }
        if (mode != 0)
        {
            // Now and then a signature off the contract (a scalar adjoint without its ref): AG0021, and the callers' AG0001
            // when it is the only companion written.
            string adjoint = random.Chance(0.08) ? template.Adjoint.Replace(", ref double ", ", double ", StringComparison.Ordinal) : template.Adjoint;
            members.Append(adjoint).Append("\n\n");
            written.Add(adjoint == template.Adjoint ? "Adjoint" : "Adjoint without ref");
        }
        if (random.Chance(order >= 2 ? 0.8 : 0.1))
        {
            members.Append(template.AdjointTangent).Append("\n\n");
            written.Add("AdjointTangent");
            if (random.Chance(0.9))
            {
                members.Append(template.TangentTangent).Append("\n\n");
                written.Add("TangentTangent");
            }
        }
        if (template.Helpers.Length > 0)
        {
            members.Append(template.Helpers).Append("\n\n");
        }
        return (new Callee("G", template.Parameters), members.ToString(), $"custom {template.Name}: {string.Join(", ", written)}",
            written.Contains("Tangent") || written.Contains("Adjoint"));
    }
}
