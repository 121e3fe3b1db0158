using System;
using System.Buffers;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace AutoGrad.Internal;

/// <summary>
/// Last-in first-out storage for the values a generated reverse sweep must get back: overwritten
/// variables, branch directions and loop trip counts. One lives in each call of a generated
/// <c>Adjoint</c> method (never static), so companions stay reentrant and thread-safe. Its buffer
/// is rented from <see cref="ArrayPool{T}.Shared"/> and returned by <see cref="Dispose"/>, so a
/// steady stream of calls allocates nothing.
/// </summary>
/// <remarks>Used only by generated code. It is a mutable struct: keep it in a local and never copy it.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct RecordStack<T> : IDisposable
{
    private T[]? _items;
    private int _count;

    /// <summary>How many values are stored.</summary>
    public readonly int Count => _count;

    /// <summary>Stores a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(T value)
    {
        T[]? items = _items;
        if (items is not null && (uint)_count < (uint)items.Length)
        {
            items[_count++] = value;
            return;
        }
        PushSlow(value);
    }

    /// <summary>Takes back the value stored last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Pop()
    {
        T[]? items = _items;
        int index = _count - 1;
        if (items is null || (uint)index >= (uint)items.Length)
        {
            ThrowEmpty();
        }
        _count = index;
        return items![index];
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        T[]? items = _items;
        _items = null;
        _count = 0;
        if (items is not null)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushSlow(T value)
    {
        T[]? old = _items;
        T[] grown = ArrayPool<T>.Shared.Rent(old is null ? 64 : old.Length * 2);
        if (old is not null)
        {
            Array.Copy(old, grown, _count);
            ArrayPool<T>.Shared.Return(old);
        }
        _items = grown;
        grown[_count++] = value;
    }

    private static void ThrowEmpty() =>
        throw new InvalidOperationException("AutoGrad internal error: the reverse sweep read more values than the forward sweep recorded.");
}
