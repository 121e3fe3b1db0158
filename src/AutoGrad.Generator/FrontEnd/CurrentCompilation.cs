using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// The compilation a pipeline run is for, beside a <see cref="ParseKey"/>, for the parse to bind in
/// when the key has changed. <see cref="KeyComparer"/> compares the key alone, so a new compilation
/// with an equal key leaves the cached model in place; and the compilation is held weakly, so the
/// entries the pipeline keeps from earlier runs do not keep earlier compilations alive.
/// </summary>
internal sealed class CurrentCompilation
{
    /// <summary>Equal when the keys are: the compilation itself is never a reason to parse again.</summary>
    public static readonly IEqualityComparer<(ParseKey Left, CurrentCompilation Right)> KeyComparer = new ByKey();

    private readonly WeakReference<Compilation> _compilation;

    public CurrentCompilation(Compilation compilation) => _compilation = new WeakReference<Compilation>(compilation);

    /// <summary>The compilation, alive while the run it belongs to is: a parse only ever runs on a key of the current run.</summary>
    public Compilation? Get() => _compilation.TryGetTarget(out Compilation? compilation) ? compilation : null;

    private sealed class ByKey : IEqualityComparer<(ParseKey Left, CurrentCompilation Right)>
    {
        public bool Equals((ParseKey Left, CurrentCompilation Right) x, (ParseKey Left, CurrentCompilation Right) y) => x.Left.Equals(y.Left);

        public int GetHashCode((ParseKey Left, CurrentCompilation Right) obj) => obj.Left.GetHashCode();
    }
}
