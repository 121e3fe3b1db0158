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

    /// <summary>
    /// Makes room for <paramref name="trips"/> × <paramref name="perTrip"/> more values, before a loop whose
    /// pushes are counted, so that they can use <see cref="PushReserved"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reserve(int trips, int perTrip)
    {
        long needed = _count + ((long)trips * perTrip);
        if (_items is null || needed > _items.Length)
        {
            Grow(needed);
        }
    }

    /// <summary>Stores a value in room made by <see cref="Reserve"/>: no capacity check, no call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushReserved(T value) => _items![_count++] = value;

    /// <summary>Stores every element of <paramref name="values"/>, before a loop that overwrites each of them once.</summary>
    public void PushElements(T[] values)
    {
        Reserve(values.Length, 1);
        values.AsSpan().CopyTo(_items.AsSpan(_count));
        _count += values.Length;
    }

    /// <summary>Puts back the elements the matching <see cref="PushElements"/> stored, into the same array.</summary>
    public void PopElements(T[] values)
    {
        int start = _count - values.Length;
        if (_items is null || start < 0)
        {
            ThrowEmpty();
        }
        _items.AsSpan(start, values.Length).CopyTo(values);
        _count = start;
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
        Grow(_count + 1L);
        _items![_count++] = value;
    }

    /// <summary>Moves to a pooled buffer of at least <paramref name="needed"/> values: double the old one, at least 64.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(long needed)
    {
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException($"AutoGrad: the reverse sweep must record {needed} values, more than an array can hold.");
        }
        T[]? old = _items;
        T[] grown = ArrayPool<T>.Shared.Rent((int)Math.Max(needed, old is null ? 64 : Math.Min(2L * old.Length, Array.MaxLength)));
        if (old is not null)
        {
            Array.Copy(old, grown, _count);
            ArrayPool<T>.Shared.Return(old);
        }
        _items = grown;
    }

    private static void ThrowEmpty() =>
        throw new InvalidOperationException("AutoGrad internal error: the reverse sweep read more values than the forward sweep recorded.");
}
