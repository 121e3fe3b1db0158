using System;
using System.Runtime.CompilerServices;

namespace AutoGrad.Benchmarks.Tape;

/// <summary>
/// A reverse-mode tape, the operator-overloading kind C# users write today: every operation on a
/// <see cref="Var"/> appends a node holding its (at most two) parents and the local partial
/// derivatives, and <see cref="Backward"/> walks the nodes from last to first. Nodes are structs in
/// one growing array, and <see cref="Clear"/> keeps that array, so a reused tape allocates nothing
/// once it has grown to the size of the computation: the peer is as fast as this design allows.
/// </summary>
public sealed class ReverseTape
{
    private Node[] _nodes = new Node[1024];
    private double[] _adjoints = new double[1024];
    private int _count;

    /// <summary>How many operations are recorded.</summary>
    public int Count => _count;

    /// <summary>Bytes one recorded operation costs: its node plus its adjoint slot.</summary>
    public static int BytesPerNode => Unsafe.SizeOf<Node>() + sizeof(double);

    /// <summary>Forgets every recorded operation, keeping the storage for the next computation.</summary>
    public void Clear() => _count = 0;

    /// <summary>A new independent variable: a leaf of the graph.</summary>
    public Var Variable(double value) => Record(value, -1, 0, -1, 0);

    internal Var Record(double value, int left, double leftPartial, int right, double rightPartial)
    {
        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }
        _nodes[_count] = new Node(leftPartial, rightPartial, left, right);
        return new Var(this, _count++, value);
    }

    /// <summary>Propagates ∂output/∂node back to every node recorded before <paramref name="output"/>.</summary>
    public void Backward(Var output)
    {
        if (_adjoints.Length < _count)
        {
            _adjoints = new double[_nodes.Length];
        }
        double[] adjoints = _adjoints;
        Array.Clear(adjoints, 0, _count);
        if (output.Index < 0)
        {
            return;
        }
        adjoints[output.Index] = 1;
        Node[] nodes = _nodes;
        for (int i = output.Index; i >= 0; i--)
        {
            double adjoint = adjoints[i];
            if (adjoint == 0)
            {
                continue;
            }
            Node node = nodes[i];
            if (node.Left >= 0)
            {
                adjoints[node.Left] += node.LeftPartial * adjoint;
            }
            if (node.Right >= 0)
            {
                adjoints[node.Right] += node.RightPartial * adjoint;
            }
        }
    }

    /// <summary>∂output/∂v after <see cref="Backward"/>; 0 for a constant.</summary>
    public double Adjoint(Var v) => v.Index < 0 ? 0 : _adjoints[v.Index];

    /// <summary>
    /// One operation: ∂result/∂operand and the operands' indices (−1 for none or a constant). The
    /// doubles come first so the struct packs into 24 bytes rather than 32 with padding.
    /// </summary>
    private readonly record struct Node(double LeftPartial, double RightPartial, int Left, int Right);
}
