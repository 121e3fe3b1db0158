using System;
using System.Globalization;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// How much to fuzz. CI uses the fixed defaults; AUTOGRAD_FUZZ_COUNT and AUTOGRAD_FUZZ_SEED ask for a
/// longer or different run, AUTOGRAD_FUZZ_FIRST starts it later, and AUTOGRAD_FUZZ_CASE runs the one case a failure names.
/// </summary>
internal sealed record FuzzSettings(int Seed, int First, int Count, int BatchSize)
{
    public const int CiSeed = 20240611;
    public const int CiCount = 1000;

    public static FuzzSettings FromEnvironment()
    {
        int seed = Read("AUTOGRAD_FUZZ_SEED") ?? CiSeed;
        int batch = Read("AUTOGRAD_FUZZ_BATCH") ?? 150;
        return Read("AUTOGRAD_FUZZ_CASE") is int single
            ? new FuzzSettings(seed, single, 1, batch)
            : new FuzzSettings(seed, Read("AUTOGRAD_FUZZ_FIRST") ?? 0, Read("AUTOGRAD_FUZZ_COUNT") ?? CiCount, batch);
    }

    public string Reproduce(int caseIndex) => $"AUTOGRAD_FUZZ_SEED={Seed} AUTOGRAD_FUZZ_CASE={caseIndex}";

    /// <summary>
    /// Each case draws from its own generator, so case i is the same whatever the count or batch size.
    /// Not HashCode.Combine: that is salted per process, and a seed must reproduce across runs.
    /// </summary>
    public Random RandomFor(int caseIndex) => new(unchecked(Seed * 1_000_003 + caseIndex));

    /// <summary>The points a case's derivatives are checked at, drawn apart from its text so both reproduce alone.</summary>
    public Random PointsFor(int caseIndex) => new(unchecked(Seed * 1_000_033 - caseIndex));

    private static int? Read(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;
}
