using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Passes;
using AutoGrad.Generator.Transforms;

namespace AutoGrad.Generator.Pipeline;

/// <summary>
/// A parsed method to its companions, in IR: the transforms that make each companion, then the passes that
/// rewrite it, in the order listed here. Nothing else rewrites a companion, and the emitter only prints.
/// </summary>
internal static class CompanionPipeline
{
    /// <summary>Passes over a reverse sweep's companion, before anything differentiates or wraps it.</summary>
    public static readonly IReadOnlyList<Pass> AdjointPasses = new[]
    {
        new Pass(nameof(ZeroAdjoints), "every value: an add into an adjoint known to be 0 becomes an assignment", ZeroAdjoints.Run),
        new Pass(nameof(MergedAccumulations), "every value but the last bits of a sum: contributions in a row to one element become one", MergedAccumulations.Run),
        new Pass(nameof(RegisterAccumulations), "every value but the last bits of a sum: a loop's adds into one element go through a local", RegisterAccumulations.Run),
    };

    /// <summary>Passes over the Adjoint that is emitted, which nothing differentiates again.</summary>
    public static readonly IReadOnlyList<Pass> EmittedAdjointPasses = new[]
    {
        new Pass(nameof(ScratchArrays), "every value: arrays that never leave the call are rented and returned", ScratchArrays.Run),
    };

    /// <summary>Passes over every companion as it is emitted, last.</summary>
    public static readonly IReadOnlyList<Pass> EmittedPasses = new[]
    {
        new Pass(nameof(UnreachableCode), "everything that runs: statements after one that always leaves are dropped", UnreachableCode.Run, Optimizes: false),
        new Pass(nameof(UnreadLocals), "every value returned or written: locals nothing reads are dropped", UnreadLocals.Run, Optimizes: false),
        new Pass(nameof(VectorLoops), "every value: a loop that adds a multiple of one array into another becomes one vectorized call", VectorLoops.Run),
        new Pass(nameof(MatrixRows), "every value: a loop's matrix row is taken once, as a span", MatrixRows.Run),
        new Pass(nameof(InvariantElements), "every value: an element no iteration changes is read once, before the loop", InvariantElements.Run),
        new Pass(nameof(DeclaredWhereAssigned), "every statement: a local first assigned at the top level is declared there", DeclaredWhereAssigned.Run, Optimizes: false),
    };

    /// <summary>
    /// Every companion of <paramref name="primal"/> up to <paramref name="order"/>. Hand-written companions
    /// are checked against these signatures, so the contract has one definition.
    /// </summary>
    /// <param name="optimize">Run the optimizations: the passes that say so, and those inside the transforms
    /// (eager calls and fused loops in reverse mode, forward mode for the Adjoint of a function of one scalar).</param>
    public static CompanionSet Build(Function primal, int order, bool optimize = true)
    {
        Function linear = Linearize(primal);
        Function tangent = ForwardOfLinear(linear);
        Function adjoint = Apply(AdjointPasses.Concat(EmittedAdjointPasses), ReverseTransform.Run(linear, isFinal: true, optimize), optimize);
        Function? reverseSweep = null;
        // A scalar function of one scalar differentiates fastest forward; a companion differentiated again keeps the reverse sweep.
        if (optimize && order == 1 && TangentAdjoint.Applies(linear)
            && TangentAdjoint.Run(linear, UnreachableCode.Run(ForwardTransform.Run(linear, Activity.Analyze(linear), zeroRule: false)), adjoint) is { } forward)
        {
            (adjoint, reverseSweep) = forward;
        }
        else if (ForwardFallback.Run(linear, adjoint) is { } guarded)
        {
            (adjoint, reverseSweep) = guarded;
        }
        // Higher orders compose the transforms: the tangent of the adjoint is forward over reverse.
        // It differentiates an Adjoint built to be differentiated (plain calls and allocations), not the one emitted.
        Function? adjointTangent = order >= 2 ? Forward(Apply(AdjointPasses, ReverseTransform.Run(linear, isFinal: false, optimize), optimize)) : null;
        // Forward over forward, once per order above the first: FTangentTangent, FTangentTangentTangent, …
        var higherTangents = new List<Function>();
        for (Function lower = tangent; higherTangents.Count < order - 1; lower = higherTangents[higherTangents.Count - 1])
        {
            higherTangents.Add(Forward(lower));
        }
        Function? series = DerivativeSeries.Run(primal, new[] { tangent }.Concat(higherTangents).ToList());
        Function? gradient = GradientAdapter.Run(primal, adjoint);
        Function? hessian = HessianAdapter.Run(primal, adjointTangent);
        Function Emitted(Function companion) => Apply(EmittedPasses, companion, optimize);
        return new CompanionSet(Emitted(tangent), Emitted(adjoint), reverseSweep is null ? null : Emitted(reverseSweep),
            adjointTangent is null ? null : Emitted(adjointTangent), higherTangents.Select(Emitted).ToList(),
            series is null ? null : Emitted(series), gradient is null ? null : Emitted(gradient), hessian is null ? null : Emitted(hessian));
    }

    /// <summary>The companion each form would have, as the generator would emit it.</summary>
    public static IReadOnlyDictionary<CalleeForm, Function> Expected(Function stub)
    {
        CompanionSet set = Build(stub, order: 2);
        return new Dictionary<CalleeForm, Function>
        {
            [CalleeForm.Tangent] = set.Tangent,
            [CalleeForm.Adjoint] = set.Adjoint,
            [CalleeForm.AdjointTangent] = set.AdjointTangent!,
            [CalleeForm.TangentTangent] = set.HigherTangents[0],
        };
    }

    private static Function Apply(IEnumerable<Pass> passes, Function companion, bool optimize) =>
        passes.Where(pass => optimize || !pass.Optimizes).Aggregate(companion, (function, pass) => pass.Run(function));

    private static Function Linearize(Function function) => Linearizer.Run(function, Activity.Analyze(function));

    private static Function Forward(Function function) => ForwardOfLinear(Linearize(function));

    private static Function ForwardOfLinear(Function linear) => ForwardTransform.Run(linear, Activity.Analyze(linear));
}
