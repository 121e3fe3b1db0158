using System.Linq;
using AutoGrad.Generator.FrontEnd;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Transforms;

internal static class FunctionNames
{
    /// <summary>A name table holding every name <paramref name="function"/> uses, and the contract's partner names.</summary>
    public static NameTable For(Function function) => new(
        function.Parameters.SelectMany(p => new[] { p.Name, p.Name + "Tangent", p.Name + "Adjoint" })
            .Concat(function.Locals.Select(l => l.Name))
            .Concat(new[] { "seed", function.Name }));
}
