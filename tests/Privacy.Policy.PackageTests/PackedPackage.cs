using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.PackageTests;

/// <summary>
/// Copies the repository's sources to a temporary folder and packs Privacy.Policy and Privacy.Policy.EntityFrameworkCore
/// there, once for all tests, under a version no other run used (so NuGet's cache never serves an older build).
/// </summary>
/// <remarks>
/// The copy is made a git repository of its own whose <c>origin</c> is a folder, as CI's clone of a local folder is:
/// SourceLink needs a commit to point at, and the working tree (with any uncommitted change) is what is packed.
/// </remarks>
public sealed class PackedPackage : IDisposable
{
    /// <summary>The two packages' ids.</summary>
    public static readonly string[] PackageIds = ["Privacy.Policy", "Privacy.Policy.EntityFrameworkCore"];

    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "privacy-policy-package-tests", Guid.NewGuid().ToString("n"));
        Feed = Path.Combine(Root, "feed");
        Version = $"0.0.0-packagetest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

        string repository = RepositoryPaths.Root;
        string sources = Path.Combine(Root, "sources");
        CopySources(sources);
        Commit = CommitAsLocalClone(sources, repository);

        DotNet.Result pack = DotNet.Run(sources, "pack", "src/Privacy.Policy/Privacy.Policy.csproj", "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        PackagePath = Path.Combine(Feed, $"Privacy.Policy.{Version}.nupkg");
        Assert.True(File.Exists(PackagePath), "No package at " + PackagePath + "\n" + pack.Output);

        // The companion package for Entity Framework Core, which depends on this version of the main one.
        DotNet.Result packEf = DotNet.Run(sources, "pack", "src/Privacy.Policy.EntityFrameworkCore/Privacy.Policy.EntityFrameworkCore.csproj", "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        Assert.True(packEf.ExitCode == 0, "dotnet pack of the EF Core package failed:\n" + packEf.Output);
        NuGetConfig = File.ReadAllText(Path.Combine(repository, "nuget.config"));
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>The commit of the packed copy, which the packages' repository metadata and SourceLink name.</summary>
    public string Commit { get; }

    /// <summary>The path of the package <paramref name="id"/> in the feed, with <paramref name="extension"/> (nupkg or snupkg).</summary>
    public string PathOf(string id, string extension) => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    private string NuGetConfig { get; }

    /// <summary>Creates a consumer project from the folder <paramref name="name"/> under Consumers, referencing the package.</summary>
    public string CreateConsumer(string name)
    {
        string target = Path.Combine(Root, "consumers", name + "-" + Guid.NewGuid().ToString("n")[..8]);
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Consumers", name), target);
        return Prepare(target);
    }

    /// <summary>Creates a consumer project from <paramref name="files"/> (name → text, one of them Consumer.csproj), referencing the package.</summary>
    public string CreateConsumer(string name, IReadOnlyDictionary<string, string> files)
    {
        string target = Path.Combine(Root, "consumers", name + "-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(target);
        foreach (KeyValuePair<string, string> file in files)
        {
            File.WriteAllText(Path.Combine(target, file.Key), file.Value);
        }

        return Prepare(target);
    }

    private string Prepare(string target)
    {
        string project = Path.Combine(target, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("$(PrivacyPolicyVersion)", Version));

        // The consumer restores from the packed feed first, then from the repository's own sources.
        string config = NuGetConfig.Replace("<clear />", $"<clear />\n    <add key=\"packed\" value=\"{Feed}\" />");
        File.WriteAllText(Path.Combine(target, "nuget.config"), config);
        File.WriteAllText(Path.Combine(target, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(target, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(target, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    /// <summary>Copies what building the two packages needs (src/, generators/ and the settings files) to <paramref name="target"/>.</summary>
    public static void CopySources(string target)
    {
        string repository = RepositoryPaths.Root;
        foreach (string entry in new[] { "src", "generators" })
        {
            CopyDirectory(Path.Combine(repository, entry), Path.Combine(target, entry));
        }

        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", "README.md" })
        {
            File.Copy(Path.Combine(repository, file), Path.Combine(target, file));
        }
    }

    /// <summary>Commits <paramref name="folder"/> to a new repository whose origin is the folder <paramref name="origin"/>; returns the commit.</summary>
    private static string CommitAsLocalClone(string folder, string origin)
    {
        string[] identity = ["-c", "user.name=Package tests", "-c", "user.email=package-tests@invalid", "-c", "commit.gpgsign=false"];
        foreach (string[] arguments in new[]
        {
            new[] { "init", "-q" },
            ["add", "-A"],
            [.. identity, "commit", "-q", "-m", "Packed by the package tests"],
            ["remote", "add", "origin", origin],
        })
        {
            DotNet.Result git = DotNet.RunTool("git", folder, arguments);
            Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)} failed:\n" + git.Output);
        }

        DotNet.Result head = DotNet.RunTool("git", folder, "rev-parse", "HEAD");
        Assert.True(head.ExitCode == 0, "git rev-parse failed:\n" + head.Output);
        return head.Output.Trim();
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            string[] parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            string destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
