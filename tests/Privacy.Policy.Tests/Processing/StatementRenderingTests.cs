using System.Linq;
using System.Text.Json;
using NodaTime;
using Privacy.Policy.Processing;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Processing;

/// <summary>What the statement and the record say for given descriptors and options.</summary>
public sealed class StatementRenderingTests
{
    private static PersonalDataCatalog Catalog(params PersonalDataDescriptor[] descriptors) => new("Tests", descriptors);

    private static PersonalDataDescriptor Type(string name, RetentionStart start = RetentionStart.AtAnchor, ServiceArea? area = null, params PersonalDataMember[] members)
        => new(name, members, retentionAnchorMember: null, retentionStart: start, serviceArea: area);

    private static PersonalDataMember Member(string name, Category category, Purpose purposes, string? retention = null, DataFormat format = DataFormat.Unspecified)
        => new(name, category, purposes, retention, format, RedactionKind.Erase, exportable: true);

    [Theory]
    [InlineData("P7Y", RetentionStart.EndOfYear, StatementLanguage.Dutch, "7 jaar, vanaf het einde van het boekjaar waarin ze zijn vastgelegd")]
    [InlineData("P7Y", RetentionStart.EndOfYear, StatementLanguage.English, "7 years, from the end of the book year in which it was recorded")]
    [InlineData("P1Y6M", RetentionStart.AtAnchor, StatementLanguage.Dutch, "1 jaar en 6 maanden")]
    [InlineData("P1M2DT3H", RetentionStart.EndOfDay, StatementLanguage.English, "1 month, 2 days and 3 hours, from the end of the day")]
    [InlineData("P1D", RetentionStart.AtAnchor, StatementLanguage.Dutch, "1 dag")]
    [InlineData("P2W", RetentionStart.EndOfMonth, StatementLanguage.Dutch, "2 weken, vanaf het einde van de maand")]
    public void Retention_is_written_in_words(string period, RetentionStart start, StatementLanguage language, string expected)
    {
        PersonalDataCatalog catalog = Catalog(Type("T", start, null, Member("M", Category.Usage, Purpose.Billing, period)));

        Assert.Contains($"| {expected} |", PrivacyStatement.Create([catalog], new PrivacyPolicyOptions()).ToMarkdown(language));
    }

    [Theory]
    [InlineData(StatementLanguage.Dutch, "| 1 dag na intrekking van de toestemming |", "7 jaar na het einde \\| van het jaar")]
    [InlineData(StatementLanguage.English, "| 1 day after consent is withdrawn |", "7 years after the year's end")]
    public void The_anchors_words_name_the_moment_in_place_of_its_start(StatementLanguage language, string marketing, string invoice)
    {
        PersonalDataCatalog catalog = Catalog(
            new PersonalDataDescriptor(
                "Profile",
                [Member("Interests", Category.Marketing, Purpose.Marketing, "P1D")],
                retentionAnchorText: new RetentionAnchorText("na intrekking van de toestemming", "after consent is withdrawn")),
            new PersonalDataDescriptor(
                "Invoice",
                [Member("Iban", Category.Payment, Purpose.Bookkeeping, "P7Y")],
                retentionStart: RetentionStart.EndOfYear,
                retentionAnchorText: new RetentionAnchorText("na het einde | van het jaar", "after the year's end")));

        string text = PrivacyStatement.Create([catalog], new PrivacyPolicyOptions()).ToMarkdown(language);

        Assert.Contains(marketing, text);
        Assert.Contains($"| {invoice} |", text);
        Assert.DoesNotContain(language == StatementLanguage.Dutch ? "vanaf het einde" : "from the end", text);
    }

