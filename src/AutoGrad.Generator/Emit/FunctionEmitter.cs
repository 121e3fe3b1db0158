using System;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Emit;

/// <summary>Writes an IR function as a C# method: locals first, then the body, statement by statement.</summary>
internal static class FunctionEmitter
{
    /// <param name="localFunction">A function written inside this one, as a local function.</param>
    public static void Write(SourceWriter writer, Function function, string modifiers, Function? localFunction = null)
    {
        writer.Open((modifiers.Length == 0 ? "" : modifiers + " ") + Signature(function));
        var atFirstAssignment = function.Locals.Where(l => l.IsDeclaredWhereAssigned).ToDictionary(l => l.Name, l => l.Type);
        foreach (Local local in function.Locals.Where(l => !l.IsDeclaredWhereAssigned))
        {
            writer.Line($"{local.Type.CSharpName} {ExpressionPrinter.Identifier(local.Name)} = {DefaultOf(local.Type)};");
        }
        if (function.Locals.Count > atFirstAssignment.Count)
        {
            writer.Line();
        }
        foreach (Stmt statement in function.Body.Statements)
        {
            if (statement is Assign { Position: null } assign && atFirstAssignment.TryGetValue(assign.Target, out IrType? type))
            {
                writer.Line($"{type.CSharpName} {AssignmentText(assign)};");
                atFirstAssignment.Remove(assign.Target);
                continue;
            }
            Write(writer, statement);
        }
        if (localFunction is not null)
        {
            writer.Line();
            // Not static: in an instance method it may read the instance. It declares every name it uses, so it captures nothing else.
            Write(writer, localFunction, modifiers: "");
        }
        writer.Close();
    }

    /// <summary><c>ReturnType Name(parameters)</c>: also how a diagnostic shows the signature it expects.</summary>
    public static string Signature(Function function)
    {
        string parameters = string.Join(", ", function.Parameters.Select(p =>
            (p.IsRef ? "ref " : "") + p.Type.CSharpName + " " + ExpressionPrinter.Identifier(p.Name) + (p.DefaultValue is null ? "" : " = " + p.DefaultValue)));
        return $"{function.ReturnType.CSharpName} {function.Name}({parameters})";
    }

    private static string DefaultOf(IrType type) => type.Kind switch
    {
        ValueKind.Double => "0.0",
        ValueKind.Int => "0",
        ValueKind.Long => "0L",
        ValueKind.Bool => "false",
        ValueKind.Array => "null!",
        _ when type.IsObject => "null!",
        _ => "default",
    };

    private static void WriteStatements(SourceWriter writer, Block block)
    {
        foreach (Stmt statement in block.Statements)
        {
            Write(writer, statement);
        }
    }

    private static void WriteBlock(SourceWriter writer, string header, Block body, string suffix = "")
    {
        writer.Open(header);
        WriteStatements(writer, body);
        writer.Close(suffix);
    }

    private static void Write(SourceWriter writer, Stmt statement)
    {
        switch (statement)
        {
            case Assign { Value: Var source, Position: null } s when source.Name == s.Target:
                // v = v does nothing (and is warning CS1717): a tangent that passes through unchanged.
                break;
            case Assign s:
                writer.Line(AssignmentText(s) + ";");
                break;
            case Declare s:
                writer.Line($"var {ExpressionPrinter.Identifier(s.Name)} = {ExpressionPrinter.Print(s.Value)};");
                break;
            case AssignTuple s:
                writer.Line($"({string.Join(", ", s.Targets.Select(ExpressionPrinter.Identifier))}) = {ExpressionPrinter.Print(s.Value)};");
                break;
            case Evaluate s:
                writer.Line(ExpressionPrinter.Print(s.Value) + ";");
                break;
            case If s:
                WriteBlock(writer, $"if ({ExpressionPrinter.Print(s.Condition)})", s.Then);
                if (s.Else.Statements.Count > 0)
                {
                    if (s.Else.Statements.Count == 1 && s.Else.Statements[0] is If nested)
                    {
                        writer.Line("else");
                        Write(writer, nested);
                    }
                    else
                    {
                        WriteBlock(writer, "else", s.Else);
                    }
                }
                break;
            case While s:
                WriteBlock(writer, $"while ({ExpressionPrinter.Print(s.Condition)})", s.Body);
                break;
            case DoWhile s:
                WriteBlock(writer, "do", s.Body, $" while ({ExpressionPrinter.Print(s.Condition)});");
                break;
            case For s:
                string condition = s.Condition is null ? "" : " " + ExpressionPrinter.Print(s.Condition);
                WriteBlock(writer, $"for ({Clause(s.Init)};{condition};{(s.Step.Statements.Count > 0 ? " " : "")}{Clause(s.Step)})", s.Body);
                break;
            case Break:
                writer.Line("break;");
                break;
            case Continue:
                writer.Line("continue;");
                break;
            case Return s:
                writer.Line(s.Value is null ? "return;" : $"return {ExpressionPrinter.Print(s.Value)};");
                break;
            case Throw s:
                writer.Line($"throw {ExpressionPrinter.Print(s.Exception)};");
                break;
            case Comment { IsHeader: true }:
                break;
            case Comment s:
                writer.Line("// " + (s.Subject is null ? "" : ExpressionPrinter.Print(s.Subject) + " ") + s.Text);
                break;
            case Push s:
                writer.Line($"{s.Stack}.{(s.IsReserved ? "PushReserved" : "Push")}({ExpressionPrinter.Print(s.Value)});");
                break;
            case PushElements s:
                writer.Line($"{s.Stack}.PushElements({ExpressionPrinter.Print(s.Array)});");
                break;
            case PopElements s:
                writer.Line($"{s.Stack}.PopElements({ExpressionPrinter.Print(s.Array)});");
                break;
            case Reserve s:
                writer.Line($"{s.Stack}.Reserve({ExpressionPrinter.Print(s.Trips)}, {s.PerTrip.ToString(System.Globalization.CultureInfo.InvariantCulture)});");
                break;
            case Release s:
                writer.Line($"{s.Stack}.Dispose();");
                break;
            case AccumulateArray s:
                writer.Line($"global::AutoGrad.Internal.Arrays.AddInto({ExpressionPrinter.Print(s.Target)}, {ExpressionPrinter.Print(s.Source)});");
                break;
            default:
                throw new InvalidOperationException("Unknown statement " + statement.GetType().Name);
        }
    }

    /// <summary><c>v = v + 1</c> prints as <c>v++</c> for integers, <c>v = v + e</c> as <c>v += e</c>.</summary>
    private static string AssignmentText(Assign s)
    {
        string target = ExpressionPrinter.Identifier(s.Target) + (s.Position is null ? "" : ExpressionPrinter.Brackets(s.Position));
        if (s.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract } b && s.Writes(b.Left))
        {
            string op = b.Op == BinaryOp.Add ? "+" : "-";
            return b.Right is Literal { Integer: 1 } && b.Type.Kind is ValueKind.Int or ValueKind.Long
                ? target + op + op
                : $"{target} {op}= {ExpressionPrinter.Print(b.Right)}";
        }
        return $"{target} = {ExpressionPrinter.Print(s.Value)}";
    }

    /// <summary>The init or step clause of a <c>for</c>: assignments separated by commas.</summary>
    private static string Clause(Block block)
    {
        var parts = block.Statements.Where(s => s is not Comment).Select(s => s is Assign a
            ? AssignmentText(a)
            : throw new InvalidOperationException("A for-loop clause can hold only assignments"));
        return string.Join(", ", parts);
    }
}
