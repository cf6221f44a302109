using System;
using Privacy.Policy.Classification;
using Privacy.Policy.Redaction;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// A <c>FreeText</c> member with <c>RedactionKind.Scrub</c>: the generated <c>Redact</c> scrubs it with the policy's
/// scrubber (each finding by its format's rule), keeps the words around, and erases what it cannot scan.
/// </summary>
public sealed class ScrubbedMemberTests
{
    private const string Note = "Klant belt over NL91 ABNA 0417 1643 00, BSN 111.222.333 geplakt, terugbellen op 06-12345678 graag.";

    private static readonly IPrivacyPolicy Policy = TestPolicies.Create();

    [Fact]
    public void Redact_scrubs_the_text_and_keeps_its_words()
    {
        var ticket = new ScrubbedTicket { Text = Note, InternalNote = Note, TicketNumber = 7 };

        ScrubbedTicket redacted = Policy.Redact(ticket);

        Assert.Equal("Klant belt over NL************4300, BSN  geplakt, terugbellen op +31*******78 graag.", redacted.Text);
        Assert.Equal(string.Empty, redacted.InternalNote); // FreeText without Scrub: erased whole, as before
        Assert.Equal(7, redacted.TicketNumber);
        Assert.Equal(Note, ticket.Text); // a copy
    }

    [Fact]
    public void The_scrubbed_text_is_what_the_policy_scrubber_returns()
    {
        var ticket = new ScrubbedTicket { Text = Note };

        Assert.Equal(Policy.Scrub(Note), Policy.Redact(ticket).Text);
    }

    [Fact]
    public void A_text_without_findings_is_kept_as_the_same_instance()
    {
        string text = "Storing in Utrecht sinds 14:30, modem herstart.";
        var ticket = new ScrubbedTicket { Text = text };

        Assert.Same(text, Policy.Redact(ticket).Text);
    }

    [Fact]
    public void A_text_that_cannot_be_scanned_is_erased_whole()
    {
        // A lone surrogate: not text the scanner can read as words, so nothing of it is kept.
        var ticket = new ScrubbedTicket { Text = "BSN 111222333 \uD800 en meer" };

        Assert.Equal(string.Empty, Policy.Redact(ticket).Text);
    }

    [Fact]
    public void A_list_of_texts_is_scrubbed_element_by_element()
    {
        var ticket = new ScrubbedTicket { Replies = ["Mail naar jan.jansen@example.nl", "Opgelost."] };

        Assert.Equal(["Mail naar j***@example.nl", "Opgelost."], Policy.Redact(ticket).Replies);
    }

    [Fact]
    public void ToString_shows_the_scrubbed_text_without_a_key()
    {
        var ticket = new ScrubbedTicket { Text = "BSN 111222333, bel 06-12345678" };

        string shown = ticket.ToString();

        Assert.Contains("Text = BSN ***, bel +31*******78", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("111222333", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_descriptor_says_the_member_is_scrubbed()
    {
        PersonalDataDescriptor descriptor = ScrubbedTicket.Descriptor;

        Assert.Equal(RedactionKind.Scrub, Member(descriptor, nameof(ScrubbedTicket.Text)).Redaction);
        Assert.Equal(RedactionKind.Erase, Member(descriptor, nameof(ScrubbedTicket.InternalNote)).Redaction);
    }

    [Theory]
    [InlineData(DataFormat.FreeText, RedactionKind.Scrub, RedactionKind.Scrub)]
    [InlineData(DataFormat.FreeText, RedactionKind.Default, RedactionKind.Erase)]
    [InlineData(DataFormat.PhoneNumber, RedactionKind.Scrub, RedactionKind.Erase)]
    [InlineData(DataFormat.Unspecified, RedactionKind.Scrub, RedactionKind.Erase)]
    public void Only_free_text_is_scrubbed_by_the_redactor(DataFormat format, RedactionKind asked, RedactionKind applied)
    {
        PersonalDataRedactor redactor = TestRedactors.Keyed;
        string text = "bel 06-12345678";

        string? redacted = redactor.Redact(text, format, asked);

        Assert.Equal(applied == RedactionKind.Scrub ? "bel +31*******78" : string.Empty, redacted);
    }

    private static PersonalDataMember Member(PersonalDataDescriptor descriptor, string name)
    {
        foreach (PersonalDataMember member in descriptor.Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        throw new InvalidOperationException("No member " + name);
    }
}
