using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Pipeline;
using AutoGrad.Generator.Transforms;

namespace AutoGrad.Generator.Emit;

/// <summary>
/// Writes the companion a user did not write by hand, from the one they did: a Tangent from their
/// Adjoint (one reverse sweep per output, then a dot product with the tangents), or an Adjoint from
/// their Tangent (one forward sweep per input element). Exact, only slower than a hand-written one.
/// </summary>
internal static class DerivedCompanionEmitter
{
    private const string Arrays = "global::AutoGrad.Internal.Arrays";

    public static string Write(CustomDerivativeModel model)
    {
        Function stub = model.Stub!;
        IReadOnlyDictionary<CalleeForm, Function> expected = CompanionPipeline.Expected(stub);
        var writer = new SourceWriter();
        CompanionFileEmitter.OpenFile(writer, $"The companion of {model.DisplayName} that was not written by hand, derived by AutoGrad from the one that was.",
            model.Namespace, model.ContainingTypes);
        string modifiers = model.Accessibility + (model.IsStatic ? " static" : "");
        string companions = model.IsStatic ? "" : "this.";
        Function derived = expected[model.Derive!.Value];
        var names = new NameTable(derived.Parameters.Select(p => p.Name).Append(stub.Name));
        if (model.Derive == CalleeForm.Tangent)
        {
            WriteTangent(writer, model, stub, derived, companions + expected[CalleeForm.Adjoint].Name, names, modifiers);
        }
        else
        {
            WriteAdjoint(writer, model, stub, derived, companions + expected[CalleeForm.Tangent].Name, names, modifiers);
        }
        return CompanionFileEmitter.CloseFile(writer, model.Namespace, model.ContainingTypes);
    }

    private static string Id(string name) => ExpressionPrinter.Identifier(name);

    private static Parameter[] Inputs(Function stub) => stub.Parameters.Where(p => p.IsDifferentiable).ToArray();

    /// <summary>The Tangent as ⟨∇F, tangents⟩: ∇F from the user's Adjoint, once per element of the result.</summary>
    private static void WriteTangent(SourceWriter writer, CustomDerivativeModel model, Function stub, Function tangent, string adjoint, NameTable names, string modifiers)
    {
        OpenMethod(writer, stub, tangent, "Tangent", modifiers,
            $"Forward mode of <c>{stub.Name}</c>, derived from the hand-written <c>{adjoint}</c>: a reverse sweep gives the gradient",
            "of each element of the result, and its dot product with the tangents is that element's tangent.",
            $"Exact; write <c>{tangent.Name}</c> by hand for a forward mode that costs one sweep.");
        var adjoints = Inputs(stub).ToDictionary(p => p.Name, p => names.Fresh(p.Name + "Adjoint"));
        foreach (Parameter input in Inputs(stub))
        {
            writer.Line(input.Type.IsArray
                ? $"{input.Type.CSharpName} {adjoints[input.Name]} = {Arrays}.ZerosLike({Id(input.Name)});"
                : $"double {adjoints[input.Name]} = 0.0;");
        }
        string directional = string.Join(" + ", Inputs(stub).Select(p => p.Type.IsArray
            ? $"{Arrays}.Dot({adjoints[p.Name]}, {p.Name}Tangent)"
            : $"{adjoints[p.Name]} * {p.Name}Tangent").DefaultIfEmpty("0.0"));
        string value = names.Fresh("value");
        if (!stub.ReturnType.IsArray)
        {
            writer.Line($"double {value} = {adjoint}({AdjointArguments(stub, adjoints)}, 1.0);");
            writer.Line($"return ({value}, {directional});");
            writer.Close();
            return;
        }
        string result = names.Fresh("tangent");
        string seed = names.Fresh("seed");
        string k = names.Fresh("k");
        writer.Line($"double[] {value} = {model.PrimalTarget}({string.Join(", ", stub.Parameters.Select(p => Id(p.Name)))});");
        writer.Line($"var {result} = new double[{value}.Length];");
        writer.Line($"var {seed} = new double[{value}.Length];");
        writer.Open($"for (int {k} = 0; {k} < {value}.Length; {k}++)");
        writer.Line("// The gradient of element k: a reverse sweep seeded with the k-th unit vector.");
        writer.Line($"{seed}[{k}] = 1.0;");
        foreach (Parameter input in Inputs(stub))
        {
            writer.Line(input.Type.IsArray ? $"{Arrays}.Clear({adjoints[input.Name]});" : $"{adjoints[input.Name]} = 0.0;");
        }
        writer.Line($"{adjoint}({AdjointArguments(stub, adjoints)}, {seed});");
        writer.Line($"{result}[{k}] = {directional};");
        writer.Line($"{seed}[{k}] = 0.0;");
        writer.Close();
        writer.Line($"return ({value}, {result});");
        writer.Close();
    }

