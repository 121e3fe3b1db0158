using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;

namespace AutoGrad.Generator.Transforms;

internal static class Signatures
{
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
}
