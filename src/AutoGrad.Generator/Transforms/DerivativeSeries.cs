using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// <c>FDerivatives(x)</c> = [F(x), F′(x), …, F⁽ᴺ⁾(x)] for a scalar function of one double of <c>Order = N ≥ 2</c>: one call
/// of the highest Tangent companion, with every direction of x set to 1 and every other tangent to 0. Its result
/// nests (value, tangent) pairs N deep; the k-th derivative is reached through k <c>.Tangent</c>s and N − k <c>.Value</c>s.
/// </summary>
internal static class DerivativeSeries
{
    /// <param name="tangents">The Tangent companions, lowest first: FTangent, FTangentTangent, ….</param>
    /// <returns>Null unless F is a double function of exactly one differentiable double and has companions of order 2 or more.</returns>
    public static Function? Run(Function primal, IReadOnlyList<Function> tangents)
    {
        if (tangents.Count < 2 || !primal.ReturnType.IsDouble
            || primal.Parameters.Count(p => p.IsDifferentiable) != 1 || primal.Parameters.Single(p => p.IsDifferentiable) is not { IsRef: false, Type.IsDouble: true } input)
        {
            return null;
        }
        Function highest = tangents[tangents.Count - 1];
        HashSet<string> directions = Directions(input, tangents);
        var arguments = highest.Parameters.Select(p => primal.Parameters.Any(q => q.Name == p.Name)
            ? new Var(p.Name, p.Type)
            : (Expr)X.Lit(directions.Contains(p.Name) ? 1 : 0)).ToEquatableArray();
        string placeholders = string.Join(", ", arguments.Select((_, i) => "{" + i.ToString(CultureInfo.InvariantCulture) + "}"));
        var series = new Var(NameTable.For(highest).Fresh("series"), highest.ReturnType);
        int order = tangents.Count;
        IEnumerable<string> derivatives = Enumerable.Range(0, order + 1)
            .Select(k => "{0}" + string.Concat(Enumerable.Repeat(".Tangent", k)) + string.Concat(Enumerable.Repeat(".Value", order - k)));
        return new Function(
            primal.Name + "Derivatives",
            IrType.DoubleArray,
            primal.Parameters,
            EquatableArray<Local>.Empty,
            Block.Of(
                new Comment($"One call of {highest.Name}: every direction of {input.Name} is 1, every other tangent 0."),
                new Declare(series.Name, new Opaque(highest.Name + "(" + placeholders + ")", arguments, highest.ReturnType)),
                new Return(new Opaque("new double[] {{ " + string.Join(", ", derivatives) + " }}", EquatableArray.Of<Expr>(series), IrType.DoubleArray))));
    }

    /// <summary>
    /// The parameters of the highest companion that are directions of <paramref name="input"/>: each companion keeps
    /// the parameters of the one below and puts each differentiable one right before its tangent, and the tangent
    /// of <paramref name="input"/> itself is that order's direction.
    /// </summary>
    private static HashSet<string> Directions(Parameter input, IReadOnlyList<Function> tangents)
    {
        var directions = new HashSet<string>();
        foreach (Function level in tangents)
        {
            int at = level.Parameters.ToList().FindIndex(p => p.Name == input.Name);
            directions.Add(level.Parameters[at + 1].Name);
        }
        return directions;
    }
}