    [Fact]
    public void A_member_counted_from_another_member_is_worded_from_that_moment_never_from_the_anchor()
    {
        var invoice = new RetentionAnchorText("na de factuurdatum", "after the invoice date");
        PersonalDataCatalog catalog = Catalog(new PersonalDataDescriptor(
            "Call",
            [
                Member("CellId", Category.Usage, Purpose.Billing, "P6M"),
                new PersonalDataMember("CalledNumber", Category.Usage, Purpose.Billing, "P6M", DataFormat.Unspecified, RedactionKind.Erase, exportable: true) { RetentionFrom = "InvoiceDate", RetentionFromText = invoice },
                new PersonalDataMember("Duration", Category.Usage, Purpose.Billing, "P6M", DataFormat.Unspecified, RedactionKind.Erase, exportable: true) { RetentionFrom = "DisputeClosed", RetentionFromText = new("na het sluiten van het geschil", "after the dispute was closed") },
                new PersonalDataMember("Reference", Category.Payment, Purpose.Billing, "P7Y", DataFormat.Unspecified, RedactionKind.Erase, exportable: true) { RetentionFrom = "PaidOn", RetentionFromStart = RetentionStart.EndOfYear },
                new PersonalDataMember("Iban", Category.Payment, Purpose.Billing, "P2Y", DataFormat.Unspecified, RedactionKind.Erase, exportable: true) { RetentionFrom = "InvoiceDate", RetentionFromStart = RetentionStart.EndOfMonth, RetentionFromText = invoice },
            ],
            retentionAnchorMember: "CallStart",
            retentionAnchorText: new RetentionAnchorText("na het begin van het gesprek", "after the call started")));

        string english = PrivacyStatement.Create([catalog], new PrivacyPolicyOptions()).ToMarkdown(StatementLanguage.English);
        string dutch = PrivacyStatement.Create([catalog], new PrivacyPolicyOptions()).ToMarkdown(StatementLanguage.Dutch);

        // Three moments, three rows: members with different moments are not merged.
        Assert.Contains("| Usage data | Billing | Performance of the contract | 6 months after the call started |", english);
        Assert.Contains("| Usage data | Billing | Performance of the contract | 6 months after the invoice date |", english);
        Assert.Contains("| Usage data | Billing | Performance of the contract | 6 months after the dispute was closed |", english);
        Assert.Contains("| Verbruiksgegevens | Facturatie | Uitvoering van de overeenkomst | 6 maanden na de factuurdatum |", dutch);
        // Without words, the member's own start; with words, its own start after them. Never the anchor's words.
        Assert.Contains("| 7 years, from the end of the book year in which it was recorded |", english);
        Assert.Contains("| 2 jaar na de factuurdatum, vanaf het einde van de maand |", dutch);
        Assert.Single(english.Split('\n'), line => line.StartsWith("| ", System.StringComparison.Ordinal) && line.Contains("after the call started", System.StringComparison.Ordinal));
        Assert.Contains("- Usage data: 6 months after the call started; 6 months after the dispute was closed; 6 months after the invoice date", english);

        using JsonDocument record = JsonDocument.Parse(RecordOfProcessingActivities.Create([catalog], new PrivacyPolicyOptions()).ToJson());
        JsonElement[] members = record.RootElement.GetProperty("activities")[0].GetProperty("members").EnumerateArray().ToArray();
        JsonElement reference = members.Single(m => m.GetProperty("member").GetString() == "Reference");
        JsonElement iban = members.Single(m => m.GetProperty("member").GetString() == "Iban");
        Assert.Equal("EndOfYear", reference.GetProperty("retentionStart").GetString());
        Assert.False(reference.TryGetProperty("retentionFrom", out _));
        Assert.Equal("EndOfMonth", iban.GetProperty("retentionStart").GetString());
        Assert.Equal("after the invoice date", iban.GetProperty("retentionFrom").GetString());
    }

    [Fact]
    public void The_record_carries_the_anchors_english_words()
    {
        PersonalDataCatalog catalog = Catalog(new PersonalDataDescriptor(
            "Profile",
            [Member("Interests", Category.Marketing, Purpose.Marketing, "P1D")],
            retentionAnchorText: new RetentionAnchorText("na intrekking van de toestemming", "after consent is withdrawn")));

        using JsonDocument record = JsonDocument.Parse(RecordOfProcessingActivities.Create([catalog], new PrivacyPolicyOptions()).ToJson());

        JsonElement member = record.RootElement.GetProperty("activities")[0].GetProperty("members")[0];
        Assert.Equal("after consent is withdrawn", member.GetProperty("retentionFrom").GetString());
        Assert.Equal("P1D", member.GetProperty("retention").GetString());
    }

