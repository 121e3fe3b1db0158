using System.Collections.Generic;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Values that meet a <c>[NoDerivative]</c> parameter, which AutoGrad treats as a constant: arguments for
/// such parameters of <c>[Differentiable]</c> callees, and values stored into elements of the method's
/// own such arrays (a constant has no adjoint to carry them). A value that depends on a differentiable
/// input would lose its derivative without a word; which ones do is known only once the body is parsed
/// (see MethodParser).
/// </summary>
internal sealed partial class BodyParser
{
    private readonly List<(Expr Argument, SyntaxNode Syntax, string Parameter, string Callee)> _constantArguments = new();

    /// <summary>Each argument passed to a [NoDerivative] double or array parameter, with the parameter and the called method's name.</summary>
    public IReadOnlyList<(Expr Argument, SyntaxNode Syntax, string Parameter, string Callee)> ConstantArguments => _constantArguments;

    private readonly List<(Expr Value, SyntaxNode Syntax, string Array)> _constantArrayWrites = new();

    /// <summary>Each value stored into an element of one of the method's own [NoDerivative] arrays of doubles, with the array.</summary>
    public IReadOnlyList<(Expr Value, SyntaxNode Syntax, string Array)> ConstantArrayWrites => _constantArrayWrites;

    /// <summary>Notes <paramref name="argument"/> if <paramref name="parameter"/> would carry a derivative but for [NoDerivative].</summary>
    private void NoteConstantArgument(IParameterSymbol parameter, Expr argument, SyntaxNode syntax, string callee)
    {
        if (IsConstant(parameter))
        {
            _constantArguments.Add((argument, syntax, parameter.Name, callee));
        }
    }

    /// <summary>Notes <paramref name="value"/> if <paramref name="element"/> is an element of a [NoDerivative] array parameter.</summary>
    private void NoteConstantArrayWrite(IOperation element, Expr value, SyntaxNode syntax)
    {
        if (element is IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation { Parameter: var parameter } } && IsConstant(parameter))
        {
            _constantArrayWrites.Add((value, syntax, parameter.Name));
        }
    }

    /// <summary>A parameter that would carry a derivative but for [NoDerivative].</summary>
    private static bool IsConstant(IParameterSymbol parameter) =>
        !MethodParser.IsDifferentiableParameter(parameter) && TypeMapper.Map(parameter.Type) is { IsDifferentiable: true };
}
