using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Passes;

/// <summary>
/// The reverse sweep adds into adjoints (<c>tBar += …</c>) because a value may feed several
/// operations, and resets an adjoint to 0 once it has been passed on. Where an adjoint is known to be
/// 0 — declared so, or just reset — the first contribution is an assignment, <c>tBar = …</c>. That reads
/// like hand-written code, and it matters for speed: inside a loop the JIT cannot see that a reset at
/// the end of one iteration makes the add at the start of the next one an add to 0, so the add and
/// the loop-carried dependency stay; an assignment lets it drop both, and the reset too.
/// </summary>
internal static class ZeroAdjoints
{
    /// <summary>The scalar adjoint locals are declared with the value 0.</summary>
    public static Function Run(Function function)
    {
        var adjoints = new HashSet<string>(function.Locals.Where(l => l.IsAdjoint && l.Type.IsDouble).Select(l => l.Name));
        return function with { Body = new Pass(adjoints).Run(function.Body, adjoints).Block };
    }

    private sealed class Pass
    {
        private readonly HashSet<string> _adjoints;

        public Pass(HashSet<string> adjoints) => _adjoints = adjoints;

        /// <summary>The block rewritten, given the adjoints that are 0 on entry, and those that are 0 on exit.</summary>
        public (Block Block, HashSet<string> Zero) Run(Block block, HashSet<string> zero)
        {
            zero = new HashSet<string>(zero);
            var output = new List<Stmt>();
            foreach (Stmt statement in block.Statements)
            {
                output.Add(Statement(statement, zero));
            }
            return (new Block(output.ToEquatableArray()), zero);
        }

        /// <summary>One statement rewritten; <paramref name="zero"/> is updated to hold after it.</summary>
        private Stmt Statement(Stmt statement, HashSet<string> zero)
        {
            switch (statement)
            {
                case Assign { IsElement: false } assign when _adjoints.Contains(assign.Target):
                    return Assign(assign, zero);
                case If s:
                    (Block then, HashSet<string> afterThen) = Run(s.Then, zero);
                    (Block otherwise, HashSet<string> afterElse) = Run(s.Else, zero);
                    zero.IntersectWith(afterThen);
                    zero.IntersectWith(afterElse);
                    return s with { Then = then, Else = otherwise };
                case While s:
                    HashSet<string> head = LoopHead(s.Body, zero);
                    Block body = Run(s.Body, head).Block;
                    zero.IntersectWith(head);
                    return s with { Body = body };
                case DoWhile s:
                    HashSet<string> start = LoopHead(s.Body, zero);
                    (Block doBody, HashSet<string> end) = Run(s.Body, start);
                    zero.IntersectWith(end);
                    return s with { Body = doBody };
                default:
                    // A callee adds into the adjoints it gets by ref.
                    zero.ExceptWith(IrWalk.Expressions(statement).SelectMany(IrWalk.SelfAndDescendants).OfType<RefArg>().Select(r => r.Name));
                    return statement;
            }
        }

        /// <summary>What is 0 at the start of every iteration: 0 on entry, and again at the end of the body.</summary>
        private HashSet<string> LoopHead(Block body, HashSet<string> entry)
        {
            var head = new HashSet<string>(entry);
            while (true)
            {
                HashSet<string> end = Run(body, head).Zero;
                int before = head.Count;
                head.IntersectWith(end);
                if (head.Count == before)
                {
                    return head;
                }
            }
        }

        private static Stmt Assign(Assign assign, HashSet<string> zero)
        {
            string target = assign.Target;
            if (assign.Value is Literal literal && X.IsLiteral(literal, 0))
            {
                zero.Add(target);
                return assign;
            }
            bool wasZero = zero.Remove(target);
            if (wasZero && assign.Value is Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Var { Name: var left } } sum
                && left == target && !IrWalk.VariablesRead(sum.Right).Contains(target))
            {
                return assign with { Value = sum.Op == BinaryOp.Add ? sum.Right : X.Neg(sum.Right) };
            }
            return assign;
        }
    }
}
