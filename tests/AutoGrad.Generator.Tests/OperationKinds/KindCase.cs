using System;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Tests.OperationKinds;

/// <summary>
/// One row of <see cref="OperationKindTable"/>: what the front end does when it meets <see cref="Kind"/>.
/// A kind with several paths through the front end may have more than one row, told apart by <see cref="Variant"/>.
/// </summary>
internal abstract record KindCase(OperationKind Kind, string Variant)
{
    /// <summary>The kind's name, and the variant if any: the test case's name.</summary>
    public string Name => Variant.Length == 0 ? NameOf(Kind) : $"{NameOf(Kind)} ({Variant})";

    /// <summary>
    /// The name Roslyn gives a kind today: BinaryOperator and the like are hidden aliases of Binary and the
    /// like, with the same value, and <see cref="Enum.ToString()"/> may pick either.
    /// </summary>
    public static string NameOf(OperationKind kind) => typeof(OperationKind)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => (OperationKind)f.GetValue(null)! == kind)
        .OrderBy(f => f.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never)
        .First().Name;
}

/// <summary>
/// A kind C# can put in a method body, shown by <see cref="Members"/>: the members of a class (at least one
/// [Differentiable] method, whose body holds the kind, and whatever types or helpers it needs).
/// </summary>
internal abstract record Snippet(OperationKind Kind, string Members, string Variant) : KindCase(Kind, Variant);

/// <summary>The front end differentiates it: companions that compile without warnings and agree with central differences.</summary>
internal sealed record Differentiated(OperationKind Kind, string Members, string Variant = "") : Snippet(Kind, Members, Variant);

/// <summary>
/// The front end rejects it: the AG error <see cref="Id"/> spans exactly <see cref="At"/>, text that occurs only
/// inside a [Differentiable] method, and no other diagnostic spans the same text.
/// </summary>
internal sealed record Diagnosed(OperationKind Kind, string Members, string Id, string At, string Variant = "") : Snippet(Kind, Members, Variant);

/// <summary>No method body the front end parses holds the kind, for <see cref="Reason"/>.</summary>
internal sealed record CannotOccur(OperationKind Kind, string Reason) : KindCase(Kind, "");
