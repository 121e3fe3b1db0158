using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// Elements a loop reads but cannot change, read once before it: in a loop that writes neither the
/// array nor the index's variables, <c>centered[column]</c> becomes <c>centeredColumn</c>, set just before
/// the loop. The JIT cannot do this itself: to it, any store in the loop into another array or span may
/// write the same memory. Here only arrays the companion makes itself and hands to nobody qualify, which
/// nothing else can alias. The read is taken only if the loop runs, and only of an element every
/// iteration reads unconditionally, so it throws where the loop would. Done last, with
/// <see cref="MatrixRows"/>: the transforms reason about values, not about where they are loaded.
/// </summary>
internal static class InvariantElements
{
    public static Function Run(Function function)
    {
        HashSet<string> own = OwnArrays(function);
        if (own.Count == 0)
        {
            return function;
        }
        var rewriter = new Rewriter(NameTable.For(function), own);
        Block body = rewriter.Block(function.Body);
        return rewriter.Elements.Count == 0
            ? function
            : function with { Locals = function.Locals.Concat(rewriter.Elements.Values).ToEquatableArray(), Body = body };
    }

    /// <summary>
    /// Local arrays of doubles the companion makes once, at its top level, and uses only through their
    /// elements and lengths, their records and the runtime's helpers that take them as a whole statement
    /// (<c>Scratch.Return(a)</c>): never passed to a call, copied to another variable, or viewed as a span.
    /// </summary>
    private static HashSet<string> OwnArrays(Function function)
    {
        var parameters = new HashSet<string>(function.Parameters.Select(p => p.Name));
        List<Stmt> all = IrWalk.Statements(function.Body).ToList();
        var writes = all.SelectMany(IrWalk.WholeTargets).GroupBy(name => name).ToDictionary(g => g.Key, g => g.Count());
        var made = function.Body.Statements.OfType<Assign>()
            .Where(a => !a.IsElement && (a.Value is NewArray or CloneArray || a.Value is Opaque { Template: var rent } && IsRuntime(rent)))
            .Where(a => a.Value.Type is { IsArray: true, Element.IsDouble: true })
            .Select(a => a.Target)
            .Where(name => !parameters.Contains(name) && writes[name] == 1);
        return new HashSet<string>(made.Where(array => !all.Any(s => Passes(s, array))));
    }

    /// <summary>Whether <paramref name="statement"/> uses <paramref name="array"/> other than by element or length.</summary>
    private static bool Passes(Stmt statement, string array) => statement switch
    {
        PushElements or PopElements => false,
        Evaluate { Value: Opaque helper } when IsRuntime(helper.Template) => helper.Args.Any(a => a is not Var && WorkArrays.Leaves(a, array)),
        AccumulateArray s => s.Target is not Var && WorkArrays.Leaves(s.Target, array) || s.Source is not Var && WorkArrays.Leaves(s.Source, array),
        _ => IrWalk.Expressions(statement).Any(e => WorkArrays.Leaves(e, array)),
    };

    /// <summary>AutoGrad's own helpers (renting, returning, adding arrays), which keep no array they are given; not the user's methods.</summary>
    private static bool IsRuntime(string template) => template.StartsWith("global::AutoGrad.Internal.", System.StringComparison.Ordinal);

    /// <summary>An expression that evaluating once more before a loop changes nothing: no call, no pop from a record.</summary>
    private static bool IsPlain(Expr condition) =>
        IrWalk.SelfAndDescendants(condition).All(e => e is Var or Literal or Binary or Unary or Cast or Primitive or Index or Indices or ArrayLength or Conditional);

    /// <summary>The subexpressions evaluated whenever <paramref name="expr"/> is: not a branch of <c>?:</c>, not the right of <c>&amp;&amp;</c> or <c>||</c>.</summary>
    private static IEnumerable<Expr> Unconditional(Expr expr) => expr switch
    {
        Conditional c => Unconditional(c.Condition).Prepend(expr),
        Binary { Op: BinaryOp.And or BinaryOp.Or } b => Unconditional(b.Left).Prepend(expr),
        _ => IrWalk.Children(expr).SelectMany(Unconditional).Prepend(expr),
    };

    private sealed class Rewriter
    {
        private readonly NameTable _names;
        private readonly HashSet<string> _own;

        public Rewriter(NameTable names, HashSet<string> own)
        {
            _names = names;
            _own = own;
        }

        /// <summary>One local per array and index, set again before each loop that reads it.</summary>
        public Dictionary<Index, Local> Elements { get; } = new();

