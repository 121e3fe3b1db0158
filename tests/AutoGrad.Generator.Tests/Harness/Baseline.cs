using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace AutoGrad.Generator.Tests.Harness;

/// <summary>
/// Approved-output comparison for generated code. Baselines live in Baselines/&lt;name&gt;.cs.txt;
/// a mismatch writes &lt;name&gt;.received.cs.txt beside it and names the first differing line.
/// Set <c>AUTOGRAD_UPDATE_BASELINES=1</c> or run <c>dotnet test -p:UpdateBaselines=true</c> to rewrite them.
/// </summary>
internal static class Baseline
{
    private static readonly string Directory = Metadata("BaselineDirectory")
        ?? throw new InvalidOperationException("The test assembly has no BaselineDirectory metadata; see the csproj.");

    private static bool Updating =>
        Metadata("UpdateBaselines") == "true" || Environment.GetEnvironmentVariable("AUTOGRAD_UPDATE_BASELINES") == "1";

    public static void Verify(string name, string actual)
    {
        string approvedPath = Path.Combine(Directory, name + ".cs.txt");
        string receivedPath = Path.Combine(Directory, name + ".received.cs.txt");
        string received = Normalize(actual);

        if (Updating)
        {
            Write(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }
        if (!File.Exists(approvedPath))
        {
            Write(approvedPath, received);
            throw new XunitException($"Baseline {approvedPath} did not exist, so it was created from this run. Review it, then run the test again.");
        }

        string approved = Normalize(File.ReadAllText(approvedPath));
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        Write(receivedPath, received);
        (int line, string expectedLine, string actualLine) = FirstDifference(approved, received);
        throw new XunitException(
            $"Generated code differs from {approvedPath} at line {line}:{Environment.NewLine}" +
            $"  expected: {expectedLine}{Environment.NewLine}" +
            $"  actual:   {actualLine}{Environment.NewLine}" +
            $"The whole output is in {receivedPath}. If the change is intended, approve it with AUTOGRAD_UPDATE_BASELINES=1 or dotnet test -p:UpdateBaselines=true.");
    }

    private static (int Line, string Expected, string Actual) FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string left = i < e.Length ? e[i] : "<end of file>";
            string right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                return (i + 1, left, right);
            }
        }
        throw new InvalidOperationException("The texts differ but no line does.");
    }

    /// <summary>Line endings and a byte-order mark are not what a baseline is about.</summary>
    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').TrimEnd('\n') + "\n";

    private static void Write(string path, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string? Metadata(string key) =>
        typeof(Baseline).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}
