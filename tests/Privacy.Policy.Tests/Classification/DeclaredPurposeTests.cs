using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.ExternalBase;
using Privacy.Policy.Vocabulary;
using Xunit;

namespace Privacy.Policy.Tests.Classification;

/// <summary>
/// The legal bases generated descriptors carry: built in, declared in a referenced assembly, or a member's own; and
/// what <see cref="PersonalDataMember.Declarations"/> accepts.
/// </summary>
public sealed class DeclaredPurposeTests
{
    private static readonly Purpose[] BuiltIn = Enum.GetValues<Purpose>().Where(p => p != Purpose.None).ToArray();

    [Fact]
    public void A_company_purpose_declared_in_a_referenced_assembly_reaches_the_descriptor_with_its_name_basis_and_wording()
    {
        PersonalDataMember cell = CellVisit.Descriptor.FindMember(nameof(CellVisit.Cell))!;

        PurposeDeclaration planning = cell.DeclarationOf(SharedPurposes.NetworkPlanning)!;
        Assert.Equal("NetworkPlanning", planning.Name);
        Assert.Equal(LegalBasis.LegitimateInterest, planning.LegalBasis);
        Assert.Equal("Het netwerk uitbreiden waar het verkeer dat vraagt", planning.Interest);
        Assert.Equal(("Netwerkplanning", "Network planning"), (planning.Dutch, planning.English));
        Assert.Equal(LegalBasis.Contract, cell.DeclarationOf(Purpose.ServiceDelivery)!.LegalBasis);
        Assert.Equal([LegalBasis.Contract, LegalBasis.LegitimateInterest], cell.LegalBases);
    }

    [Fact]
    public void A_members_own_basis_replaces_its_purposes_basis_with_its_interest()
    {
        PersonalDataMember address = CellVisit.Descriptor.FindMember(nameof(CellVisit.BillingAddress))!;

        PurposeDeclaration billing = Assert.Single(address.Declarations);
        Assert.Equal((Purpose.Billing, "Billing", LegalBasis.LegitimateInterest), (billing.Purpose, billing.Name, billing.LegalBasis));
        Assert.Equal("Vorderingen na afloop van het contract kunnen instellen", billing.Interest);
        Assert.Equal([LegalBasis.LegitimateInterest], address.LegalBases);
        Assert.Null(address.LegalObligation);
    }

    [Fact]
    public void The_built_in_security_purpose_names_its_legitimate_interest_in_both_languages()
    {
        PurposeRow security = PurposeRows.Of(Purpose.Security)!;

        Assert.Equal(LegalBasis.LegitimateInterest, security.LegalBasis);
        Assert.False(string.IsNullOrWhiteSpace(security.InterestDutch));
        Assert.False(string.IsNullOrWhiteSpace(security.InterestEnglish));
        Assert.NotEqual(security.InterestDutch, security.InterestEnglish);
    }

    [Fact]
    public void A_referenced_assemblys_declaration_of_a_built_in_purpose_replaces_it_in_both_languages()
    {
        // This project references the MisterVoip sample, whose Purposes.cs declares Security with its own interest:
        // the company's shared declaration wins over the built-in row for every type generated here.
        PurposeDeclaration security = CellVisit.Descriptor.FindMember(nameof(CellVisit.DeviceFingerprint))!.DeclarationOf(Purpose.Security)!;

        Assert.Equal(LegalBasis.LegitimateInterest, security.LegalBasis);
        Assert.StartsWith("Misbruik van ons netwerk", security.Interest, StringComparison.Ordinal);
        Assert.StartsWith("Detecting and stopping abuse", security.EnglishInterest, StringComparison.Ordinal);
        Assert.NotEqual(PurposeRows.Of(Purpose.Security)!.InterestDutch, security.Interest);
    }

    [Fact]
    public void A_hand_made_member_holds_the_built_in_declarations()
    {
        var member = new PersonalDataMember("Iban", Category.Payment, Purpose.Billing | Purpose.Bookkeeping, "P7Y", DataFormat.Iban, RedactionKind.Erase, exportable: true);

        Assert.Equal([Purpose.Billing, Purpose.Bookkeeping], member.Declarations.Select(declaration => declaration.Purpose));
        Assert.Equal([LegalBasis.Contract, LegalBasis.LegalObligation], member.LegalBases);
        Assert.Equal(Purpose.Bookkeeping, member.LegalObligation);
    }

    [Fact]
    public void Declarations_for_a_purpose_the_member_lacks_or_twice_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new PersonalDataMember("M", Category.Contact, Purpose.Billing, null, DataFormat.Unspecified, RedactionKind.Erase, exportable: true)
        {
            Declarations = [new PurposeDeclaration(Purpose.Support, "Support", LegalBasis.Contract)],
        });
        Assert.Throws<ArgumentException>(() => new PersonalDataMember("M", Category.Contact, Purpose.Billing, null, DataFormat.Unspecified, RedactionKind.Erase, exportable: true)
        {
            Declarations = [new PurposeDeclaration(Purpose.Billing, "Billing", LegalBasis.Contract), new PurposeDeclaration(Purpose.Billing, "Billing", LegalBasis.Consent)],
        });
        Assert.Throws<ArgumentException>(() => new PurposeDeclaration(Purpose.Billing | Purpose.Support, "Two", LegalBasis.Contract));
        Assert.Throws<ArgumentException>(() => new PurposeDeclaration(Purpose.Billing, "Billing", (LegalBasis)9));
    }

    /// <summary>
    /// For any purposes and any member basis (or none), a member's bases are exactly those its declarations give: the
    /// member's own basis when it has one, else its purposes'; never one that none of them gives, and it names a legal
    /// obligation exactly when one of them is.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property A_members_bases_are_exactly_what_its_purposes_or_its_own_basis_give()
        => Prop.ForAll(
            Gen.SubListOf(BuiltIn).Select(list => list.Aggregate(Purpose.None, (all, purpose) => all | purpose)).ToArbitrary(),
            Gen.Elements<LegalBasis?>(null, LegalBasis.Contract, LegalBasis.LegalObligation, LegalBasis.Consent, LegalBasis.LegitimateInterest).ToArbitrary(),
            (purposes, own) =>
            {
                PurposeDeclaration[] declarations = BuiltIn
                    .Where(purpose => (purposes & purpose) != 0)
                    .Select(purpose => new PurposeDeclaration(purpose, purpose.ToString(), own ?? purpose.GetLegalBasis()))
                    .ToArray();
                var member = new PersonalDataMember("M", Category.Contact, purposes, null, DataFormat.Unspecified, RedactionKind.Erase, exportable: true)
                {
                    Declarations = declarations,
                };

                LegalBasis[] given = own is { } basis && purposes != Purpose.None
                    ? [basis]
                    : BuiltIn.Where(purpose => (purposes & purpose) != 0).Select(purpose => purpose.GetLegalBasis()).Distinct().Order().ToArray();
                return member.LegalBases.SequenceEqual(given)
                    && member.LegalBases.All(b => declarations.Any(declaration => declaration.LegalBasis == b))
                    && (member.LegalObligation is not null) == member.LegalBases.Contains(LegalBasis.LegalObligation);
            });
}
