using System.Linq;
using NodaTime;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Xunit;
using static Privacy.Policy.Tests.Disclosure.DisclosurePolicies;

namespace Privacy.Policy.Tests.Erasure;

/// <summary>
/// The security review's derived record with a stored <c>override</c> of a base member: its descriptor lists the
/// members at other positions than the base's, and every decision must still reach the member it was made for.
/// </summary>
public sealed class OverriddenMemberTests
{
    private const string Email = "jan.devries@example.nl";
    private const string Iban = "NL91ABNA0417164300";

    /// <summary>The contract ended a month before <see cref="DisclosurePolicies.Now"/>: the IBAN's seven years run.</summary>
    private static readonly Instant ContractEnded = Instant.FromUtc(2026, 10, 29, 11, 0);

    private static BusinessSupportCustomer Customer() => new() { ContractEnded = ContractEnded, Email = Email, Iban = Iban };

    [Fact]
    public void A_support_recipient_receives_the_email_and_not_the_billing_iban()
    {
        // The derived descriptor lists the base's IBAN first and the override (as the derived type classifies it)
        // second: the other way round from the base's own descriptor.
        Assert.Equal(["Iban", "Email"], BusinessSupportCustomer.Descriptor.Members.Select(member => member.Name));
        Assert.Equal(Purpose.Support | Purpose.ServiceNotifications, BusinessSupportCustomer.Descriptor.Members[1].Purposes);
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        BusinessSupportCustomer disclosed = policy.Disclose(Customer(), RepairService, Purpose.Support);

        Assert.Equal(Email, disclosed.Email);
        Assert.Equal(string.Empty, disclosed.Iban);
        Assert.Equal(ContractEnded, disclosed.ContractEnded);
        DisclosureAuditRecord record = Assert.Single(audit.Records);
        Assert.True(record.Allowed);
        Assert.Equal(["Email"], record.Members);
    }

    [Fact]
    public void A_base_typed_disclosure_of_the_derived_value_sends_the_same()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        SupportCustomer disclosed = policy.Disclose<SupportCustomer>(Customer(), RepairService, Purpose.Support);

        Assert.Equal(Email, disclosed.Email);
        Assert.Equal(string.Empty, disclosed.Iban);
        Assert.Equal(["Email"], Assert.Single(audit.Records).Members);
    }

    [Fact]
    public void Erase_keeps_the_iban_under_its_bookkeeping_obligation_and_retained_lists_exactly_what_was_kept()
    {
        (IPrivacyPolicy policy, _) = Create();
        BusinessSupportCustomer original = Customer();

        ErasureResult<BusinessSupportCustomer> result = policy.Erase(original);

        BusinessSupportCustomer erased = result.Value;
        Assert.Equal(string.Empty, erased.Email);
        Assert.Equal(Iban, erased.Iban);
        Assert.Equal(ContractEnded, erased.ContractEnded);

        // Every member: kept exactly when Retained lists it, erased exactly when Erased does.
        (string Name, bool Kept)[] members = [("Email", erased.Email == original.Email), ("Iban", erased.Iban == original.Iban)];
        foreach ((string name, bool kept) in members)
        {
            Assert.Equal(kept, result.Retained.Any(retained => retained.Member == name));
            Assert.Equal(!kept, result.Erased.Contains(name));
        }

        RetainedMember iban = Assert.Single(result.Retained, retained => retained.Member == "Iban");
        Assert.Equal(Purpose.Bookkeeping, iban.Purpose);
        Assert.Equal(LegalBasis.LegalObligation, iban.LegalBasis);
    }

    private static LeasedFieldAccount Account() => new() { ContractEnded = ContractEnded, Email = Email, Iban = Iban, Phone = "06 11223344" };

    [Fact]
    public void A_base_from_another_assembly_with_a_public_field_is_disclosed_per_member()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        LeasedFieldAccount disclosed = policy.Disclose(Account(), RepairService, Purpose.Support);

        Assert.Equal(Email, disclosed.Email);
        Assert.Equal(string.Empty, disclosed.Iban);
        Assert.Equal("06 11223344", disclosed.Phone);
        Assert.Equal(["Email", "Phone"], Assert.Single(audit.Records).Members.Order());
    }

    [Fact]
    public void A_base_from_another_assembly_with_a_public_field_keeps_the_iban_under_its_obligation()
    {
        (IPrivacyPolicy policy, _) = Create();
        LeasedFieldAccount original = Account();

        ErasureResult<LeasedFieldAccount> result = policy.Erase(original);

        LeasedFieldAccount erased = result.Value;
        Assert.Equal(Iban, erased.Iban);
        Assert.Equal(string.Empty, erased.Email);
        Assert.Equal(string.Empty, erased.Phone);
        (string Name, bool Kept)[] members = [("Email", erased.Email == original.Email), ("Iban", erased.Iban == original.Iban), ("Phone", erased.Phone == original.Phone)];
        foreach ((string name, bool kept) in members)
        {
            Assert.Equal(kept, result.Retained.Any(retained => retained.Member == name));
            Assert.Equal(!kept, result.Erased.Contains(name));
        }
    }
}
