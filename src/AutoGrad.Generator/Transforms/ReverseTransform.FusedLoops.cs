using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>Reverse mode for loops that only add into sums: one pass, each iteration's adjoint right after it.</summary>
internal sealed partial class ReverseTransform
{
    /// <summary>
    /// The loops that only add into sums (see <see cref="FusedLoops"/>): first the adjoint of the tail,
    /// which gives the sums' adjoints; then each loop with each iteration's adjoint right after it;
    /// then the tail's value.
    /// </summary>
    private IEnumerable<Stmt> Fuse(FusedLoops fused, Var resultBar)
    {
        yield return new Comment("The loops below only add into sums that the result depends on linearly, so the sums' adjoints are known");
        yield return new Comment("before they run: each iteration's adjoint runs right after it, in one pass, while its values are current.");
        yield return new Assign(resultBar.Name, new Var("seed", resultBar.Type));
        foreach (Stmt statement in Reverse(fused.Tail, inLoop: false))
        {
            yield return statement;
        }
        foreach (Stmt statement in fused.Loops)
        {
            yield return statement is While loop ? FusedLoop(loop, fused.Sums) : statement;
        }
        foreach (Stmt statement in _recording.Forward(fused.Tail, inLoop: false, AllocateAdjointArray).Statements)
        {
            yield return statement;
        }
    }

    /// <summary>One iteration, then its adjoint while its values are at hand, then the steps to the next one.</summary>
    private Stmt FusedLoop(While loop, IReadOnlyCollection<string> sums)
    {
        EquatableArray<Stmt> body = loop.Body.Statements;
        int head = body.Count - FusedLoops.Steps(body);
        var iteration = new Block(body.Take(head).ToEquatableArray());
        Dictionary<Stmt, Stmt> seeded = _isFinal ? SeededCalls(iteration, sums) : new Dictionary<Stmt, Stmt>();
        var fusedBody = new List<Stmt>(_recording.Forward(iteration, inLoop: true, AllocateAdjointArray).Statements
            .SelectMany(s => seeded.TryGetValue(s, out Stmt? call)
                ? new[] { new Comment("the sum's adjoint is the seed: the Adjoint returns the value and runs the call's reverse sweep here"), call }
                : new[] { s }));
        fusedBody.AddRange(Reverse(iteration, inLoop: true));
        fusedBody.AddRange(body.Skip(head));
        return loop with { Body = new Block(fusedBody.ToEquatableArray()) };
    }

    /// <summary>
    /// The calls whose results the iteration only adds into sums (<c>t = G(z); sum += t;</c>), each with
    /// the call of G's Adjoint that replaces it. The seed, the sums' adjoint, is known before the call, and
    /// nothing after it in the iteration touches its arguments, so the Adjoint can run where G ran: it
    /// returns G's value as well, and the reverse sweep has nothing left to do for the call or the sums.
    /// One evaluation of G per iteration instead of two. Not for forward over reverse, which differentiates the plain call.
    /// </summary>
    private Dictionary<Stmt, Stmt> SeededCalls(Block iteration, IReadOnlyCollection<string> sums)
    {
        var seeded = new Dictionary<Stmt, Stmt>(ByReference<Stmt>.Instance);
        EquatableArray<Stmt> statements = iteration.Statements;
        for (int p = 0; p < statements.Count; p++)
        {
            if (statements[p] is not Assign { IsElement: false, Value: Call { Form: CalleeForm.Primal, Part: null, ResultType.IsDouble: true } call } assign
                || !_bars.ContainsKey(assign.Target) || _recording.Restore(assign, inLoop: true) is not null)
            {
                continue;
            }
            var arguments = IrWalk.VariablesRead(call).ToList();
            List<Stmt> later = statements.Skip(p + 1).ToList();
            List<Stmt> uses = later.Where(s => IrWalk.Mentions(s, assign.Target)).ToList();
            if (arguments.Contains(assign.Target) || uses.Count == 0 || !uses.All(s => SumOf(s, assign.Target) is string sum && sums.Contains(sum))
                || later.Any(s => arguments.Any(a => IrWalk.Mentions(s, a))))
            {
                continue;
            }
            // t's adjoint: + the adjoint of each sum it is added to, − that of each it is taken from.
            Expr seed = uses.Cast<Assign>().Aggregate((Expr)X.Lit(0), (total, use) =>
                ((Binary)use.Value).Op == BinaryOp.Add ? X.Add(total, _bars[use.Target]) : X.Sub(total, _bars[use.Target]));
            seeded[assign] = assign with { Value = AdjointCall(call, seed) };
            _reversedInForward.Add(assign);
            _reversedInForward.UnionWith(uses);
        }
        return seeded;
    }

    /// <summary>The sum <paramref name="statement"/> adds <paramref name="term"/> into (<c>sum = sum ± term</c>), or null.</summary>
    private static string? SumOf(Stmt statement, string term) =>
        statement is Assign { IsElement: false, Value: Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Var left, Right: Var right } } sum
        && left.Name == sum.Target && right.Name == term && sum.Target != term ? sum.Target : null;
}