    [Fact]
    public void A_category_default_from_options_applies_and_no_retention_says_so()
    {
        PersonalDataCatalog catalog = Catalog(
            Type("A", RetentionStart.AtAnchor, null, Member("Usage", Category.Usage, Purpose.Billing)),
            Type("B", RetentionStart.AtAnchor, null, Member("Note", Category.Correspondence, Purpose.Support)));
        var options = new PrivacyPolicyOptions();
        options.RetentionDefaults[Category.Usage] = "P6M";

        string text = PrivacyStatement.Create([catalog], options).ToMarkdown(StatementLanguage.English);

        Assert.Contains("| Usage data | Billing | Performance of the contract | 6 months | — |", text);
        Assert.Contains("| Correspondence | Repairs and support | Performance of the contract | As long as the purpose needs it | — |", text);
    }

    [Fact]
    public void A_transfer_outside_the_EEA_is_printed_with_its_safeguards_and_the_controllers_own_texts_as_written()
    {
        PersonalDataCatalog catalog = Catalog(Type("A.Ticket", RetentionStart.AtAnchor, null, Member("Text", Category.Correspondence, Purpose.Support, "P1Y", DataFormat.FreeText)));
        var options = new PrivacyPolicyOptions();
        options.Controller.Name = "Telecom BV";
        options.Controller.Brands.Add("Belco");
        options.Controller.TransferSafeguards = "EU standard contractual clauses";
        options.Controller.AutomatedDecisionMaking = "Credit checks decide the deposit.";
        options.Controller.DataSource = "Het gebelde nummer komt uit ons netwerk.";
        options.Controller.StatementDate = new LocalDate(2026, 11, 30);
        options.Recipients.Add(new RecipientDeclaration("CloudCo Inc.", RecipientRole.IndependentController, Purpose.Support) { ThirdCountry = "US" });

        string english = PrivacyStatement.Create([catalog], options).ToMarkdown(StatementLanguage.English);

        // GDPR art. 13(1)(f): the recipient abroad, its country and the safeguards, never "no transfers" while one exists.
        Assert.Contains("\n## Transfers outside the EEA\n\nThese recipients are outside the European Economic Area: CloudCo Inc. (US). Safeguards: EU standard contractual clauses\n", english);
        Assert.DoesNotContain("We do not transfer", english);
        Assert.Contains("The controller responsible for processing your data is Telecom BV, also under the name Belco.", english);
        Assert.Contains("\n## Automated decisions\n\nCredit checks decide the deposit.\n", english);
        // Without an English text, the English statement prints the one given rather than leave art. 14(2)(f) out.
        Assert.Contains("\n## Data we did not get from you\n\nHet gebelde nummer komt uit ons netwerk.\n", english);
        Assert.Contains("\nIn effect from 2026-11-30\n", english);
    }

    [Fact]
    public void Areas_get_their_own_heading_with_general_last_and_recipients_per_purpose()
    {
        var calls = new ServiceArea("Bellen", "Calls");
        PersonalDataCatalog catalog = Catalog(
            Type("Z.Call", RetentionStart.AtAnchor, calls, Member("Called", Category.Usage, Purpose.Billing | Purpose.Bookkeeping, "P7Y", DataFormat.PhoneNumber)),
            Type("A.Ticket", RetentionStart.AtAnchor, null, Member("Text", Category.Correspondence, Purpose.Support, "P1Y", DataFormat.FreeText)));
        var options = new PrivacyPolicyOptions();
        options.Recipients.Add(new RecipientDeclaration("Belastingdienst", RecipientRole.Authority, Purpose.Bookkeeping));
        options.Recipients.Add(new RecipientDeclaration("Repair | Co", RecipientRole.Processor, Purpose.Support) { ProcessingAgreementUntil = new LocalDate(2027, 1, 31) });

        string text = PrivacyStatement.Create([catalog], options).ToMarkdown(StatementLanguage.Dutch);

        Assert.True(text.IndexOf("## Bellen", System.StringComparison.Ordinal) < text.IndexOf("## Algemeen", System.StringComparison.Ordinal));
        Assert.Contains("| Verbruiksgegevens: telefoonnummers | Facturatie; Boekhouding (wettelijke bewaarplicht) | Uitvoering van de overeenkomst; Wettelijke verplichting | 7 jaar | — |", text);
        // An authority receives data on a lawful demand only, not beside the data as a routine recipient (GDPR art. 4(9)).
        Assert.Contains("Alleen op hun rechtmatige vordering verstrekken we gegevens aan: Belastingdienst (Boekhouding (wettelijke bewaarplicht)).", text);
        Assert.DoesNotContain("| Belastingdienst |", text);
        Assert.Contains("| Correspondentie: vrije tekst | Reparatie en ondersteuning | Uitvoering van de overeenkomst | 1 jaar | Repair \\| Co |", text);
        Assert.Contains("| Repair \\| Co | Verwerker | Reparatie en ondersteuning | 2027-01-31 |", text);
    }

