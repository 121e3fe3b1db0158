using System;
using AutoGrad.Internal;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>The recording stack generated code uses: room made before a counted loop, and growth that keeps what is stored.</summary>
public sealed class RecordStackTests
{
    [Fact]
    public void Values_pushed_into_reserved_room_come_back_last_first_after_what_was_there()
    {
        var stack = default(RecordStack<double>);
        for (int i = 0; i < 50; i++)
        {
            stack.Push(i);
        }
        // More than the first buffer holds: the stack must grow and keep the 50 values.
        stack.Reserve(300, 2);
        for (int i = 0; i < 600; i++)
        {
            stack.PushReserved(1000 + i);
        }
        Assert.Equal(650, stack.Count);
        for (int i = 599; i >= 0; i--)
        {
            Assert.Equal(1000 + i, stack.Pop());
        }
        for (int i = 49; i >= 0; i--)
        {
            Assert.Equal(i, stack.Pop());
        }
        stack.Dispose();
    }

    [Fact]
    public void Reserving_nothing_then_pushing_grows_as_usual()
    {
        var stack = default(RecordStack<int>);
        stack.Reserve(0, 3);
        for (int i = 0; i < 200; i++)
        {
            stack.Push(i);
        }
        Assert.Equal(199, stack.Pop());
        stack.Dispose();
    }

    [Fact]
    public void Reserving_more_than_an_array_holds_says_so()
    {
        var stack = default(RecordStack<double>);
        var error = Assert.Throws<InvalidOperationException>(() => stack.Reserve(int.MaxValue, 2));
        Assert.Contains("more than an array can hold", error.Message, StringComparison.Ordinal);
    }
}
