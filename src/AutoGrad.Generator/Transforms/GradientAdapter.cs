using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// <c>FGradient</c>: the method's own parameters in, its gradient out, one entry per differentiable input in the
/// input's own shape — a tuple named after the inputs (<c>g.w[0]</c>, <c>g.b</c>), or the one input's type. JAX's
/// <c>grad(f, argnums)</c> for all differentiable inputs. One call of the Adjoint with seed 1 into fresh zeros, so
/// it allocates the gradient's arrays; call the Adjoint itself to add into arrays of your own.
/// </summary>
internal static class GradientAdapter
{
    /// <returns>Null unless the method returns a double and has a differentiable input.</returns>
    public static Function? Run(Function primal, Function adjoint)
    {
        List<Parameter> inputs = primal.Parameters.Where(p => p.IsDifferentiable && !p.IsRef).ToList();
        if (!primal.ReturnType.IsDouble || inputs.Count == 0 || inputs.Count != primal.Parameters.Count(p => p.IsDifferentiable))
        {
            return null;
        }
        NameTable names = NameTable.For(adjoint);
        var gradients = inputs.ToDictionary(p => p.Name, p => new Var(names.Fresh(p.Name + "Gradient"), p.Type));
        var statements = new List<Stmt>();
        // Scalars start at 0 where they are declared; arrays of zeros take the inputs' shapes.
        foreach (Parameter input in inputs.Where(i => i.Type.IsArray))
        {
            statements.Add(new Assign(gradients[input.Name].Name, ArrayOps.ZerosLike(new Var(input.Name, input.Type))));
        }
        // The Adjoint's parameters are the method's, each input followed by its adjoint, then the seed.
        var arguments = adjoint.Parameters.Select(p => p.Name == "seed"
            ? X.Lit(1)
            : (Expr)(inputs.FirstOrDefault(i => i.Name + "Adjoint" == p.Name) is Parameter input ? gradients[input.Name] : new Var(p.Name, p.Type))).ToList();
        statements.Add(new Evaluate(Signatures.Call(adjoint.Name, adjoint.Parameters, arguments, IrType.Double)));
        IrType resultType = inputs.Count == 1 ? inputs[0].Type : IrType.OtherType("(" + string.Join(", ", inputs.Select(Element)) + ")");
        statements.Add(new Return(inputs.Count == 1
            ? gradients[inputs[0].Name]
            : new TupleExpr(inputs.Select(i => (Expr)gradients[i.Name]).ToEquatableArray(), resultType)));
        return new Function(primal.Name + "Gradient", resultType, primal.Parameters,
            gradients.Values.Select(g => new Local(g.Name, g.Type)).ToEquatableArray(), new Block(statements.ToEquatableArray()));
    }

    /// <summary>A tuple element named after its input, unless C# reserves that name for tuples (Item2, Rest, ToString, …).</summary>
    private static string Element(Parameter input) =>
        Regex.IsMatch(input.Name, @"^(Item\d+|Rest|Length|ToString|Equals|GetHashCode|GetType|CompareTo|Deconstruct)$")
            ? input.Type.CSharpName
            : input.Type.CSharpName + " " + (Keywords.IsKeyword(input.Name) ? "@" : "") + input.Name;
}
