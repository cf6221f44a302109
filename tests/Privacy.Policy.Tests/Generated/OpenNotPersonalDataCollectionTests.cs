using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// Issue 12, class 4: [NotPersonalData] collections of an open type (an array, a list, a read-only list of an interface,
/// a dictionary's values) and dynamic members are checked element by element at run time. A personal-data element is
/// redacted, erased and disclosed by its own generated code, never copied in clear; any other element is kept as it is,
/// and a dictionary keeps its keys.
/// </summary>
public sealed class OpenNotPersonalDataCollectionTests
{
    private static readonly Canary Email = new("open.list31@canary-mail.nl", "o", "@canary-mail.nl");
    private static readonly Canary Name = new("Quirijn Vandermolen", "Q.", "V.");
    private const string Plain = "a plain label";

    private static TicketContact Contact() => new() { Email = Email.Value, Name = Name.Value, Code = "REF-1" };

    private static OpenCollectionTicket Ticket() => new()
    {
        CustomerId = "C-1",
        Payloads = [Contact(), Plain],
        Attachments = [Contact(), Plain],
        Subjects = [Contact(), new TicketParty { Code = "PLAIN" }],
        ByLine = new() { [7] = Contact(), [8] = Plain },
        Extra = Contact(),
        Extras = [Contact(), Plain],
    };

    /// <summary>Every element that held the personal-data value, by the member that holds it, and the plain ones.</summary>
    private static IEnumerable<(string Member, object? Held, object? Plain)> Elements(OpenCollectionTicket ticket) =>
    [
        ("Payloads", ticket.Payloads![0], ticket.Payloads[1]),
        ("Attachments", ticket.Attachments![0], ticket.Attachments[1]),
        ("Subjects", ticket.Subjects![0], ((TicketParty)ticket.Subjects[1]).Code),
        ("ByLine", ticket.ByLine![7], ticket.ByLine[8]),
        ("Extra", (object?)ticket.Extra, Plain),
        ("Extras", (object?)ticket.Extras![0], (object?)ticket.Extras[1]),
    ];

    [Fact]
    public void Redact_redacts_each_personal_data_element_and_keeps_the_others()
    {
        OpenCollectionTicket ticket = Ticket();

        OpenCollectionTicket redacted = TestPolicies.Create().Redact(ticket);

        Assert.Equal(2, redacted.Payloads!.Count);
        Assert.Equal(2, redacted.Attachments!.Length);
        Assert.Equal(2, redacted.Subjects!.Count);
        Assert.Equal([7, 8], redacted.ByLine!.Keys.Order());
        foreach ((string member, object? held, object? plain) in Elements(redacted))
        {
            TicketContact contact = Assert.IsType<TicketContact>(held);
            AssertNoCanaries(contact.Email + " " + contact.Name, "Redact of " + member);
            Assert.StartsWith("o", contact.Email, System.StringComparison.Ordinal);
            Assert.Equal("REF-1", contact.Code);
            Assert.Equal(member == "Subjects" ? "PLAIN" : Plain, plain);
        }

        // The original is not changed.
        Assert.Equal(Email.Value, ((TicketContact)ticket.Payloads![0]).Email);
        Assert.Equal(Email.Value, ((TicketContact)ticket.ByLine![7]).Email);
    }

    [Fact]
    public void A_record_that_may_be_derived_from_checks_each_element_of_its_open_list()
    {
        IPrivacyPolicy policy = TestPolicies.Create();
        var ticket = new OpenTicketRecord { CustomerId = "C-1", Payloads = [Contact(), Plain] };

        OpenTicketRecord redacted = policy.Redact(ticket);
        OpenTicketRecord erased = policy.Erase(ticket).Value;

        TicketContact masked = Assert.IsType<TicketContact>(redacted.Payloads![0]);
        AssertNoCanaries(masked.Email + " " + masked.Name, "Redact of a record's list");
        Assert.Equal(string.Empty, Assert.IsType<TicketContact>(erased.Payloads![0]).Email);
        Assert.Equal(Plain, redacted.Payloads[1]);
        Assert.Equal(Plain, erased.Payloads[1]);
    }

    [Fact]
    public void Erase_erases_each_personal_data_element_and_reports_it_under_its_member()
    {
        ErasureResult<OpenCollectionTicket> result = TestPolicies.Create().Erase(Ticket());

        Assert.Equal([7, 8], result.Value.ByLine!.Keys.Order());
        foreach ((string member, object? held, object? plain) in Elements(result.Value))
        {
            TicketContact contact = Assert.IsType<TicketContact>(held);
            Assert.True(string.IsNullOrEmpty(contact.Email), member + ": " + contact.Email);
            Assert.True(string.IsNullOrEmpty(contact.Name), member + ": " + contact.Name);
            Assert.Equal(member == "Subjects" ? "PLAIN" : Plain, plain);
            Assert.Contains(member + ".Email", result.Erased);
        }
    }

    [Fact]
    public void Disclose_sends_only_the_members_of_each_element_whose_purposes_include_the_disclosure_s()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = DisclosurePolicies.Create();

        OpenCollectionTicket disclosed = policy.Disclose(Ticket(), DisclosurePolicies.RepairService, Purpose.Support);

        foreach ((string member, object? held, _) in Elements(disclosed))
        {
            TicketContact contact = Assert.IsType<TicketContact>(held);

            // The e-mail is for Billing only: it does not go to a Support recipient. The name is for Support.
            Assert.True(string.IsNullOrEmpty(contact.Email), member + ": " + contact.Email);
            Assert.Equal(Name.Value, contact.Name);
            Assert.Contains(member + ".Name", audit.Records[0].Members);
        }

        Assert.DoesNotContain(audit.Records[0].Members, member => member.EndsWith("Email", System.StringComparison.Ordinal));
    }

    private static void AssertNoCanaries(string output, string where) => Canary.AssertNoneIn(output, [Email, Name], where);
}
