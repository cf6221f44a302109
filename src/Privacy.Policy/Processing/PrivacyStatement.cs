using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using static Privacy.Policy.Processing.StatementText;

namespace Privacy.Policy.Processing;

/// <summary>
/// The privacy statement (GDPR art. 13 and 14) written from the code: per service area, which data is processed, for
/// which purpose and on which legal basis, how long it is kept and who receives it; then the recipients, security,
/// the data subject's rights and the supervisory authority. The structure follows the provider's own statement. Check
/// the rendered text in as a golden file: a change to what the code processes then shows up in review as a change of
/// the statement.
/// </summary>
public sealed class PrivacyStatement
{
    private readonly ProcessingInventory _inventory;

    private PrivacyStatement(ProcessingInventory inventory)
    {
        _inventory = inventory;
    }

    /// <summary>Writes the statement for the personal-data types of <paramref name="catalogs"/>.</summary>
    /// <param name="catalogs">
    /// The catalogs of the services the statement covers: each assembly's generated
    /// <c>Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog</c>, or <see cref="PersonalDataCatalog.Loaded"/>.
    /// </param>
    /// <param name="options">The controller, recipients, retention defaults and security measures.</param>
    /// <returns>The statement, ready to render.</returns>
    public static PrivacyStatement Create(IEnumerable<PersonalDataCatalog> catalogs, PrivacyPolicyOptions options)
        => new(ProcessingInventory.Create(catalogs, options));

    /// <summary>Renders the statement as Markdown.</summary>
    /// <param name="language">Dutch or English.</param>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    public string ToMarkdown(StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;
        PrivacyPolicyOptions options = _inventory.Options;
        string controller = options.Controller.Name ?? (dutch ? "Wij" : "We");
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        string title = StatementText.Line(options.Controller.Name ?? string.Empty);
        Line(dutch ? $"# Privacyverklaring {title}".TrimEnd() : $"# Privacy statement {title}".TrimEnd());
        Line();
        Line(dutch
            ? "Deze verklaring is geschreven uit de code die uw gegevens verwerkt: wijzigt wat die code verwerkt, dan wijzigt deze tekst mee. Per dienst leest u welke gegevens we verwerken, waarvoor, op welke grondslag, hoe lang we ze bewaren en wie ze ontvangt."
            : "This statement is written from the code that processes your data: when what that code processes changes, this text changes with it. For each service you can read which data we process, for what, on which legal basis, how long we keep it and who receives it.");

        foreach (IGrouping<ServiceArea, ProcessedMember> area in _inventory.Members
            .GroupBy(member => member.Type.ServiceArea)
            .OrderBy(area => area.Key.Equals(ServiceArea.General) ? 1 : 0)
            .ThenBy(area => dutch ? area.Key.Dutch : area.Key.English, StringComparer.Ordinal))
        {
            Line();
            Line("## " + StatementText.Line(dutch ? area.Key.Dutch : area.Key.English));
            Line();
            Line(dutch
                ? "| Gegevens | Doel | Grondslag | Bewaartermijn | Ontvangers |"
                : "| Data | Purpose | Legal basis | Retention | Recipients |");
            Line("| --- | --- | --- | --- | --- |");
            foreach (var row in area
                .GroupBy(member => (member.Member.Category, member.Member.Purposes, Retention: RetentionText(member, language), Bases: member.BasesText(language)))
                .OrderBy(row => row.Key.Category)
                .ThenBy(row => row.Key.Purposes)
                .ThenBy(row => row.Key.Retention, StringComparer.Ordinal)
                .ThenBy(row => row.Key.Bases, StringComparer.Ordinal))
            {
                string[] formats = row
                    .Select(member => Of(member.Member.Format, language))
                    .OfType<string>()
                    .Distinct()
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                string data = Of(row.Key.Category, language) + (formats.Length == 0 ? string.Empty : ": " + string.Join(", ", formats));
                IReadOnlyList<PurposeDeclaration> declared = row.First().Member.Declarations;
                string purpose = declared.Count == 0 ? Of(Purpose.None, language) : string.Join("; ", declared.Select(p => Of(p, language)));
                string bases = row.Key.Bases;
                // Credentials are never disclosed, whatever their purposes.
                string recipients = row.Key.Category == Category.Credentials
                    ? string.Empty
                    : string.Join(", ", _inventory.RecipientsFor(row.Key.Purposes).Select(r => r.Name));
                Line($"| {Cell(data)} | {Cell(purpose)} | {Cell(bases)} | {Cell(row.Key.Retention)} | {Cell(recipients.Length == 0 ? "—" : recipients)} |");
            }
        }

        WritePurposes(Line, language);

