using System;
using System.IO;
using Xunit;

namespace Privacy.Policy.PackageTests;

/// <summary>The PRIV001 code fix as a team meets it first: <c>dotnet format analyzers</c> over a consumer's project.</summary>
public class CodeFixConsumerTests : IClassFixture<PackedPackage>
{
    private readonly PackedPackage _package;

    public CodeFixConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public void Dotnet_format_classifies_by_member_name_and_declassifies_nothing()
    {
        string consumer = _package.CreateConsumer("Formatting");
        DotNet.Result format = DotNet.Run(consumer, "format", "analyzers", "--diagnostics", "PRIV001", "--severity", "error");
        string source = File.ReadAllText(Path.Combine(consumer, "Domain.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);
        Assert.DoesNotContain("Failed to apply code fix", format.Output, StringComparison.Ordinal);
        Assert.Contains("    [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]\n    public string Email", source, StringComparison.Ordinal);
        Assert.Contains("    [PersonalData(Category.TechnicalIdentifier, Format = DataFormat.Imsi)]\n    public string Imsi", source, StringComparison.Ordinal);
        Assert.Contains("CustomerId { get; init; } = \"\";\n\n    public int Segment2", source, StringComparison.Ordinal);
        Assert.DoesNotContain("NotPersonalData", source, StringComparison.Ordinal);

        // What the fix left is still an error: the developer decides what Segment2 is.
        DotNet.Result build = DotNet.Run(consumer, "build", "-nologo", "-clp:NoSummary");
        Assert.True(build.ExitCode != 0, "The build should still fail on Segment2:\n" + build.Output);
        Assert.Contains("PRIV001: Member 'Segment2' of 'Subscriber' is not classified", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'Email' of 'Subscriber' is not classified", build.Output, StringComparison.Ordinal);
    }
}
