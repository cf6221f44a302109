using System;
using NodaTime;
using Xunit;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>A custom audit sink's tests create records themselves; what a record says of itself.</summary>
public sealed class DisclosureAuditRecordTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 29, 9, 0);

    [Fact]
    public void An_allowed_record_names_its_basis_and_members_but_not_its_subject()
    {
        var record = new DisclosureAuditRecord(At, "Belastingdienst", Purpose.Bookkeeping, DisclosureBasis.DeclaredPurpose, "MisterVoip.Invoice", ["Iban"], "ps:2026-11:abcdefghijklmnopqrstuv", null, null);

        Assert.True(record.Allowed);
        Assert.Equal(LegalBasis.LegalObligation, record.LegalBasis);
        Assert.Equal("Disclosed MisterVoip.Invoice [Iban] (DeclaredPurpose, Bookkeeping)", record.ToString());
        Assert.DoesNotContain("ps:", record.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_subject_request_has_no_legal_basis_of_a_purpose()
    {
        var record = new DisclosureAuditRecord(At, "Overstapservice", Purpose.None, DisclosureBasis.SubjectRequest, "MisterVoip.Customer", [], null, DisclosureRefusal.NotDisclosable, "REQ-17");

        Assert.False(record.Allowed);
        Assert.Null(record.LegalBasis);
        Assert.Equal("REQ-17", record.RequestReference);
    }

    [Fact]
    public void A_record_needs_a_recipient_a_type_and_a_member_list()
    {
        Assert.Throws<ArgumentException>(() => new DisclosureAuditRecord(At, "", Purpose.Support, DisclosureBasis.DeclaredPurpose, "T", [], null, null, null));
        Assert.Throws<ArgumentException>(() => new DisclosureAuditRecord(At, "R", Purpose.Support, DisclosureBasis.DeclaredPurpose, "", [], null, null, null));
        Assert.Throws<ArgumentNullException>(() => new DisclosureAuditRecord(At, "R", Purpose.Support, DisclosureBasis.DeclaredPurpose, "T", null!, null, null, null));
    }
}
