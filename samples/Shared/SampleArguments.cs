using System;
using System.IO;

namespace AutoGrad.Samples;

/// <summary>
/// The command line every sample understands: <c>--quick</c> for a small, fast run (what the tests
/// use) and <c>--out DIR</c> for where charts go (default: <c>output/</c> in the current folder).
/// </summary>
internal sealed record SampleArguments(bool Quick, string OutputFolder)
{
    public static SampleArguments Parse(string[] args, string defaultFolderName)
    {
        bool quick = false;
        string folder = Path.Combine("output", defaultFolderName);
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Use --quick and --out DIR.", nameof(args));
            }
        }
        return new SampleArguments(quick, folder);
    }

    /// <summary>Creates the output folder if needed and returns the full path of a file in it.</summary>
    public string OutputFile(string name)
    {
        Directory.CreateDirectory(OutputFolder);
        return Path.GetFullPath(Path.Combine(OutputFolder, name));
    }
}
