using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace AutoGrad.Samples.Tests;

/// <summary>
/// Packs the library as a release would and consumes it the way a user does, by the README's Install steps:
/// a new console project, the folder feed added as a source, <c>dotnet add package AutoGrad</c>, a
/// [Differentiable] method, build and run.
/// </summary>
public class PackageTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public void The_packed_package_works_from_a_PackageReference_in_a_new_console_project()
    {
        string repository = RepositoryRoot();
        // A version no earlier run used, so the global package cache cannot serve a stale copy; the
        // test removes its own copy from the cache at the end.
        string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        using var work = new TempFolder("autograd-package");
        string feed = Directory.CreateDirectory(Path.Combine(work.Path, "feed")).FullName;
        string source = CopySources(repository, Path.Combine(work.Path, "repo"));
        string app = Directory.CreateDirectory(Path.Combine(work.Path, "app")).FullName;
        try
        {
            // Packed from a copy, so the build cannot race with builds of the working tree.
            DotnetCli.Run(source, StepTimeout, "pack", "src/AutoGrad.Runtime", "-c", "Release", "-o", feed, "-p:PackageVersion=" + version);
            string[] packages = Directory.GetFiles(feed, "*.nupkg");
            Assert.Equal(new[] { $"AutoGrad.{version}.nupkg" }, packages.Select(Path.GetFileName));
            AssertPackageContents(packages[0], version);

            DotnetCli.Run(app, StepTimeout, "new", "console", "--name", "Consumer", "--output", ".");
            // The README's steps: the project's own sources (here the repository's, for the dependencies), then the folder feed.
            File.WriteAllText(Path.Combine(app, "nuget.config"), ConsumerNuGetConfig(repository));
            DotnetCli.Run(app, StepTimeout, "nuget", "add", "source", feed, "--name", "autograd-local", "--configfile", "nuget.config");
            DotnetCli.Run(app, StepTimeout, "add", "package", "AutoGrad", "--version", version);
            string project = File.ReadAllText(Path.Combine(app, "Consumer.csproj"));
            Assert.Contains($"<PackageReference Include=\"AutoGrad\" Version=\"{version}\" />", project);
            Assert.DoesNotContain("ProjectReference", project);
            File.WriteAllText(Path.Combine(app, "Program.cs"), ConsumerProgram);

            string output = DotnetCli.Run(app, StepTimeout, "run", "-c", "Release");

            // d/dx (x³ + sin x) at 2 is 3·4 + cos 2.
            double expected = 12 + Math.Cos(2);
            Assert.Equal(expected, Read(output, "tangent"), 1e-12);
            Assert.Equal(expected, Read(output, "adjoint"), 1e-12);
            // L-BFGS on the generated adjoint of (p₀ − 1)² + 10(p₁ + 2)².
            Assert.Equal(1.0, Read(output, "minimizer0"), 1e-8);
            Assert.Equal(-2.0, Read(output, "minimizer1"), 1e-8);
        }
        finally
        {
            DeleteFromGlobalPackages(version);
        }
    }

    private const string ConsumerProgram = """
        using System;
        using System.Globalization;
        using AutoGrad;
        using AutoGrad.Optimization;

        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var (_, tangent) = Model.FTangent(2.0, 1.0);
        double adjoint = 0;
        Model.FAdjoint(2.0, ref adjoint);
        Console.WriteLine($"tangent={tangent:R}");
        Console.WriteLine($"adjoint={adjoint:R}");
        OptimizationResult result = Lbfgs.Minimize(Model.BowlAdjoint, new[] { 5.0, 5.0 });
        Console.WriteLine($"minimizer0={result.Minimizer[0]:R}");
        Console.WriteLine($"minimizer1={result.Minimizer[1]:R}");

        public static partial class Model
        {
            [Differentiable]
            public static double F(double x) => x * x * x + Math.Sin(x);

            [Differentiable]
            public static double Bowl(double[] p) => (p[0] - 1) * (p[0] - 1) + 10 * (p[1] + 2) * (p[1] + 2);
        }
        """;

    private static void AssertPackageContents(string package, string version)
    {
        using ZipArchive archive = ZipFile.OpenRead(package);
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net8.0/AutoGrad.Runtime.dll", entries);
        Assert.Contains("lib/net8.0/AutoGrad.Runtime.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/AutoGrad.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/AutoGrad.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        // The generator is an analyzer only: never a library the consumer's code references.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/") && e.Contains("Generator"));

        using Stream nuspecStream = archive.GetEntry("AutoGrad.nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("AutoGrad", Field("id"));
        Assert.Equal(version, Field("version"));
        Assert.Equal("MIT", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        string address = XDocument.Load(Path.Combine(RepositoryRoot(), "Directory.Build.props")).Descendants("AutoGradRepositoryUrl").Single().Value;
        Assert.Equal(address, Field("projectUrl"));
        Assert.Equal(address, (string)metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!);
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));
        Assert.Equal(
            new[] { "autodiff", "automatic-differentiation", "gradient", "source-generator", "optimization" },
            Field("tags").Split(' '));
        string[] dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).ToArray();
        Assert.DoesNotContain("AutoGrad.Generator", dependencies);
        Assert.DoesNotContain("AutoGrad.CodeFixes", dependencies);
    }

    /// <summary>The sources of the repository's own nuget.config (for dependencies).</summary>
    private static string ConsumerNuGetConfig(string repository)
    {
        XDocument repositoryConfig = XDocument.Load(Path.Combine(repository, "nuget.config"));
        var sources = repositoryConfig.Descendants("packageSources").Elements("add").ToList();
        Assert.NotEmpty(sources);
        var config = new XDocument(
            new XElement("configuration",
                new XElement("packageSources",
                    new XElement("clear"),
                    sources.Select(s => new XElement(s)))));
        return config.ToString();
    }

    private static double Read(string output, string name)
    {
        Match match = Regex.Match(output, $@"^{name}=(\S+)\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, $"'{name}=' not in the output:\n{output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Copies what packing needs (no bin/ or obj/), keeping the repository's layout.</summary>
    private static string CopySources(string repository, string target)
    {
        foreach (string file in new[] { "Directory.Build.props", "README.md", "nuget.config" })
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(repository, file), Path.Combine(target, file));
        }
        foreach (string project in new[] { "src/AutoGrad.Runtime", "src/AutoGrad.Generator", "src/AutoGrad.CodeFixes" })
        {
            CopyTree(Path.Combine(repository, project), Path.Combine(target, project));
        }
        return target;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (string directory in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(directory, Path.Combine(to, name));
            }
        }
    }

    private static void DeleteFromGlobalPackages(string version)
    {
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string package = Path.Combine(packages, "autograd");
        string folder = Path.Combine(package, version);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        if (Directory.Exists(package) && !Directory.EnumerateFileSystemEntries(package).Any())
        {
            Directory.Delete(package);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AutoGrad.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No AutoGrad.sln above {AppContext.BaseDirectory}.");
    }
}
