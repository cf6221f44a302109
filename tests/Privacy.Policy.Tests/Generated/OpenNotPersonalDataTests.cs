using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// Issue 12, class 4: a [NotPersonalData] member typed object, an interface or a class that may be derived from, whose
/// value is a personal-data type at run time, is never copied in clear. Redact, Erase and Disclose send the value
/// through its own generated code; ToString shows it through its own redacting ToString (a back-reference as
/// &lt;cycle&gt;); the export writes it as the nested record it is (GDPR art. 15), checked for its subject like any
/// nested record. A value that is not a personal-data type is kept as it is, and not exported, as the declaration says.
/// </summary>
public sealed class OpenNotPersonalDataTests
{
    private static readonly Canary Email = new("open.canary31@canary-mail.nl", "o", "@canary-mail.nl");
    private static readonly Canary Name = new("Quirijn Vandermolen", "Q.", "V.");

    private static TicketContact Contact() => new() { Email = Email.Value, Name = Name.Value, Code = "REF-1" };

    /// <summary>The same personal-data value held as object, as the interface and as the base class, and a plain value beside it.</summary>
    private static OpenTicket Ticket() => new()
    {
        CustomerId = "C-1",
        Payload = Contact(),
        About = Contact(),
        Party = Contact(),
        Related = "a plain label",
    };

    [Fact]
    public void Redact_redacts_a_personal_data_value_held_as_object_interface_or_base_class()
    {
        IPrivacyPolicy policy = TestPolicies.Create();
        var plainParty = new TicketParty { Code = "PLAIN" };
        OpenTicket ticket = Ticket();
        ticket.Related = plainParty;

        OpenTicket redacted = policy.Redact(ticket);

        foreach (object? held in new[] { redacted.Payload, redacted.About, redacted.Party })
        {
            TicketContact contact = Assert.IsType<TicketContact>(held);
            Assert.NotSame(ticket.Payload, contact);
            AssertNoCanaries(contact.Email + " " + contact.Name, "Redact");
            Assert.Equal("REF-1", contact.Code);
        }

        // Not a personal-data type: kept as it is, the same object.
        Assert.Same(plainParty, redacted.Related);
        // The original is not changed.
        Assert.Equal(Email.Value, ((TicketContact)ticket.Payload!).Email);
    }

    [Fact]
    public void Redact_redacts_a_personal_data_value_in_a_record_s_open_member()
    {
        IPrivacyPolicy policy = TestPolicies.Create();
        OpenTicketRecord redacted = policy.Redact(new OpenTicketRecord { CustomerId = "C-1", Payload = Contact() });

        TicketContact contact = Assert.IsType<TicketContact>(redacted.Payload);
        AssertNoCanaries(contact.Email + " " + contact.Name, "Redact of a record");
        Assert.Equal("a plain label", policy.Redact(new OpenTicketRecord { Payload = "a plain label" }).Payload);
    }

    [Fact]
    public void Erase_erases_a_personal_data_value_held_as_object_interface_or_base_class()
    {
        IPrivacyPolicy policy = TestPolicies.Create();

        ErasureResult<OpenTicket> result = policy.Erase(Ticket());

        foreach (object? held in new[] { result.Value.Payload, result.Value.About, result.Value.Party })
        {
            TicketContact contact = Assert.IsType<TicketContact>(held);
            Assert.True(string.IsNullOrEmpty(contact.Email), contact.Email);
            Assert.True(string.IsNullOrEmpty(contact.Name), contact.Name);
        }

        Assert.Equal("a plain label", result.Value.Related);
        Assert.Contains("Payload.Email", result.Erased);
        Assert.Contains("About.Name", result.Erased);
    }

    [Fact]
    public void Disclose_sends_only_the_members_of_the_held_value_whose_purposes_include_the_disclosure_s()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = DisclosurePolicies.Create();

        OpenTicket disclosed = policy.Disclose(Ticket(), DisclosurePolicies.RepairService, Purpose.Support);

        foreach (object? held in new[] { disclosed.Payload, disclosed.About, disclosed.Party })
        {
            TicketContact contact = Assert.IsType<TicketContact>(held);

            // The e-mail is for Billing only: it does not go to a Support recipient. The name is for Support.
            Assert.True(string.IsNullOrEmpty(contact.Email), contact.Email);
            Assert.Equal(Name.Value, contact.Name);
        }

