using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace AutoGrad.Generator.Ir;

/// <summary>
/// Compares IR nodes by identity. Nodes are records, equal by value: two statements written alike are
/// equal, but a plan made for one statement is about that very statement.
/// </summary>
internal sealed class ByReference<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ByReference<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
