using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// Rows of matrices taken out of loops: in a loop that changes neither the matrix nor the row index,
/// <c>a[i, j]</c> becomes <c>aRow[j]</c>, with <c>aRow = Arrays.Row(a, i);</c> before the loop. An element
/// of a span checks one index against one length; an element of a matrix checks two against two lengths
/// and computes its offset. Companions read and write rows of matrices and of their adjoints in their
/// inner loops. Done last, as companions are written: the transforms reason about arrays and know nothing of spans.
/// </summary>
internal static class MatrixRows
{
    private const string RowCall = "global::AutoGrad.Internal.Arrays.Row({0}, {1})";

    public static Function Run(Function function)
    {
        var types = function.Parameters.Select(p => (p.Name, p.Type)).Concat(function.Locals.Select(l => (l.Name, l.Type)))
            .GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.First().Type);
        if (!types.Values.Any(t => t is { IsArray: true, Rank: 2 }))
        {
            return function;
        }
        var rewriter = new Rewriter(NameTable.For(function), types);
        Block body = rewriter.Block(function.Body);
        return rewriter.Rows.Count == 0
            ? function
            : function with { Locals = function.Locals.Concat(rewriter.Rows.Values).ToEquatableArray(), Body = body };
    }

    private sealed class Rewriter
    {
        private readonly NameTable _names;
        private readonly IReadOnlyDictionary<string, IrType> _types;

        public Rewriter(NameTable names, IReadOnlyDictionary<string, IrType> types)
        {
            _names = names;
            _types = types;
        }

        /// <summary>One span local per matrix and row index, set again before each loop that uses it.</summary>
        public Dictionary<(string Matrix, Expr Row), Local> Rows { get; } = new();

        public Block Block(Block block)
        {
            var output = new List<Stmt>();
            foreach (Stmt statement in block.Statements)
            {
                Stmt current = statement;
                if (statement is While or DoWhile or For)
                {
                    foreach ((string matrix, Expr row) in Hoistable(statement))
                    {
                        if (!Rows.TryGetValue((matrix, row), out Local? local))
                        {
                            IrType element = _types[matrix].Element!;
                            local = new Local(_names.Fresh(matrix + "Row"), new IrType(ValueKind.Other, $"global::System.Span<{element.CSharpName}>", element, 1));
                            Rows[(matrix, row)] = local;
                        }
                        output.Add(new Assign(local.Name, new Opaque(RowCall, EquatableArray.Of(new Var(matrix, _types[matrix]), row), local.Type)));
                        current = Replace(current, matrix, row, local);
                    }
                }
                output.Add(IrWalk.MapBlocks(current, Block));
            }
            return new Block(output.ToEquatableArray());
        }

        /// <summary>The (matrix, row index) pairs of the elements <paramref name="loop"/> reads or writes that stay fixed while it runs.</summary>
        private IEnumerable<(string Matrix, Expr Row)> Hoistable(Stmt loop)
        {
            List<Stmt> statements = IrWalk.Statements(Ir.Block.Of(loop)).ToList();
            List<Expr> expressions = statements.SelectMany(IrWalk.Expressions).SelectMany(IrWalk.SelfAndDescendants).ToList();
            HashSet<string> written = IrWalk.Changed(statements);
            return expressions.OfType<Index>().Where(i => i.Array is Var).Select(i => (Name: ((Var)i.Array).Name, i.Position))
                .Concat(statements.OfType<Assign>().Where(a => a.IsElement).Select(a => (Name: a.Target, Position: a.Position!)))
                .Where(e => _types.TryGetValue(e.Name, out IrType? type) && type is { IsArray: true, Rank: 2 } && !type.Element!.IsArray && !written.Contains(e.Name))
                .Select(e => (e.Name, Row: RowOf(e.Position)))
                .Where(e => e.Row is not null && IrWalk.IsFixedIndex(e.Row) && !IrWalk.VariablesRead(e.Row).Any(written.Contains))
                .Select(e => (e.Name, e.Row!))
                .Distinct()
                .ToList();
        }

        private static Expr? RowOf(Expr position) => position is Indices { Jagged: false, Items.Count: 2 } indices ? indices.Items[0] : null;

        private static Stmt Replace(Stmt statement, string matrix, Expr row, Local local)
        {
            bool InRow(Expr position) => RowOf(position) is Expr r && Equals(r, row);
            Expr? Element(Expr e) => e is Index { Array: Var a } index && a.Name == matrix && InRow(index.Position)
                ? new Index(new Var(local.Name, local.Type), ((Indices)index.Position).Items[1])
                : null;
            Stmt mapped = IrWalk.MapExpressions(statement, e => IrWalk.Map(e, Element));
            if (mapped is Assign { IsElement: true } store && store.Target == matrix && InRow(store.Position!))
            {
                mapped = store with { Target = local.Name, Position = ((Indices)store.Position!).Items[1] };
            }
            return IrWalk.MapBlocks(mapped, b => new Block(b.Statements.Select(s => Replace(s, matrix, row, local)).ToEquatableArray()));
        }
    }
}
