namespace AutoGrad.Generator;

/// <summary>Names of the pipeline steps, so tests can check what the incremental driver cached.</summary>
internal static class TrackingNames
{
    public const string Shape = "AutoGrad.Shape";
    public const string ParseKeys = "AutoGrad.ParseKeys";
    public const string Methods = "AutoGrad.Methods";
    public const string Companions = "AutoGrad.Companions";
    public const string CustomDerivatives = "AutoGrad.CustomDerivatives";
    public const string Registrations = "AutoGrad.Registrations";
}
