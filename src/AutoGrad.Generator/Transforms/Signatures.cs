using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Transforms;

internal static class Signatures
{
    /// <summary>
    /// The Adjoint companion's parameters: each input, with its adjoint after each differentiable one
    /// (<c>ref</c> for a scalar), then the seed.
    /// </summary>
    public static EquatableArray<Parameter> Adjoint(IEnumerable<Parameter> primal, IrType resultType)
    {
        var parameters = new List<Parameter>();
        foreach (Parameter parameter in primal)
        {
            parameters.Add(parameter);
            if (parameter.IsDifferentiable)
            {
                // Adjoints and the seed are differentiable inputs of the Adjoint companion in turn: forward over reverse differentiates them.
                parameters.Add(new Parameter(parameter.Name + "Adjoint", parameter.Type, IsDifferentiable: true, IsRef: !parameter.Type.IsArray));
            }
        }
        parameters.Add(new Parameter("seed", resultType, IsDifferentiable: true, DefaultValue: resultType.IsArray ? null : "1.0"));
        return TrailingDefaultsOnly(parameters);
    }

    /// <summary>
    /// C# allows default values only on trailing parameters: a user default survives in a companion
    /// only where every later parameter has one too.
    /// </summary>
    public static EquatableArray<Parameter> TrailingDefaultsOnly(IReadOnlyList<Parameter> parameters)
    {
        var result = parameters.ToArray();
        bool trailing = true;
        for (int i = result.Length - 1; i >= 0; i--)
        {
            trailing &= result[i].DefaultValue is not null;
            if (!trailing && result[i].DefaultValue is not null)
            {
                result[i] = result[i] with { DefaultValue = null };
            }
        }
        return result.ToEquatableArray();
    }

    /// <summary>A call of the function named <paramref name="name"/> with <paramref name="parameters"/>: <c>ref</c> where a parameter is.</summary>
    public static Opaque Call(string name, IReadOnlyList<Parameter> parameters, IEnumerable<Expr> arguments, IrType resultType) =>
        new(name + "(" + string.Join(", ", parameters.Select((p, i) => (p.IsRef ? "ref " : "") + "{" + i + "}")) + ")", arguments.ToEquatableArray(), resultType);
}
