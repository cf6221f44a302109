using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using MisterVoip;
using MisterVoip.Data;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.Tests.Sample;

/// <summary>
/// The sample's answer to an access request, as its database job writes it, holds every element GDPR art. 15 asks
/// for beside the copy of the data. A failure names the element and its article, as the statement's and the record's
/// checklists do.
/// </summary>
public sealed class ExportChecklistTests
{
    private const string Subject = "MV-100000";

    private static readonly Instant AsOf = new LocalDateTime(2026, 11, 29, 12, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).ToInstant();

    private static readonly Lazy<Task<JsonDocument>> SampleExport = new(ExportAsync);

    private static readonly Dictionary<string, (string Article, Func<JsonElement, bool> Holds)> Elements = new()
    {
        ["a copy of the data"] = ("art. 15(3)", root => Types(root).Any(type => type.GetProperty("records").GetArrayLength() > 0)),
        ["the purposes of each member"] = ("art. 15(1)(a)", root => Members(root).All(member => member.GetProperty("purposes").GetArrayLength() > 0)),
        ["the legal basis of each member"] = ("art. 15(1)(a), 6(1)", root => Members(root).All(member => member.GetProperty("legalBases").GetArrayLength() > 0)),
        ["the category of each member"] = ("art. 15(1)(b)", root => Members(root).All(member => member.GetProperty("category").GetString() is { Length: > 0 })),
        ["the recipients"] = ("art. 15(1)(c)", root => root.TryGetProperty("recipients", out JsonElement recipients) && recipients.GetArrayLength() > 0),
        ["the retention of each member, or its criterion"] = ("art. 15(1)(d)", root => Members(root).All(member =>
            member.GetProperty("retention").GetString() is { Length: > 0 } || member.TryGetProperty("retentionCriterion", out JsonElement criterion) && criterion.GetProperty("en").GetString() is { Length: > 0 })),
        ["the rights to rectification, erasure, restriction and objection"] = ("art. 15(1)(e)", root => HasRights(root, "rectification", "erasure", "restriction", "objection")),
        ["the right to complain to the supervisory authority"] = ("art. 15(1)(f)", root => HasRights(root, "complaint")),
        ["the source of data not obtained from the person"] = ("art. 15(1)(g)", root => root.TryGetProperty("source", out JsonElement source) && source.TryGetProperty("nl", out _) && source.TryGetProperty("en", out _)),
        ["automated decision-making"] = ("art. 15(1)(h)", root => root.TryGetProperty("automatedDecisionMaking", out JsonElement text) && text.GetString() is { Length: > 0 }),
        ["the safeguards of transfers outside the EEA"] = ("art. 15(2)", root => root.TryGetProperty("transferSafeguards", out JsonElement text) && text.GetString() is { Length: > 0 }),
        ["which types it covers"] = ("art. 15(1)", root => root.TryGetProperty("coverage", out JsonElement coverage) && coverage.GetProperty("types").EnumerateArray().All(type => type.GetProperty("status").GetString() is "added" or "notHeld")),
        ["the called party's number shielded"] = ("art. 15(4)", root => Members(root).Any(member => member.GetProperty("name").GetString() == "CalledNumber" && member.TryGetProperty("shielded", out _))),
    };

    public static TheoryData<string> ElementNames() => new(Elements.Keys);

    [Theory]
    [MemberData(nameof(ElementNames))]
    public async Task The_sample_export_has(string element)
    {
        JsonDocument export = await SampleExport.Value;
        (string article, Func<JsonElement, bool> holds) = Elements[element];

        Assert.True(holds(export.RootElement), $"The sample's access export lacks {element} (GDPR {article}).");
    }

    /// <summary>Not vacuous: a document without the controller's statements fails the elements that need them.</summary>
    [Fact]
    public async Task An_export_without_the_statements_fails_naming_each()
    {
        JsonDocument export = await SampleExport.Value;
        var stripped = System.Text.Json.Nodes.JsonNode.Parse(export.RootElement.GetRawText())!.AsObject();
        foreach (string property in new[] { "recipients", "source", "automatedDecisionMaking", "transferSafeguards", "coverage" })
        {
            stripped.Remove(property);
        }

        using JsonDocument bare = JsonDocument.Parse(stripped.ToJsonString());
        string[] missing = Elements.Where(pair => !pair.Value.Holds(bare.RootElement)).Select(pair => pair.Key).Order().ToArray();

        Assert.Equal(
            new[] { "automated decision-making", "the recipients", "the safeguards of transfers outside the EEA", "the source of data not obtained from the person", "which types it covers" },
            missing);
    }

    private static IEnumerable<JsonElement> Types(JsonElement root) => root.GetProperty("recordTypes").EnumerateArray();

    private static IEnumerable<JsonElement> Members(JsonElement root) => Types(root).SelectMany(type => type.GetProperty("members").EnumerateArray());

    private static bool HasRights(JsonElement root, params string[] rights)
    {
        HashSet<string> named = root.GetProperty("rights").EnumerateArray().Select(right => right.GetProperty("right").GetString()!).ToHashSet();
        return rights.All(named.Contains);
    }

    private static async Task<JsonDocument> ExportAsync()
    {
        string folder = Path.Combine(Path.GetTempPath(), "mistervoip-export-checklist-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        try
        {
            var options = MisterVoipDatabase.Options(Path.Combine(folder, "mistervoip.db"));
            await MisterVoipDatabase.CreateAsync(options, 20261129, AsOf, 20);
            using var json = new MemoryStream();
            await MisterVoipDatabase.ExportSubjectAsync(options, MisterVoipPolicy.Create(new FakeClock(AsOf)), Subject, json);
            return JsonDocument.Parse(json.ToArray());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
