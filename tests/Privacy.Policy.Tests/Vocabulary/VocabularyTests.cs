using System;
using System.Linq;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Privacy.Policy.Processing;
using Privacy.Policy.Redaction;
using Privacy.Policy.Tests.Redaction;
using Privacy.Policy.Vocabulary;
using Xunit;

namespace Privacy.Policy.Tests.Vocabulary;

/// <summary>
/// The vocabulary is the one place a format, category or purpose is described: every value of every vocabulary enum
/// has its row, and what the rows promise (a masking rule, a pseudonym, a logging redactor) exists.
/// </summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Every_format_has_its_row_at_its_value()
    {
        DataFormat[] values = Enum.GetValues<DataFormat>();
        Assert.Equal(values.Length, FormatRows.All.Length);
        Assert.All(values, format =>
        {
            FormatRow? row = FormatRows.Of(format);
            Assert.True(row is not null, $"{format} has no row in FormatRows");
            Assert.Equal(format, row.Format);
            Assert.Equal(format.ToString(), row.Name);
            Assert.True(format == DataFormat.Unspecified || row.Dutch is not null && row.English is not null, $"{format} has no words for the statement");
        });
    }

    [Fact]
    public void Every_category_has_its_row()
    {
        Category[] values = Enum.GetValues<Category>();
        Assert.Equal(values.Length, CategoryRows.All.Length);
        Assert.All(values, category =>
        {
            CategoryRow? row = CategoryRows.Of(category);
            Assert.True(row is not null, $"{category} has no row in CategoryRows");
            Assert.Equal(category, row.Category);
            Assert.Equal(category.ToString(), row.Name);
            Assert.NotEmpty(row.FideslangKey);
            Assert.NotEmpty(row.Dutch);
            Assert.NotEmpty(row.English);
        });
    }

    [Fact]
    public void Every_purpose_has_its_row_and_every_flag_a_legal_basis()
    {
        Purpose[] values = Enum.GetValues<Purpose>();
        Assert.Equal(values.Length, PurposeRows.All.Length);
        Assert.All(values, purpose =>
        {
            PurposeRow? row = PurposeRows.Of(purpose);
            Assert.True(row is not null, $"{purpose} has no row in PurposeRows");
            Assert.Equal(purpose, row.Purpose);
            Assert.Equal(purpose != Purpose.None, row.LegalBasis is not null);
            Assert.Equal(purpose != Purpose.None, row.FideslangDataUse is not null);
            Assert.NotEmpty(row.Dutch);
            Assert.NotEmpty(row.English);
        });
    }

    [Fact]
    public void Every_legal_basis_and_retention_start_has_its_words()
    {
        Assert.Equal(Enum.GetValues<LegalBasis>().Length, WordingRows.LegalBases.Length);
        Assert.All(Enum.GetValues<LegalBasis>(), basis => Assert.Equal(basis, WordingRows.Of(basis)?.Value));
        Assert.Equal(Enum.GetValues<RetentionStart>().Length, WordingRows.RetentionStarts.Length);
        Assert.All(Enum.GetValues<RetentionStart>(), start => Assert.Equal(start, WordingRows.Of(start)?.Value));
    }

    [Fact]
    public void Every_redaction_kind_resolves_to_mask_pseudonym_or_erasure_for_every_format()
    {
        // Scrub only where it was asked for, on free text: every other value is one identifier.
        Assert.All(Enum.GetValues<DataFormat>(), format => Assert.All(Enum.GetValues<RedactionKind>(), kind =>
            Assert.Contains(RedactionRule.ForText(format, kind), format == DataFormat.FreeText && kind == RedactionKind.Scrub
                ? new[] { RedactionKind.Scrub }
                : new[] { RedactionKind.Mask, RedactionKind.Pseudonymize, RedactionKind.Erase })));
        Assert.Equal(RedactionKind.Erase, RedactionRule.ForText((DataFormat)999, RedactionKind.Pseudonymize));
    }

    [Fact]
    public void Every_format_row_has_the_rules_it_promises()
    {
        Assert.All(FormatRows.All, row =>
        {
            Assert.True(row.Masks == row.Mask is not null, $"{row.Name}: Masks and its masking rule disagree");
            Assert.True(row.Pseudonymizes == row.Normalize is not null, $"{row.Name}: Pseudonymizes and its normalisation disagree");
            Assert.True(!row.Masks || row.NeverMaskedBecause is null, $"{row.Name} masks and gives a reason never to");
            Assert.True(row.FideslangKey is null || row.UsualCategory is not null, $"{row.Name}: a fideslang key needs the category it refines");
        });
    }

    [Fact]
    public void Every_classification_a_tag_provider_passes_has_this_packages_redactor()
    {
        var services = new ServiceCollection();
        services.AddPrivacyPolicy(options =>
        {
            options.Pseudonymization.KeyId = TestRedactors.KeyId;
            options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
        });
        services.AddRedaction(builder => builder.SetPrivacyPolicyRedactors());
        using ServiceProvider provider = services.BuildServiceProvider();
        var redactors = provider.GetRequiredService<IRedactorProvider>();

        var missing =
            from category in Enum.GetValues<Category>()
            from format in Enum.GetValues<DataFormat>()
            from kind in Enum.GetValues<RedactionKind>()
            let redactor = redactors.GetRedactor(RedactionClassifications.GetSet(category, format, kind))
            where redactor is not PrivacyPolicyRedactor { } ours || ours.Kind != RedactionRule.ForText(format, kind)
            select $"{category}/{format}/{kind}";
        Assert.Empty(missing);
    }

    [Fact]
    public void An_iccid_is_a_technical_identifier_with_its_own_key_and_words()
    {
        Assert.Equal("user.unique_id.iccid", Category.TechnicalIdentifier.GetFideslangKey(DataFormat.Iccid));
        Assert.Equal("user.contact", Category.Contact.GetFideslangKey(DataFormat.Iccid));
        Assert.Equal("SIM-kaartnummer (ICCID)", StatementText.Of(DataFormat.Iccid, StatementLanguage.Dutch));
        Assert.Equal("SIM card number (ICCID)", StatementText.Of(DataFormat.Iccid, StatementLanguage.English));
        Assert.Equal("Privacy.Policy.Redaction:Iccid.Mask", RedactionClassifications.Get(DataFormat.Iccid, RedactionKind.Default).ToString());
    }
}
