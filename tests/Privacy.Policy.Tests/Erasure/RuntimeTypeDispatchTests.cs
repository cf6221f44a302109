using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;
using static Privacy.Policy.Tests.Disclosure.DisclosurePolicies;

namespace Privacy.Policy.Tests.Erasure;

/// <summary>
/// An operation called through a base type decides every member by the value's own type: a stored <c>override</c>
/// as the derived type classifies it, the derived type's own members by their own classification, and each member
/// handled exactly once.
/// </summary>
public sealed class RuntimeTypeDispatchTests
{
    private const string Email = "jan.devries@example.nl";
    private const string Iban = "NL91ABNA0417164300";
    private const string Phone = "06 11223344";

    /// <summary>The contract ended a month before <see cref="DisclosurePolicies.Now"/>: the IBAN's seven years run.</summary>
    private static readonly Instant ContractEnded = Instant.FromUtc(2026, 10, 29, 11, 0);

    private static DispatchBusinessAccount Account() => new() { ContractEnded = ContractEnded, Email = Email, Iban = Iban, Phone = Phone };

    [Fact]
    public void Erase_through_the_base_type_keeps_the_overridden_iban_under_the_derived_obligation_and_reports_every_member()
    {
        (IPrivacyPolicy policy, _) = Create();

        ErasureResult<DispatchAccount> result = policy.Erase<DispatchAccount>(Account());

        var erased = Assert.IsType<DispatchBusinessAccount>(result.Value);
        Assert.Equal(Iban, erased.Iban);
        Assert.Equal(string.Empty, erased.Email);
        Assert.Equal(string.Empty, erased.Phone);
        RetainedMember iban = Assert.Single(result.Retained);
        Assert.Equal(("Iban", Purpose.Bookkeeping, LegalBasis.LegalObligation), (iban.Member, iban.Purpose, iban.LegalBasis));
        Assert.Equal(["Email", "Phone"], result.Erased.Order());
    }

    [Fact]
    public void Disclose_through_the_base_type_sends_what_the_derived_type_allows_for_the_purpose()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        DispatchAccount disclosed = policy.Disclose<DispatchAccount>(Account(), RepairService, Purpose.Support);

        var account = Assert.IsType<DispatchBusinessAccount>(disclosed);
        Assert.Equal(string.Empty, account.Email);
        Assert.Equal(string.Empty, account.Iban);
        Assert.Equal(Phone, account.Phone);
        Assert.Equal(["Phone"], Assert.Single(audit.Records).Members);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Redact_redacts_an_override_once_by_the_derived_rule(bool throughBase)
    {
        (IPrivacyPolicy policy, _) = Create();

        DispatchAccount redacted = throughBase ? policy.Redact<DispatchAccount>(Account()) : policy.Redact(Account());

        // The pseudonym of the e-mail itself, not of the base's mask of it.
        Assert.Equal(TestRedactors.Keyed.Redact(Email, DataFormat.EmailAddress, RedactionKind.Pseudonymize), redacted.Email);
        Assert.DoesNotContain(Iban, redacted.Iban, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_export_writes_each_member_once(bool throughBase)
    {
        IReadOnlyList<string> names = throughBase ? await ExportedNamesAsync<DispatchAccount>(Account()) : await ExportedNamesAsync(Account());

        Assert.Equal(["Email", "Iban", "Phone"], names.Order());
    }

    [Fact]
    public async Task The_export_of_a_record_with_a_stored_override_writes_it_once()
    {
        IReadOnlyList<string> names = await ExportedNamesAsync(new BusinessSupportCustomer { ContractEnded = ContractEnded, Email = Email, Iban = Iban });

        Assert.Equal(["Email", "Iban"], names.Order());
    }

    [Fact]
    public void ToString_of_a_record_with_a_stored_override_shows_it_once()
    {
        string text = new BusinessSupportCustomer { ContractEnded = ContractEnded, Email = Email, Iban = Iban }.ToString();

        Assert.Equal(1, text.Split("Email = ").Length - 1);
        Assert.DoesNotContain(Email, text, StringComparison.Ordinal);
    }

    /// <summary>The property names of the one record's values, duplicates included (JsonDocument keeps them).</summary>
    private static async Task<IReadOnlyList<string>> ExportedNamesAsync<T>(T value)
        where T : IPersonalData<T>
    {
        (IPrivacyPolicy policy, _) = Create();
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, "C-1"))
        {
            export.Add([value]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        JsonElement recordType = Assert.Single(document.RootElement.GetProperty("recordTypes").EnumerateArray());
        JsonElement values = Assert.Single(recordType.GetProperty("records").EnumerateArray()).GetProperty("values");
        return values.EnumerateObject().Select(member => member.Name).ToList();
    }
}
