using System;

namespace AutoGrad;

/// <summary>
/// Thrown by <see cref="JacobianCheckReport.EnsurePassed"/> when an element of a Jacobian disagrees
/// with its finite-difference estimate. The message contains the report's table.
/// </summary>
public sealed class JacobianCheckException : Exception
{
    /// <summary>Creates the exception for a failed report.</summary>
    /// <param name="report">The failed check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public JacobianCheckException(JacobianCheckReport report)
        : base((report ?? throw new ArgumentNullException(nameof(report))).ToString())
    {
        Report = report;
    }

    /// <summary>The failed check.</summary>
    public JacobianCheckReport Report { get; }
}
