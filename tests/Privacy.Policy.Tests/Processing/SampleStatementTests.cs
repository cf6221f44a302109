using System;
using System.IO;
using System.Text.Json;
using MisterVoip;
using Privacy.Policy.Testing;
using Privacy.Policy.Processing;
using Xunit;

namespace Privacy.Policy.Tests.Processing;

/// <summary>
/// The sample provider's statement and record of processing, written from its domain, against the files checked in
/// under samples/MisterVoip/Statement. A change to what the sample processes changes them, and shows up in review.
/// Set PRIVACY_POLICY_UPDATE_BASELINES=1 to rewrite them after an intended change.
/// </summary>
public sealed class SampleStatementTests
{
    [Theory]
    [InlineData(StatementLanguage.Dutch, "privacyverklaring.nl.md")]
    [InlineData(StatementLanguage.English, "privacy-statement.en.md")]
    public void The_statement_matches_the_checked_in_text(StatementLanguage language, string file)
        => AssertGolden(file, MisterVoipPolicy.Statement().ToMarkdown(language));

    [Fact]
    public void The_record_of_processing_matches_the_checked_in_markdown()
        => AssertGolden("record-of-processing.md", MisterVoipPolicy.Record().ToMarkdown());

    [Fact]
    public void The_record_of_processing_matches_the_checked_in_json()
    {
        string json = MisterVoipPolicy.Record().ToJson();
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("activities").ValueKind);
        AssertGolden("record-of-processing.json", json.ReplaceLineEndings("\n") + "\n");
    }

    private static void AssertGolden(string file, string actual)
    {
        string path = Path.Combine(StatementDirectory(), file);
        if (Environment.GetEnvironmentVariable("PRIVACY_POLICY_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{file} is missing: run the tests with PRIVACY_POLICY_UPDATE_BASELINES=1 to write it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string StatementDirectory() => RepositoryPaths.Combine("samples", "MisterVoip", "Statement");
}