    /// <summary>The Adjoint as seed·∂F/∂xᵢ for each input element xᵢ: one sweep of the user's Tangent along each unit direction.</summary>
    private static void WriteAdjoint(SourceWriter writer, CustomDerivativeModel model, Function stub, Function adjoint, string tangent, NameTable names, string modifiers)
    {
        OpenMethod(writer, stub, adjoint, "Adjoint", modifiers,
            $"Reverse mode of <c>{stub.Name}</c>, derived from the hand-written <c>{tangent}</c>: one forward sweep along each",
            "input element's unit direction gives that column of the Jacobian, and seed·column is added into the adjoint.",
            $"Exact; write <c>{adjoint.Name}</c> by hand for a reverse mode that costs one sweep.");
        string value = names.Fresh("value");
        writer.Line($"{stub.ReturnType.CSharpName} {value} = {model.PrimalTarget}({string.Join(", ", stub.Parameters.Select(p => Id(p.Name)))});");
        if (stub.ReturnType.IsArray)
        {
            writer.Line($"{Arrays}.SameLength({value}, \"the returned array\", seed, \"seed\");");
        }
        var directions = Inputs(stub).ToDictionary(p => p.Name, p => names.Fresh(p.Name + "Direction"));
        foreach (Parameter input in Inputs(stub))
        {
            writer.Line(input.Type.IsArray
                ? $"{input.Type.CSharpName} {directions[input.Name]} = {Arrays}.ZerosLike({Id(input.Name)});"
                : $"double {directions[input.Name]} = 0.0;");
        }
        string sweep = $"{tangent}({TangentArguments(stub, directions)}).Tangent";
        string contribution = stub.ReturnType.IsArray ? $"{Arrays}.Dot(seed, {sweep})" : $"seed * {sweep}";
        foreach (Parameter input in Inputs(stub))
        {
            string direction = directions[input.Name];
            string target = input.Name + "Adjoint";
            if (!input.Type.IsArray)
            {
                writer.Line($"{direction} = 1.0;");
                writer.Line($"{target} += {contribution};");
                writer.Line($"{direction} = 0.0;");
                continue;
            }
            string i = names.Fresh("i");
            writer.Open($"for (int {i} = 0; {i} < {Id(input.Name)}.{(input.Type.Rank == 2 ? "GetLength(0)" : "Length")}; {i}++)");
            string element = $"[{i}]";
            if (input.Type.Rank == 2 || input.Type.Element!.IsArray)
            {
                string j = names.Fresh("j");
                string bound = input.Type.Rank == 2 ? $"{Id(input.Name)}.GetLength(1)" : $"{Id(input.Name)}[{i}].Length";
                writer.Open($"for (int {j} = 0; {j} < {bound}; {j}++)");
                element = input.Type.Rank == 2 ? $"[{i}, {j}]" : $"[{i}][{j}]";
            }
            writer.Line($"{direction}{element} = 1.0;");
            writer.Line($"{target}{element} += {contribution};");
            writer.Line($"{direction}{element} = 0.0;");
            if (input.Type.Rank == 2 || input.Type.Element!.IsArray)
            {
                writer.Close();
            }
            writer.Close();
        }
        writer.Line($"return {value};");
        writer.Close();
    }

    /// <summary>The doc comment, the signature, and the same length checks a generated companion starts with.</summary>
    private static void OpenMethod(SourceWriter writer, Function stub, Function signature, string partner, string modifiers, params string[] summary)
    {
        writer.Line("/// <summary>");
        foreach (string line in summary)
        {
            writer.Line("/// " + line);
        }
        writer.Line("/// </summary>");
        writer.Line(CompanionFileEmitter.GeneratedCodeAttribute);
        writer.Open($"{modifiers} {FunctionEmitter.Signature(signature)}");
        foreach (Parameter input in Inputs(stub).Where(p => p.Type.IsArray))
        {
            writer.Line(ExpressionPrinter.Print(((Evaluate)ArrayOps.SameLength(input.Name, input.Name + partner)).Value) + ";");
        }
    }

    private static string AdjointArguments(Function stub, Dictionary<string, string> adjoints) =>
        string.Join(", ", stub.Parameters.SelectMany(p => !p.IsDifferentiable
            ? new[] { Id(p.Name) }
            : new[] { Id(p.Name), (p.Type.IsArray ? "" : "ref ") + adjoints[p.Name] }));

    private static string TangentArguments(Function stub, Dictionary<string, string> directions) =>
        string.Join(", ", stub.Parameters.SelectMany(p => p.IsDifferentiable ? new[] { Id(p.Name), directions[p.Name] } : new[] { Id(p.Name) }));
}