        Line();
        Line(dutch ? "## Bewaartermijnen" : "## Retention");
        Line();
        Line(dutch
            ? "We bewaren uw gegevens niet langer dan nodig is voor het doel waarvoor we ze hebben vastgelegd. Na afloop van de termijn worden ze gewist of de hele registratie verwijderd; wat een wettelijke plicht nog vraagt, blijft tot die plicht afloopt. Per soort gegevens:"
            : "We keep your data no longer than the purpose it was recorded for needs. When the period ends, it is erased or the whole record deleted; what a legal obligation still requires is kept until that obligation ends. By kind of data:");
        Line();
        foreach (IGrouping<Category, ProcessedMember> category in _inventory.Members.GroupBy(member => member.Member.Category).OrderBy(group => group.Key))
        {
            string[] periods = category
                .Select(member => RetentionText(member, language))
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToArray();
            Line($"- {Of(category.Key, language)}: {string.Join("; ", periods)}");
        }

        Line();
        Line(dutch ? "## Gegevensverwerking door derden" : "## Disclosure to third parties");
        Line();
        Line(dutch
            ? $"{controller} verkoopt uw gegevens niet. We verstrekken ze alleen aan de ontvangers hieronder, voor de doelen die erbij staan, of op uw uitdrukkelijk verzoek: dan alleen de gegevens die u aanwijst, aan wie u kiest. Met verwerkers sluiten we een verwerkersovereenkomst; zonder lopende overeenkomst verstrekken we hun niets."
            : $"{controller} does not sell your data. We disclose it only to the recipients below, for the purposes listed with them, or at your explicit request: then only the data you name, to whom you choose. Processors sign a processing agreement; without one in force, they receive nothing.");
        Line();
        if (options.Recipients.Count == 0)
        {
            Line(dutch ? "Er zijn geen ontvangers." : "There are no recipients.");
        }
        else
        {
            Line(dutch ? "| Ontvanger | Rol | Doelen | Verwerkersovereenkomst tot |" : "| Recipient | Role | Purposes | Processing agreement until |");
            Line("| --- | --- | --- | --- |");
            foreach (RecipientDeclaration recipient in options.Recipients.OrderBy(r => r.Name, StringComparer.Ordinal))
            {
                string purposes = string.Join("; ", ProcessingInventory.Split(recipient.Purposes).Select(p => _inventory.Declarations(p) is [{ } declared, ..] ? Of(declared, language) : Of(p, language)));
                string until = recipient.ProcessingAgreementUntil is { } date ? Date(date) : "—";
                Line($"| {Cell(recipient.Name)} | {Of(recipient.Role, language)} | {Cell(purposes)} | {until} |");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.SecurityMeasures))
        {
            Line();
            Line(dutch ? "## Beveiliging" : "## Security");
            Line();
            Line(options.SecurityMeasures.Trim());
        }

        Line();
        Line(dutch ? "## Uw rechten" : "## Your rights");
        Line();
        Line(dutch
            ? "U hebt recht op inzage in uw gegevens en een kopie ervan in een gangbaar, machineleesbaar formaat (JSON), op correctie, op verwijdering voor zover we de gegevens niet meer nodig hebben of een wettelijke plicht ze niet vereist, op beperking van de verwerking en op bezwaar. We beantwoorden uw verzoek binnen een maand."
            : "You have the right to see your data and receive a copy in a common, machine-readable format (JSON), to have it corrected, to have it erased where we no longer need it and no legal obligation requires it, to restrict its processing and to object. We answer your request within one month.");
        if (!string.IsNullOrWhiteSpace(options.Controller.Contact))
        {
            Line();
            Line(dutch ? $"Gebruikmaken van een recht? Neem contact op via {options.Controller.Contact}." : $"To exercise a right, contact {options.Controller.Contact}.");
        }

        Line();
        Line(dutch ? "## Klachten" : "## Complaints");
        Line();
        Line(dutch
            ? $"U kunt een klacht indienen bij de {options.Controller.SupervisoryAuthority}."
            : $"You can lodge a complaint with the {options.Controller.SupervisoryAuthority}.");
        return text.ToString();
    }

    /// <summary>
    /// Each purpose with each legal basis it has (GDPR art. 13(1)(c)), the legitimate interest pursued where that is
    /// the basis (art. 13(1)(d)), the right to withdraw consent where consent is (art. 13(2)(c)), and whether the data
    /// must be provided (art. 13(2)(e)).
    /// </summary>
    private void WritePurposes(Action<string> line, StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;
        line(string.Empty);
        line(dutch ? "## Doelen en grondslagen" : "## Purposes and legal bases");
        line(string.Empty);
        foreach (PurposeDeclaration purpose in _inventory.Declarations())
        {
            string text = $"- **{StatementText.Line(Of(purpose, language))}**: {Of(purpose.LegalBasis, language)}";
            if (InterestOf(purpose, language) is { } interest)
            {
                text += (dutch ? ", namelijk: " : ", namely: ") + interest.TrimEnd('.') + ".";
            }
            else
            {
                text += ".";
            }

            if (purpose.LegalBasis == LegalBasis.Consent)
            {
                text += dutch
                    ? " U kunt uw toestemming altijd intrekken; wat we alleen met uw toestemming verwerken, wissen we dan."
                    : " You can withdraw your consent at any time; what we process only with your consent is then erased.";
            }

            line(StatementText.Line(text + " " + Of(purpose.Requirement, language)));
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Privacy statement ({_inventory.Members.Count} personal-data members)";
}