        public Block Block(Block block)
        {
            var output = new List<Stmt>();
            foreach (Stmt statement in block.Statements)
            {
                Stmt current = statement;
                if (LoopParts(statement) is { } loop)
                {
                    foreach (Index element in Hoistable(statement, loop.Body))
                    {
                        if (!Elements.TryGetValue(element, out Local? local))
                        {
                            local = new Local(_names.Fresh(Name(element)), IrType.Double);
                            Elements[element] = local;
                        }
                        // A loop that may not run reads the element only if it does.
                        output.Add(new Comment("is the same in every iteration of the loop below: read once", Subject: element));
                        output.Add(new Assign(local.Name, loop.Runs is null ? element : X.Choose(loop.Runs, element, X.Lit(0))));
                        current = InBody(current, element, new Var(local.Name, IrType.Double));
                    }
                }
                output.Add(IrWalk.MapBlocks(current, Block));
            }
            return new Block(output.ToEquatableArray());
        }

        /// <summary>
        /// A loop's body, and whether it runs at least once, as seen before it starts: a while loop's condition,
        /// a for loop's with its start put in (<c>row &lt; d</c> for <c>for (row = column + 1; row &lt; d; row++)</c>
        /// is <c>column + 1 &lt; d</c>), null for a do loop. Null for a for loop whose start is not one plain assignment.
        /// </summary>
        private static (Block Body, Expr? Runs)? LoopParts(Stmt statement) => statement switch
        {
            While loop when IsPlain(loop.Condition) => (loop.Body, loop.Condition),
            DoWhile loop => (loop.Body, null),
            For { Init.Statements.Count: 1, Condition: Expr condition } loop
                when loop.Init.Statements[0] is Assign { IsElement: false } start && IrWalk.IsFixedIndex(start.Value) && IsPlain(condition) =>
                (loop.Body, IrWalk.Map(condition, e => e is Var v && v.Name == start.Target ? start.Value : null)),
            _ => null,
        };

        /// <summary>The elements of own arrays every iteration of <paramref name="loop"/> reads, that it cannot change.</summary>
        private IEnumerable<Index> Hoistable(Stmt loop, Block body)
        {
            List<Stmt> statements = IrWalk.ChildBlocks(loop).SelectMany(IrWalk.Statements).ToList();
            if (statements.Any(s => s is Break or Continue or Return))
            {
                return Enumerable.Empty<Index>();
            }
            HashSet<string> written = IrWalk.Changed(statements);
            // Anything but reading elements and lengths, or recording the array, may change it.
            bool Changes(string array) => statements.Any(s => s is Assign { IsElement: true } store && store.Target == array
                || s is PopElements pop && pop.Array.Name == array
                || s is not PushElements && IrWalk.Expressions(s).Any(e => WorkArrays.Leaves(e, array)));
            return body.Statements.SelectMany(IrWalk.Expressions).SelectMany(Unconditional).OfType<Index>()
                .Where(e => e.Array is Var array && _own.Contains(array.Name) && IrWalk.IsFixedIndex(e.Position)
                    && !IrWalk.VariablesRead(e.Position).Any(written.Contains))
                .Distinct()
                .Where(e => !Changes(((Var)e.Array).Name))
                .ToList();
        }

        /// <summary><c>centeredColumn</c> for <c>centered[column]</c>; <c>centeredElement</c> for any other index.</summary>
        private static string Name(Index element)
        {
            string array = ((Var)element.Array).Name;
            return element.Position is Var index ? array + char.ToUpperInvariant(index.Name[0]) + index.Name.Substring(1) : array + "Element";
        }

        /// <summary>The loop with <paramref name="element"/> replaced in its body (not in its condition, start or step).</summary>
        private static Stmt InBody(Stmt loop, Index element, Var local)
        {
            Block Body(Block body) => new(body.Statements.Select(s => Replace(s, element, local)).ToEquatableArray());
            return loop switch
            {
                While s => s with { Body = Body(s.Body) },
                DoWhile s => s with { Body = Body(s.Body) },
                For s => s with { Body = Body(s.Body) },
                _ => loop,
            };
        }

        private static Stmt Replace(Stmt statement, Index element, Var local)
        {
            Stmt mapped = IrWalk.MapExpressions(statement, e => IrWalk.Map(e, x => Equals(x, element) ? local : null));
            return IrWalk.MapBlocks(mapped, b => new Block(b.Statements.Select(s => Replace(s, element, local)).ToEquatableArray()));
        }
    }
}