    [Fact]
    public void Credentials_name_no_recipients_and_text_cannot_break_the_markdown()
    {
        PersonalDataCatalog catalog = Catalog(Type("T", RetentionStart.AtAnchor, new ServiceArea("Bel\nlen", "Calls"), Member("Pin", Category.Credentials, Purpose.Support, format: DataFormat.Secret)));
        var options = new PrivacyPolicyOptions();
        options.Controller.Name = "Telecom\nBV";
        options.SecurityMeasures = "TLS.\n\nEncrypted files.";
        options.Recipients.Add(new RecipientDeclaration("Repair \\| Co", RecipientRole.IndependentController, Purpose.Support));

        string statement = PrivacyStatement.Create([catalog], options).ToMarkdown(StatementLanguage.Dutch);
        string record = RecordOfProcessingActivities.Create([catalog], options).ToMarkdown();

        Assert.Contains("| Inloggegevens: wachtwoord of pincode | Reparatie en ondersteuning | Uitvoering van de overeenkomst | Zolang nodig voor het doel | — |", statement);
        Assert.Contains("| Repair \\\\\\| Co | Zelfstandig verwerkingsverantwoordelijke |", statement);
        Assert.StartsWith("# Privacyverklaring Telecom BV\n", statement);
        Assert.Contains("\n## Bel len\n", statement);
        Assert.Contains("- Security measures: TLS.  Encrypted files.\n", record);
    }

    [Fact]
    public void The_statement_prints_each_purposes_real_basis_interest_and_requirement()
    {
        PersonalDataCatalog catalog = new("Tests", [CellVisit.Descriptor]);

        string dutch = PrivacyStatement.Create([catalog], new PrivacyPolicyOptions()).ToMarkdown(StatementLanguage.Dutch);
        string english = PrivacyStatement.Create([catalog], new PrivacyPolicyOptions()).ToMarkdown(StatementLanguage.English);

        // A member's own basis (art. 6(1)(f)) in the table, in place of Billing's contract.
        Assert.Contains("| Contactgegevens | Facturatie | Gerechtvaardigd belang | 2 jaar | — |", dutch);
        // The company purpose from the referenced assembly, by its wording, on its declared basis.
        Assert.Contains("| Locatiegegevens | Transport van telefoon- en internetverkeer; Netwerkplanning | Uitvoering van de overeenkomst; Gerechtvaardigd belang |", dutch);
        // Per purpose: the interest (art. 13(1)(d)) and whether the data must be provided (art. 13(2)(e)).
        Assert.Contains("- **Netwerkplanning**: Gerechtvaardigd belang, namelijk: Het netwerk uitbreiden waar het verkeer dat vraagt. Het verstrekken van deze gegevens is geen wettelijke of contractuele verplichting.", dutch);
        Assert.Contains("- **Facturatie**: Gerechtvaardigd belang, namelijk: Vorderingen na afloop van het contract kunnen instellen.", dutch);
        Assert.Contains("- **Transport van telefoon- en internetverkeer**: Uitvoering van de overeenkomst. De overeenkomst vraagt deze gegevens", dutch);
        // Security as the referenced MisterVoip sample declares it, in English.
        Assert.Contains("- **Preventing fraud and abuse**: Legitimate interest, namely: Detecting and stopping abuse of our network and of your connection, and keeping your data secure (GDPR recital 49).", english);
    }

