using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Analyses;

/// <summary>
/// Which <c>double</c> variables need derivative code: those that depend on a differentiable input
/// (varied) and influence the result (useful). Everything else — int counters, constants,
/// <c>[NoDerivative]</c> parameters — gets no tangent and no adjoint. Flow-insensitive (over all
/// assignments, in any order), which is conservative and cheap.
/// </summary>
internal sealed class Activity
{
    private Activity(HashSet<string> varied, HashSet<string> active)
    {
        Varied = varied;
        Active = active;
    }

    public IReadOnlyCollection<string> Varied { get; }

    public IReadOnlyCollection<string> Active { get; }

    public bool IsActive(string name) => ((HashSet<string>)Active).Contains(name);

    /// <summary>Whether <paramref name="expr"/> depends differentiably on an active variable.</summary>
    public bool IsActive(Expr expr) => DifferentiableReads(expr).Any(IsActive);

    public static Activity Analyze(Function function)
    {
        var assignments = IrWalk.Statements(function.Body).OfType<Assign>().ToList();

        var varied = new HashSet<string>(function.Parameters.Where(p => p.IsDifferentiable).Select(p => p.Name));
        FixPoint(() => assignments
            .Where(a => a.Value.Type.IsDifferentiable && !varied.Contains(a.Target) && DifferentiableReads(a.Value).Any(varied.Contains))
            .Select(a => varied.Add(a.Target)).ToList().Any(added => added));

        var useful = new HashSet<string>(IrWalk.Statements(function.Body).OfType<Return>()
            .Where(r => r.Value is not null).SelectMany(r => DifferentiableReads(r.Value!)));
        FixPoint(() => assignments
            .Where(a => useful.Contains(a.Target))
            .SelectMany(a => DifferentiableReads(a.Value))
            .Select(useful.Add).ToList().Any(added => added));

        var active = new HashSet<string>(varied.Where(useful.Contains));
        return new Activity(varied, active);
    }

    private static void FixPoint(System.Func<bool> step)
    {
        while (step())
        {
        }
    }

    /// <summary>The <c>double</c> and <c>double[]</c> variables <paramref name="expr"/> depends on with a derivative that can be non-zero.</summary>
    public static IEnumerable<string> DifferentiableReads(Expr expr)
    {
        if (!expr.Type.IsDifferentiable)
        {
            return Enumerable.Empty<string>();
        }
        return expr switch
        {
            Var v => new[] { v.Name },
            Unary { Op: UnaryOp.Negate or UnaryOp.Plus } u => DifferentiableReads(u.Operand),
            Binary { IsArithmetic: true } b => DifferentiableReads(b.Left).Concat(DifferentiableReads(b.Right)),
            Primitive p => p.Args.Where((_, i) => PrimitiveRules.Get(p.Name).Partials(p.Args.ToArray(), p)[i] is not null)
                .SelectMany(DifferentiableReads),
            Call c => c.Args.Where((_, i) => c.Callee.Parameters[i].IsDifferentiable).SelectMany(DifferentiableReads),
            Conditional c => DifferentiableReads(c.WhenTrue).Concat(DifferentiableReads(c.WhenFalse)),
            Cast c => DifferentiableReads(c.Operand),
            Index i => DifferentiableReads(i.Array),
            CloneArray c => DifferentiableReads(c.Array),
            _ => Enumerable.Empty<string>(),
        };
    }
}
