using System;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Rules;

/// <summary>
/// How to differentiate one primitive: the partial derivative with respect to each argument, as IR
/// built from the arguments and the result. Both the forward and the reverse transform read it, so
/// each derivative is written exactly once.
/// </summary>
/// <param name="Name">The IR name (<c>Sin</c>, <c>Add</c>, …).</param>
/// <param name="CallText">How C# calls it; null for operators.</param>
/// <param name="Partials">
/// (arguments, result) → one partial per argument; null where the primitive does not depend on
/// that argument differentiably (an <c>int</c> exponent, say).
/// </param>
/// <param name="MayBeUnbounded">
/// A partial can be infinite or NaN inside the domain (Sqrt at 0, Log at 0): code multiplies it by
/// a seed or tangent only when that is non-zero, so 0·∞ never leaks a NaN from a term that contributes nothing.
/// </param>
/// <param name="UsesResult">Some partial reads the result, so it must be computed while the result is at hand.</param>
/// <param name="IsSingular">
/// A partial can be infinite where the value is finite (Sqrt at 0, Asin at 1), so an adjoint can become
/// infinite while every value stays finite. (Where Log or a division has an infinite partial, the value is
/// infinite too, and any function that makes such a value finite again sends back a zero adjoint.)
/// </param>
internal sealed record PrimitiveRule(
    string Name,
    string? CallText,
    Func<Expr[], Expr, Expr?[]> Partials,
    bool MayBeUnbounded = false,
    bool UsesResult = false,
    bool IsSingular = false);
