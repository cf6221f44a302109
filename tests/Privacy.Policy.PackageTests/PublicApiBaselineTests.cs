using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Privacy.Policy.PackageTests;

/// <summary>
/// The public API baseline bites: a public member nobody recorded in PublicAPI.*.txt, or a recorded one that is gone,
/// fails the build of the library. Built from a copy of the sources that is no git repository, which also shows that
/// such a folder builds (no SourceLink, nothing else missing).
/// </summary>
public sealed class PublicApiBaselineTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "privacy-policy-package-tests", "api-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public void Unrecorded_and_vanished_public_api_fail_the_build()
    {
        PackedPackage.CopySources(_root);
        string project = Path.Combine(_root, "src", "Privacy.Policy");
        File.WriteAllText(
            Path.Combine(project, "Extra.cs"),
            "namespace Privacy.Policy;\n\n/// <summary>Public by accident.</summary>\npublic static class Extra\n{\n    /// <summary>Does nothing.</summary>\n    public static void M()\n    {\n    }\n}\n");
        File.AppendAllText(Path.Combine(project, "PublicAPI.Shipped.txt"), "Privacy.Policy.Vanished\n");

        // One target framework is enough to show the analyzer runs; both use the same files.
        DotNet.Result build = DotNet.Run(_root, "build", "src/Privacy.Policy/Privacy.Policy.csproj", "-c", "Release", "-f", "net10.0", "-nologo", "-clp:NoSummary");

        Assert.True(build.ExitCode != 0, "The build should fail:\n" + build.Output);
        Assert.Matches(@"Extra\.cs\(\d+,\d+\): error RS0016: Symbol 'Extra' is not part of the declared public API", build.Output);
        Assert.Matches(@"Extra\.cs\(\d+,\d+\): error RS0016: Symbol 'M' is not part of the declared public API", build.Output);
        Assert.Matches(@"error RS0017: Symbol 'Privacy\.Policy\.Vanished' is part of the declared API, but is either not public or could not be found", build.Output);

        // Nothing but the baseline fails: the unchanged sources build in a folder that is no git repository.
        string[] errors = Regex.Matches(build.Output, @"error ([A-Z]+\d+)").Select(m => m.Groups[1].Value).Distinct().Order().ToArray();
        Assert.Equal(["RS0016", "RS0017"], errors);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
