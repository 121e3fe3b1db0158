using System;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Pipeline;

/// <summary>
/// One rewrite of a companion, IR to IR. <paramref name="Preserves"/> says what it keeps; an optimization
/// (<paramref name="Optimizes"/>) may be left out, and the companion's values and derivatives must not change
/// when it is (<c>AutoGradOptimize=false</c>, tested both ways over the test corpus).
/// </summary>
internal sealed record Pass(string Name, string Preserves, Func<Function, Function> Run, bool Optimizes = true);
