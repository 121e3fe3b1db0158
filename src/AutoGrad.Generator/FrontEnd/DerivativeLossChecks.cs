using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Warnings for code that differentiates fine but loses (part of) its derivative: a value that
/// depends on a differentiable input (varied, in <see cref="Activity"/>'s terms) cast to an integer
/// (AG0008) or rounded (AG0009), a result whose derivative is 0 everywhere (AG0010), and a
/// result that does not depend on the inputs at all (AG0011). The companions are still generated.
/// </summary>
internal static class DerivativeLossChecks
{
    public static void Report(Function function, BodyParser parser, IOperation body, Location method, List<DiagnosticInfo> diagnostics)
    {
        Activity activity = Activity.Analyze(function);
        var varied = new HashSet<string>(activity.Varied);
        bool IsVaried(Expr expr) => Activity.DifferentiableReads(expr).Any(varied.Contains);

        foreach ((Opaque call, IOperation operation) in parser.OpaqueCalls.ToList())
        {
            if (call.IsPiecewiseConstant && call.Args.Any(IsVaried))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PiecewiseConstantCall, operation.Syntax.GetLocation(), operation.Syntax.ToString()));
            }
            else if (call.ResultType.Kind is ValueKind.Int or ValueKind.Long && call.Args.Any(IsVaried))
            {
                // Convert.ToInt32(x) and the like: a cast by another name.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IntegerCast, operation.Syntax.GetLocation(), operation.Syntax.ToString()));
            }
        }

        // A cast in code that only watches (a log line) loses nothing: no derivative goes through it.
        foreach (IConversionOperation cast in body.Descendants().OfType<IConversionOperation>().Where(c => !parser.Watches(c)))
        {
            // The IR keeps no syntax, so the operand is parsed again to learn which variables it reads;
            // the body parsed without errors, so this adds no diagnostic.
            if (IsNumberToInteger(cast) && IsVaried(parser.ParseExpression(cast.Operand)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IntegerCast, cast.Syntax.GetLocation(), cast.Syntax.ToString()));
            }
        }

        if (function.Parameters.Any(p => p.IsDifferentiable && activity.IsActive(p.Name)))
        {
            return;
        }
        bool readsInputs = IrWalk.Statements(function.Body).SelectMany(IrWalk.Expressions).SelectMany(IrWalk.VariablesRead).Any(varied.Contains);
        diagnostics.Add(DiagnosticInfo.Create(
            readsInputs ? DiagnosticDescriptors.PiecewiseConstantResult : DiagnosticDescriptors.ResultIndependentOfInputs,
            method, function.Name));
    }

    private static bool IsNumberToInteger(IConversionOperation cast) =>
        cast.Operand.Type?.SpecialType == SpecialType.System_Double
        && (cast.Type?.TypeKind == TypeKind.Enum || cast.Type?.SpecialType is
            SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Char);
}
