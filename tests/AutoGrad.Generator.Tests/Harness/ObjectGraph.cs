using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace AutoGrad.Generator.Tests.Harness;

/// <summary>
/// Walks every field reachable from a pipeline step's output. A symbol, syntax node, syntax tree,
/// location, semantic model or compilation held there roots a whole compilation in the driver's cache
/// and, as it never compares equal across runs, defeats the incremental caching.
/// </summary>
internal static class ObjectGraph
{
    private static readonly Type[] Banned =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location),
    };

    public static void AssertHoldsNoCompilerObjects(object? root, string step)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(root, "output");

        void Visit(object? node, string path)
        {
            if (node is null || !visited.Add(node))
            {
                return;
            }
            Type type = node.GetType();
            foreach (Type banned in Banned)
            {
                if (banned.IsAssignableFrom(type))
                {
                    throw new XunitException($"Step '{step}' holds a {banned.Name} ({type.FullName}) at {path}.");
                }
            }
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
            {
                return;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
                && (bool)type.GetProperty(nameof(System.Collections.Immutable.ImmutableArray<int>.IsDefault))!.GetValue(node)!)
            {
                // A default ImmutableArray holds nothing, and throws if enumerated.
                return;
            }
            if (node is IEnumerable sequence)
            {
                int index = 0;
                foreach (object? item in sequence)
                {
                    Visit(item, $"{path}[{index++}]");
                }
            }
            for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    Visit(field.GetValue(node), $"{path}.{field.Name}");
                }
            }
        }
    }
}
