using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AutoGrad.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>Every diagnostic's help link is its page in docs/diagnostics, under the one address Directory.Build.props sets.</summary>
public sealed class HelpLinkTests
{
    private static string Root([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    [Fact]
    public void Each_help_link_is_the_diagnostics_page_under_the_repository_address()
    {
        string address = XDocument.Load(Path.Combine(Root(), "Directory.Build.props")).Descendants("AutoGradRepositoryUrl").Single().Value;
        Assert.StartsWith("https://", address);
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            Assert.Equal($"{address}/blob/main/docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(Root(), "docs", "diagnostics", descriptor.Id + ".md")), $"docs/diagnostics/{descriptor.Id}.md");
        }
    }

    [Fact]
    public void The_package_takes_its_addresses_from_the_same_property()
    {
        string project = File.ReadAllText(Path.Combine(Root(), "src", "AutoGrad.Runtime", "AutoGrad.Runtime.csproj"));
        Assert.Contains("<PackageProjectUrl>$(AutoGradRepositoryUrl)</PackageProjectUrl>", project, StringComparison.Ordinal);
        Assert.Contains("<RepositoryUrl>$(AutoGradRepositoryUrl)</RepositoryUrl>", project, StringComparison.Ordinal);
    }
}
