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
        if (VersionLine(options.Controller, language) is { } version)
        {
            Line(version);
            Line();
        }

        Line(dutch
            ? "Deze verklaring is geschreven uit de code die uw gegevens verwerkt: wijzigt wat die code verwerkt, dan wijzigt deze tekst mee. Per dienst leest u welke gegevens we verwerken, waarvoor, op welke grondslag, hoe lang we ze bewaren en wie ze ontvangt."
            : "This statement is written from the code that processes your data: when what that code processes changes, this text changes with it. For each service you can read which data we process, for what, on which legal basis, how long we keep it and who receives it.");
        WriteController(Line, options.Controller, language);

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
                // Credentials are never disclosed, whatever their purposes. An authority receives data only on a lawful
                // demand, not routinely: it is named under disclosure, not beside the data (GDPR art. 4(9)).
                string recipients = row.Key.Category == Category.Credentials
                    ? string.Empty
                    : string.Join(", ", _inventory.RecipientsFor(row.Key.Purposes).Where(r => r.Role != RecipientRole.Authority).Select(r => r.Name));
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
            ? $"{controller} verkoopt uw gegevens niet. We verstrekken ze aan de ontvangers hieronder, voor de doelen die erbij staan, of op uw uitdrukkelijk verzoek: dan alleen de gegevens die u aanwijst, aan wie u kiest. Met verwerkers sluiten we een verwerkersovereenkomst; zonder lopende overeenkomst verstrekken we hun niets. Daarnaast moeten we als aanbieder van telefonie en internet gegevens verstrekken wanneer een bevoegde instantie die rechtmatig vordert, zoals politie en justitie (Telecommunicatiewet hoofdstuk 13, artikel 126n en verder van het Wetboek van Strafvordering)."
            : $"{controller} does not sell your data. We disclose it to the recipients below, for the purposes listed with them, or at your explicit request: then only the data you name, to whom you choose. Processors sign a processing agreement; without one in force, they receive nothing. As a provider of telephony and internet we must also disclose data when a competent authority lawfully demands it, such as the police and the public prosecutor (Dutch Telecommunications Act chapter 13, Code of Criminal Procedure art. 126n ff.).");
        Line();
        RecipientDeclaration[] routine = options.Recipients.Where(r => r.Role != RecipientRole.Authority).OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
        RecipientDeclaration[] authorities = options.Recipients.Where(r => r.Role == RecipientRole.Authority).OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
        if (routine.Length == 0)
        {
            Line(dutch ? "Er zijn geen ontvangers." : "There are no recipients.");
        }
        else
        {
            Line(dutch ? "| Ontvanger | Rol | Doelen | Verwerkersovereenkomst tot |" : "| Recipient | Role | Purposes | Processing agreement until |");
            Line("| --- | --- | --- | --- |");
            foreach (RecipientDeclaration recipient in routine)
            {
                string until = recipient.ProcessingAgreementUntil is { } date ? Date(date) : "—";
                Line($"| {Cell(recipient.Name)} | {Of(recipient.Role, language)} | {Cell(PurposesOf(recipient, language))} | {until} |");
            }
        }

        if (authorities.Length > 0)
        {
            // An authority that asks for data in a particular inquiry is no recipient (GDPR art. 4(9)): it is not
            // shown beside the data as if it received it routinely.
            string named = string.Join(", ", authorities.Select(r => $"{StatementText.Line(r.Name)} ({PurposesOf(r, language)})"));
            Line();
            Line(dutch
                ? $"Alleen op hun rechtmatige vordering verstrekken we gegevens aan: {named}."
                : $"Only on their lawful demand do we disclose data to: {named}.");
        }

        WriteTransfers(Line, options, language);

        // The measures as written are in the statement's main language: the English statement prints only its own.
        string? security = dutch ? options.SecurityMeasures : options.EnglishSecurityMeasures;
        if (!string.IsNullOrWhiteSpace(security))
        {
            Line();
            Line(dutch ? "## Beveiliging" : "## Security");
            Line();
            Line(security.Trim());
        }

        Line();
        Line(dutch ? "## Uw rechten" : "## Your rights");
        Line();
        Line(dutch
            ? "U hebt recht op inzage in uw gegevens en een kopie ervan, op correctie, op verwijdering voor zover we de gegevens niet meer nodig hebben of een wettelijke plicht ze niet vereist, op beperking van de verwerking, op overdraagbaarheid van de gegevens die u ons met toestemming of voor de overeenkomst gaf (dataportabiliteit: in een gangbaar, machineleesbaar formaat, JSON) en op bezwaar. We beantwoorden uw verzoek binnen een maand."
            : "You have the right to see your data and receive a copy of it, to have it corrected, to have it erased where we no longer need it and no legal obligation requires it, to restrict its processing, to the portability of the data you gave us with consent or for the contract (data portability: in a common, machine-readable format, JSON) and to object. We answer your request within one month.");
        WriteIdentityCheck(Line, language);
        if (_inventory.Declarations().Any(purpose => purpose.LegalBasis == LegalBasis.Consent))
        {
            Line();
            Line(dutch
                ? "Waar we uw gegevens met uw toestemming verwerken, kunt u die toestemming altijd intrekken. Dat is even eenvoudig als het geven ervan, en wat we vóór de intrekking deden, blijft rechtmatig."
                : "Where we process your data with your consent, you can withdraw that consent at any time. Withdrawing is as easy as giving it, and what we did before you withdrew it remains lawful.");
        }

        if (!string.IsNullOrWhiteSpace(options.Controller.Contact))
        {
            Line();
            Line(dutch ? $"Gebruikmaken van een recht? Neem contact op via {options.Controller.Contact}." : $"To exercise a right, contact {options.Controller.Contact}.");
        }

        WriteObjection(Line, language);
        WriteAutomatedDecisions(Line, options.Controller, language);
        WriteSource(Line, options.Controller, language);

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

    private string PurposesOf(RecipientDeclaration recipient, StatementLanguage language)
        => string.Join("; ", ProcessingInventory.Split(recipient.Purposes).Select(p => _inventory.Declarations(p) is [{ } declared, ..] ? Of(declared, language) : Of(p, language)));

    /// <summary>"Versie 3, geldig vanaf 2026-11-30": the statement's version and date, when set.</summary>
    private static string? VersionLine(ControllerOptions controller, StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;
        string? version = string.IsNullOrWhiteSpace(controller.StatementVersion) ? null : StatementText.Line(controller.StatementVersion.Trim());
        string? date = controller.StatementDate is { } day ? Date(day) : null;
        return (version, date) switch
        {
            (null, null) => null,
            ({ } v, null) => (dutch ? "Versie " : "Version ") + v,
            (null, { } d) => (dutch ? "Geldig vanaf " : "In effect from ") + d,
            ({ } v, { } d) => dutch ? $"Versie {v}, geldig vanaf {d}" : $"Version {v}, in effect from {d}",
        };
    }

    /// <summary>Who the controller is, under which names, and how to reach it and its DPO (GDPR art. 13(1)(a) and (b)).</summary>
    private static void WriteController(Action<string> line, ControllerOptions controller, StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;
        if (string.IsNullOrWhiteSpace(controller.Name))
        {
            return;
        }

        line(string.Empty);
        line(dutch ? "## Wie wij zijn" : "## Who we are");
        line(string.Empty);
        string[] brands = controller.Brands.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => StatementText.Line(b.Trim())).ToArray();
        string name = StatementText.Line(controller.Name.Trim());
        string also = brands.Length == 0 ? string.Empty : brands.Length == 1
            ? (dutch ? ", ook onder de naam " : ", also under the name ") + string.Join(", ", brands)
            : (dutch ? ", ook onder de namen " : ", also under the names ") + string.Join(", ", brands[..^1]) + (dutch ? " en " : " and ") + brands[^1];
        line(dutch
            ? $"Verantwoordelijk voor de verwerking van uw gegevens (verwerkingsverantwoordelijke) is {name}{also}."
            : $"The controller responsible for processing your data is {name}{also}.");
        line(string.Empty);
        if (!string.IsNullOrWhiteSpace(controller.PostalAddress))
        {
            line((dutch ? "- Postadres: " : "- Postal address: ") + StatementText.Line(controller.PostalAddress.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(controller.Contact))
        {
            line("- Contact: " + StatementText.Line(controller.Contact.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(controller.DataProtectionOfficer))
        {
            line((dutch ? "- Functionaris gegevensbescherming: " : "- Data protection officer: ") + StatementText.Line(controller.DataProtectionOfficer.Trim()));
        }
    }

    /// <summary>Transfers outside the EEA and their safeguards, or that there are none (GDPR art. 13(1)(f)).</summary>
    private static void WriteTransfers(Action<string> line, PrivacyPolicyOptions options, StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;
        RecipientDeclaration[] abroad = options.Recipients.Where(r => r.ThirdCountry is not null).OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
        bool none = string.Equals(options.Controller.TransferSafeguards?.Trim(), ControllerOptions.None, StringComparison.OrdinalIgnoreCase);
        if (abroad.Length == 0 && !none)
        {
            // No recipient is declared abroad, but the controller has not said there are no transfers: promise nothing.
            return;
        }

        line(string.Empty);
        line(dutch ? "## Doorgifte buiten de EER" : "## Transfers outside the EEA");
        line(string.Empty);
        if (abroad.Length == 0)
        {
            line(dutch
                ? "We geven uw gegevens niet door naar landen buiten de Europese Economische Ruimte."
                : "We do not transfer your data to countries outside the European Economic Area.");
            return;
        }

        string list = string.Join(", ", abroad.Select(r => $"{StatementText.Line(r.Name)} ({r.ThirdCountry})"));
        string safeguards = none ? "—" : StatementText.Line(options.Controller.TransferSafeguards?.Trim() ?? "—");
        line(dutch
            ? $"Deze ontvangers zitten buiten de Europese Economische Ruimte: {list}. Waarborg: {safeguards}"
            : $"These recipients are outside the European Economic Area: {list}. Safeguards: {safeguards}");
    }

    /// <summary>
    /// How a request's identity is checked: only what is needed to confirm it (GDPR art. 12(6)), the lightest means
    /// first. The Autoriteit Persoonsgegevens fined a company for asking identity copies by default, so a copy is the
    /// last resort, with what it needs no more of blacked out; the BSN only where a law allows it (UAVG art. 46).
    /// </summary>
    private void WriteIdentityCheck(Action<string> line, StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;

        // The portal is offered as the first check only where the service has one (its members name the purpose).
        bool portal = _inventory.Declarations().Any(p => p.Purpose == Purpose.CustomerPortal);
        line(string.Empty);
        line(dutch
            ? "We vragen niet meer dan nodig is om vast te stellen dat het verzoek van u komt (AVG artikel 12, lid 6). "
                + (portal ? "Doet u het verzoek ingelogd in het klantportaal, dan is dat genoeg. Anders bevestigt u het " : "U bevestigt het ")
                + "via een code of link die we sturen naar het e-mailadres of telefoonnummer dat we al van u hebben. "
                + "Alleen als dat niet kan, vragen we een kopie van een identiteitsbewijs. Maak daarop dan uw pasfoto, de machineleesbare strook (MRZ), het documentnummer en uw burgerservicenummer (BSN) onleesbaar: het BSN mogen we alleen verwerken waar een wet dat toestaat (artikel 46 Uitvoeringswet AVG). "
                + "We wissen de kopie zodra uw verzoek is beantwoord."
            : "We ask for no more than we need to confirm that the request comes from you (GDPR art. 12(6)). "
                + (portal ? "If you make the request while logged in to the customer portal, that is enough. Otherwise you confirm it " : "You confirm it ")
                + "through a code or link we send to the e-mail address or phone number we already have for you. "
                + "Only when that cannot work do we ask for a copy of an identity document. Then black out your photo, the machine-readable zone (MRZ), the document number and your citizen service number (BSN) on it: we may process the BSN only where a law allows it (Dutch GDPR Implementation Act, UAVG, art. 46). "
                + "We erase the copy once your request is answered.");
    }

    /// <summary>The right to object, shown apart from the other rights (GDPR art. 21(4)).</summary>
    private void WriteObjection(Action<string> line, StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;
        line(string.Empty);
        line(dutch ? "## Recht van bezwaar" : "## Right to object");
        line(string.Empty);
        bool interest = _inventory.Declarations().Any(p => p.LegalBasis == LegalBasis.LegitimateInterest);
        line(dutch
            ? (interest ? "Tegen verwerking op grond van ons gerechtvaardigd belang kunt u altijd bezwaar maken, om redenen die met uw situatie te maken hebben; we stoppen dan, tenzij onze dwingende gronden zwaarder wegen. " : string.Empty)
                + "Tegen het gebruik van uw gegevens voor direct marketing kunt u altijd bezwaar maken; we stoppen dan meteen."
            : (interest ? "You can object at any time, on grounds relating to your situation, to processing based on our legitimate interest; we then stop, unless our compelling grounds override yours. " : string.Empty)
                + "You can object at any time to the use of your data for direct marketing; we then stop at once.");
    }

    /// <summary>Automated decision-making and profiling (GDPR art. 13(2)(f)), when the controller has stated it.</summary>
    private static void WriteAutomatedDecisions(Action<string> line, ControllerOptions controller, StatementLanguage language)
    {
        if (string.IsNullOrWhiteSpace(controller.AutomatedDecisionMaking))
        {
            return;
        }

        bool dutch = language == StatementLanguage.Dutch;
        line(string.Empty);
        line(dutch ? "## Geautomatiseerde besluiten" : "## Automated decisions");
        line(string.Empty);
        line(string.Equals(controller.AutomatedDecisionMaking.Trim(), ControllerOptions.None, StringComparison.OrdinalIgnoreCase)
            ? dutch
                ? "We nemen geen besluiten die alleen op geautomatiseerde verwerking berusten, ook niet op grond van profilering, over zaken die (aanzienlijke) gevolgen voor u kunnen hebben."
                : "We take no decisions based solely on automated processing, profiling included, on matters that can (significantly) affect you."
            : StatementText.Line(controller.AutomatedDecisionMaking.Trim()));
    }

    /// <summary>Where data not obtained from the person comes from (GDPR art. 14(2)(f)), when the controller has stated it.</summary>
    private static void WriteSource(Action<string> line, ControllerOptions controller, StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;
        string? source = dutch ? controller.DataSource : controller.EnglishDataSource ?? controller.DataSource;
        if (string.IsNullOrWhiteSpace(source))
        {
            return;
        }

        line(string.Empty);
        line(dutch ? "## Gegevens die we niet van u kregen" : "## Data we did not get from you");
        line(string.Empty);
        line(StatementText.Line(source.Trim()));
    }

    /// <inheritdoc />
    public override string ToString() => $"Privacy statement ({_inventory.Members.Count} personal-data members)";
}
