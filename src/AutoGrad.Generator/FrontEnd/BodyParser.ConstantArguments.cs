using System.Collections.Generic;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Arguments for the <c>[NoDerivative]</c> parameters of <c>[Differentiable]</c> callees. The callee
/// treats such a parameter as a constant, so an argument that depends on a differentiable input would
/// lose its derivative without a word; which ones do is known only once the body is parsed (see MethodParser).
/// </summary>
internal sealed partial class BodyParser
{
    private readonly List<(Expr Argument, SyntaxNode Syntax, string Parameter, string Callee)> _constantArguments = new();

    /// <summary>Each argument passed to a [NoDerivative] double or array parameter, with the parameter and the called method's name.</summary>
    public IReadOnlyList<(Expr Argument, SyntaxNode Syntax, string Parameter, string Callee)> ConstantArguments => _constantArguments;

    /// <summary>Notes <paramref name="argument"/> if <paramref name="parameter"/> would carry a derivative but for [NoDerivative].</summary>
    private void NoteConstantArgument(IParameterSymbol parameter, Expr argument, SyntaxNode syntax, string callee)
    {
        if (!MethodParser.IsDifferentiableParameter(parameter) && TypeMapper.Map(parameter.Type) is { IsDifferentiable: true })
        {
            _constantArguments.Add((argument, syntax, parameter.Name, callee));
        }
    }
}
