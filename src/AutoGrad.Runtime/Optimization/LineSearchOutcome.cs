namespace AutoGrad.Optimization;

internal enum LineSearchOutcome
{
    /// <summary>The step satisfies the strong Wolfe conditions.</summary>
    Wolfe,

    /// <summary>Out of evaluations, but the best step found lowers the value enough (Armijo): taken, as a weaker step.</summary>
    SufficientDecrease,

    /// <summary>No step tried lowered the value enough.</summary>
    NoDecrease,

    /// <summary>No step tried lowered the value enough, and some gave a NaN or infinite value or gradient.</summary>
    NonFinite,
}