        Assert.DoesNotContain(audit.Records[0].Members, member => member.EndsWith("Email", System.StringComparison.Ordinal));
        Assert.Contains("Payload.Name", audit.Records[0].Members);
    }

    [Fact]
    public void ToString_shows_the_held_value_redacted_and_a_back_reference_as_a_cycle()
    {
        OpenTicket ticket = Ticket();
        string text = ticket.ToString();
        AssertNoCanaries(text, "ToString");
        Assert.Contains("a plain label", text, System.StringComparison.Ordinal);

        // Two tickets related to each other through their object-typed members: one log line of either must end.
        var other = new OpenTicket { CustomerId = "C-1", Related = ticket };
        ticket.Related = other;
        Assert.Contains("<cycle>", ticket.ToString(), System.StringComparison.Ordinal);
        Assert.NotNull(TestPolicies.Create().Redact(ticket));
    }

    [Fact]
    public async Task The_export_writes_a_held_personal_data_value_as_the_nested_record_it_is()
    {
        using JsonDocument document = await ExportAsync(Ticket());

        JsonElement values = Single(document).GetProperty("values");
        foreach (string member in new[] { "Payload", "About", "Party" })
        {
            JsonElement held = values.GetProperty(member);
            Assert.Equal(Email.Value, held.GetProperty("Email").GetString());
            Assert.Equal(Name.Value, held.GetProperty("Name").GetString());
        }

        // A value that is not a personal-data type is not personal data, as the declaration says.
        Assert.False(values.TryGetProperty("Related", out _));
    }

    [Fact]
    public async Task A_held_record_of_another_subject_voids_the_export()
    {
        OpenTicket ticket = Ticket();
        ticket.Related = new OpenTicket { CustomerId = "C-2", Payload = Contact() };

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ExportAsync(ticket));

        Assert.Contains("nested in a Privacy.Policy.Tests.Domain.OpenTicket record added to this export, at Related;", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("C-2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_held_record_of_the_subject_is_written_and_a_cycle_through_it_is_a_back_reference()
    {
        OpenTicket ticket = Ticket();
        var related = new OpenTicket { CustomerId = "C-1", Related = ticket };
        ticket.Related = related;

        using JsonDocument document = await ExportAsync(ticket);

        JsonElement held = Single(document).GetProperty("values").GetProperty("Related");
        Assert.Equal("C-1", held.GetProperty("CustomerId").GetString());
        Assert.Equal(2, held.GetProperty("Related").GetProperty("$backReference").GetInt32());
    }

    [Fact]
    public async Task A_record_that_may_be_derived_from_writes_its_held_value()
    {
        using JsonDocument document = await ExportAsync(new OpenTicketRecord { CustomerId = "C-1", Payload = Contact() });

        Assert.Equal(Email.Value, Single(document).GetProperty("values").GetProperty("Payload").GetProperty("Email").GetString());
    }

    private static JsonElement Single(JsonDocument document)
        => Assert.Single(Assert.Single(document.RootElement.GetProperty("recordTypes").EnumerateArray()).GetProperty("records").EnumerateArray());

    private static async Task<JsonDocument> ExportAsync<T>(T record)
        where T : IPersonalData<T>
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create().BeginExport(stream, "C-1"))
        {
            export.Add([record]);
            await export.CompleteAsync();
        }

        return JsonDocument.Parse(stream.ToArray());
    }

    [Fact]
    public void A_value_of_a_type_an_older_generator_wrote_goes_through_the_interface_s_defaults()
    {
        IPrivacyPolicy policy = TestPolicies.Create();
        var ticket = new OpenTicket { CustomerId = "C-1", Payload = new OlderGeneratedContact { Email = Email.Value } };

        var redacted = Assert.IsType<OlderGeneratedContact>(policy.Redact(ticket).Payload);
        AssertNoCanaries(redacted.Email!, "Redact through the default");
        Assert.StartsWith("o", redacted.Email, System.StringComparison.Ordinal);

        var erased = Assert.IsType<OlderGeneratedContact>(policy.Erase(ticket).Value.Payload);
        Assert.Equal(string.Empty, erased.Email);
    }

    private static void AssertNoCanaries(string output, string where) => Canary.AssertNoneIn(output, [Email, Name], where);
}
