using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// The export carries what GDPR art. 15 requires beside the data: the declared recipients (15(1)(c)), the source
/// (15(1)(g)), automated decision-making (15(1)(h)) and transfer safeguards (15(2)).
/// </summary>
public sealed class ControllerStatementsExportTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public async Task The_declared_recipients_source_automated_decisions_and_safeguards_are_in_the_export_and_valid()
    {
        JsonElement root = await ExportAsync(options =>
        {
            options.Recipients.Add(new RecipientDeclaration("Reparatiedienst BV", RecipientRole.Processor, Purpose.Support | Purpose.Shipping)
            {
                ProcessingAgreementUntil = new LocalDate(2030, 1, 1),
                ThirdCountry = "US",
                Description = "Repairs handsets",
            });
            options.Controller.DataSource = "Het nummer dat u belt, van uw telefoon";
            options.Controller.EnglishDataSource = "The number you call, from your phone";
            options.Controller.AutomatedDecisionMaking = ControllerOptions.None;
            options.Controller.TransferSafeguards = "EU standard contractual clauses (art. 46(2)(c))";
        });

        JsonElement recipient = Assert.Single(root.GetProperty("recipients").EnumerateArray());
        Assert.Equal("Reparatiedienst BV", recipient.GetProperty("name").GetString());
        Assert.Equal("Processor", recipient.GetProperty("role").GetString());
        Assert.Equal(["Support", "Shipping"], recipient.GetProperty("purposes").EnumerateArray().Select(p => p.GetString()!).ToArray());
        Assert.Equal("US", recipient.GetProperty("thirdCountry").GetString());
        Assert.Equal("Het nummer dat u belt, van uw telefoon", root.GetProperty("source").GetProperty("nl").GetString());
        Assert.Equal("The number you call, from your phone", root.GetProperty("source").GetProperty("en").GetString());
        Assert.Equal("none", root.GetProperty("automatedDecisionMaking").GetString());
        Assert.Equal("EU standard contractual clauses (art. 46(2)(c))", root.GetProperty("transferSafeguards").GetString());
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(root).IsValid);

        // The schema holds the new properties to their shape: an unknown role or a missing language fails.
        string json = root.GetRawText();
        Assert.False(SubjectAccessExportTests.Schema.Value.Evaluate(JsonDocument.Parse(json.Replace("\"Processor\"", "\"Friend\"", StringComparison.Ordinal)).RootElement).IsValid);
        Assert.False(SubjectAccessExportTests.Schema.Value.Evaluate(JsonDocument.Parse(json.Replace("\"en\":", "\"fr\":", StringComparison.Ordinal)).RootElement).IsValid);
    }

    [Fact]
    public async Task Without_settings_the_statements_are_absent_and_the_Dutch_source_stands_in_for_English()
    {
        JsonElement bare = await ExportAsync(options => options.Recipients.Clear());
        Assert.False(bare.TryGetProperty("recipients", out _));
        Assert.False(bare.TryGetProperty("source", out _));
        Assert.False(bare.TryGetProperty("automatedDecisionMaking", out _));
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(bare).IsValid);

        JsonElement dutchOnly = await ExportAsync(options => options.Controller.DataSource = "Van uw werkgever");
        Assert.Equal("Van uw werkgever", dutchOnly.GetProperty("source").GetProperty("en").GetString());
    }

    private static async Task<JsonElement> ExportAsync(Action<PrivacyPolicyOptions> configure)
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now, configure).BeginExport(stream, "C-100234"))
        {
            export.Add([GeneratedRedactTests.Call()]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        return document.RootElement.Clone();
    }
}