    [Fact]
    public void The_record_names_the_company_purpose_and_a_members_own_basis()
    {
        PersonalDataCatalog catalog = new("Tests", [CellVisit.Descriptor]);
        RecordOfProcessingActivities record = RecordOfProcessingActivities.Create([catalog], new PrivacyPolicyOptions());

        string markdown = record.ToMarkdown();
        using JsonDocument json = JsonDocument.Parse(record.ToJson());

        Assert.Contains("## Network planning (NetworkPlanning)\n\n- Legal basis: Legitimate interest (Het netwerk uitbreiden waar het verkeer dat vraagt)\n- Provision: Providing this data is not a statutory or contractual requirement.", markdown);
        Assert.Contains("## Billing (Billing)\n\n- Legal basis: Legitimate interest (Vorderingen na afloop van het contract kunnen instellen)\n", markdown);
        JsonElement planning = json.RootElement.GetProperty("activities").EnumerateArray().Single(activity => activity.GetProperty("purpose").GetString() == "NetworkPlanning");
        Assert.Equal("LegitimateInterest", planning.GetProperty("legalBasis").GetString());
        Assert.Equal("Het netwerk uitbreiden waar het verkeer dat vraagt", planning.GetProperty("interest").GetString());
        JsonElement billing = json.RootElement.GetProperty("activities").EnumerateArray().Single(activity => activity.GetProperty("purpose").GetString() == "Billing");
        Assert.Equal("LegitimateInterest", billing.GetProperty("members")[0].GetProperty("legalBasis").GetString());
    }

    [Fact]
    public void A_member_without_purpose_is_shown_as_such()
    {
        PersonalDataCatalog catalog = Catalog(Type("T", RetentionStart.AtAnchor, null, Member("Bsn", Category.NationalIdentifier, Purpose.None, format: DataFormat.Bsn)));

        Assert.Contains("| Nationale identificatienummers: burgerservicenummer | Geen doel opgegeven | — |", PrivacyStatement.Create([catalog], new PrivacyPolicyOptions()).ToMarkdown(StatementLanguage.Dutch));
    }

    [Fact]
    public void The_record_lists_each_purpose_with_recipients_transfers_and_members_and_counts_a_type_once()
    {
        PersonalDataCatalog catalog = Catalog(Type("T.Profile", RetentionStart.AtAnchor, null, Member("Interests", Category.Marketing, Purpose.Marketing, "P2Y", DataFormat.FreeText)));
        var options = new PrivacyPolicyOptions();
        options.Recipients.Add(new RecipientDeclaration("Mailer Inc", RecipientRole.Processor, Purpose.Marketing) { ProcessingAgreementUntil = new LocalDate(2027, 3, 1), ThirdCountry = "US" });
        options.Controller.TransferSafeguards = "EU standard contractual clauses";

        RecordOfProcessingActivities record = RecordOfProcessingActivities.Create([catalog, catalog], options);
        string markdown = record.ToMarkdown();
        using JsonDocument json = JsonDocument.Parse(record.ToJson());

        Assert.Contains("## Personalised marketing and offers (Marketing)", markdown);
        Assert.Contains("- Legal basis: Consent", markdown);
        Assert.Contains("- Transfers to third countries: Mailer Inc (US; safeguards: EU standard contractual clauses)", markdown);
        Assert.Contains("- Transfer safeguards: EU standard contractual clauses", markdown);
        Assert.Contains("  - `T.Profile`: Interests", markdown);
        JsonElement activity = Assert.Single(json.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("Consent", activity.GetProperty("legalBasis").GetString());
        JsonElement member = Assert.Single(activity.GetProperty("members").EnumerateArray());
        Assert.Equal("P2Y", member.GetProperty("retention").GetString());
        Assert.Equal("US", activity.GetProperty("recipients")[0].GetProperty("thirdCountry").GetString());
        Assert.Equal("EU standard contractual clauses", json.RootElement.GetProperty("transferSafeguards").GetString());
    }

    [Fact]
    public void The_test_domain_statement_names_every_category_it_processes()
    {
        string text = PrivacyStatement.Create([Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog], new PrivacyPolicyOptions()).ToMarkdown(StatementLanguage.English);

        foreach (Category category in CallRecord.Descriptor.Members.Select(m => m.Category).Distinct())
        {
            Assert.Contains(category switch { Category.Usage => "Usage data", Category.Identity => "Identity data", Category.TechnicalIdentifier => "Technical identifiers", Category.Location => "Location data", _ => category.ToString() }, text);
        }
    }
}
