using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using static Privacy.Policy.Processing.StatementText;

namespace Privacy.Policy.Processing;

/// <summary>
/// The record of processing activities (GDPR art. 30(1)) written from the code: per purpose, its legal basis, the
/// categories of data subjects and of personal data, the members that hold them, the recipients, transfers to third
/// countries, the erasure time limits, and the security measures; with the controller. As Markdown for people and
/// JSON for tools.
/// </summary>
public sealed class RecordOfProcessingActivities
{
    private readonly ProcessingInventory _inventory;

    private RecordOfProcessingActivities(ProcessingInventory inventory)
    {
        _inventory = inventory;
    }

    /// <summary>Writes the record for the personal-data types of <paramref name="catalogs"/>.</summary>
    /// <param name="catalogs">The catalogs of the services the record covers.</param>
    /// <param name="options">The controller, data subjects, recipients, retention defaults and security measures.</param>
    /// <returns>The record, ready to render.</returns>
    public static RecordOfProcessingActivities Create(IEnumerable<PersonalDataCatalog> catalogs, PrivacyPolicyOptions options)
        => new(ProcessingInventory.Create(catalogs, options));

    /// <summary>Renders the record as Markdown, in English.</summary>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    public string ToMarkdown()
    {
        const StatementLanguage English = StatementLanguage.English;
        PrivacyPolicyOptions options = _inventory.Options;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# Record of processing activities");
        Line();
        ControllerOptions controller = options.Controller;
        Line(StatementText.Line($"- Controller: {controller.Name ?? "(not set)"}{(controller.PostalAddress is { } address ? ", " + address : string.Empty)}{(controller.Contact is { } contact ? ", " + contact : string.Empty)}"));

        // Art. 30(1)(a): the data protection officer is part of the record; a telecom provider must have one (art. 37(1)(b)).
        Line(StatementText.Line($"- Data protection officer: {Set(controller.DataProtectionOfficer)}"));
        Line(StatementText.Line($"- Joint controllers: {(controller.JointControllers.Count == 0 ? "none" : string.Join("; ", controller.JointControllers))}"));
        Line(StatementText.Line($"- Representative: {Set(controller.Representative)}"));
        Line(StatementText.Line($"- Version: {Set(controller.StatementVersion)}, dated {(controller.StatementDate is { } date ? Date(date) : "(not set)")}"));
        Line(StatementText.Line($"- Transfer safeguards: {Set(controller.TransferSafeguards)}"));
        Line(StatementText.Line($"- Security measures: {(string.IsNullOrWhiteSpace(options.SecurityMeasures) ? "(not set)" : options.SecurityMeasures.Trim())}"));
        foreach (Activity activity in Activities())
        {
            Line();
            PurposeDeclaration first = activity.Declarations[0];
            Line(StatementText.Line($"## {Of(first, English)} ({first.Name})"));
            Line();
            Line(StatementText.Line($"- Legal basis: {string.Join("; ", activity.Declarations.Select(BasisText))}"));
            Line($"- Provision: {Of(first.Requirement, English)}");
            Line(StatementText.Line($"- Categories of data subjects: {DataSubjects(options, activity.Purpose)}"));
            Line($"- Categories of personal data: {string.Join("; ", activity.Categories.Select(c => Of(c, English)))}");
            Line(StatementText.Line($"- Recipients: {(activity.Recipients.Count == 0 ? "none" : string.Join("; ", activity.Recipients.Select(r => $"{r.Name} ({Of(r.Role, English).ToLowerInvariant()}{(r.ProcessingAgreementUntil is { } until ? ", agreement until " + Date(until) : string.Empty)})")))}"));
            string[] transfers = activity.Recipients.Where(r => r.ThirdCountry is not null).Select(r => $"{r.Name} ({r.ThirdCountry}; safeguards: {Set(controller.TransferSafeguards)})").ToArray();
            Line(StatementText.Line($"- Transfers to third countries: {(transfers.Length == 0 ? "none" : string.Join("; ", transfers))}"));
            Line("- Erasure time limits:");
            foreach ((Category category, string[] periods) in activity.Retention)
            {
                Line($"  - {Of(category, English)}: {string.Join("; ", periods)}");
            }

            Line("- Held in:");
            foreach (IGrouping<string, ProcessedMember> type in activity.Members.GroupBy(m => m.Type.TypeName))
            {
                // A member whose own basis differs from the purpose's first one says so.
                Line($"  - `{type.Key}`: {string.Join(", ", type.Select(m => m.Member.DeclarationOf(activity.Purpose) is { } own && (own.LegalBasis != first.LegalBasis || own.Interest != first.Interest) ? $"{m.Member.Name} ({Of(own.LegalBasis, English).ToLowerInvariant()})" : m.Member.Name))}");
            }
        }

        // Processing no code performs, as the controller declares it (art. 30(1)); what it leaves unset shows as such.
        foreach (ProcessingActivityDeclaration declared in options.DeclaredActivities)
        {
            Line();
            Line(StatementText.Line($"## {declared.Name} (declared, not in code)"));
            Line();
            Line(StatementText.Line($"- Legal basis: {(declared.LegalBasis is { } basis ? Of(basis, English) : "(not set)")}"));
            Line(StatementText.Line($"- Categories of data subjects: {Set(declared.DataSubjects)}"));
            Line(StatementText.Line($"- Categories of personal data: {Set(declared.PersonalData)}"));
            Line(StatementText.Line($"- Recipients: {Set(declared.Recipients)}"));
            Line(StatementText.Line($"- Transfers to third countries: {Set(declared.Transfers)}"));
            Line("- Erasure time limits:");
            Line(StatementText.Line($"  - {Set(declared.Retention)}"));
        }

        return text.ToString();
    }

    /// <summary>Renders the record as indented UTF-8 JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        PrivacyPolicyOptions options = _inventory.Options;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("controller");
            writer.WriteString("name", options.Controller.Name);
            writer.WriteString("postalAddress", options.Controller.PostalAddress);
            writer.WriteString("contact", options.Controller.Contact);
            writer.WriteString("dataProtectionOfficer", options.Controller.DataProtectionOfficer);
            writer.WriteStartArray("jointControllers");
            foreach (string joint in options.Controller.JointControllers)
            {
                writer.WriteStringValue(joint);
            }

            writer.WriteEndArray();
            writer.WriteString("representative", options.Controller.Representative);
            writer.WriteEndObject();
            writer.WriteString("version", options.Controller.StatementVersion);
            if (options.Controller.StatementDate is { } date)
            {
                writer.WriteString("date", Date(date));
            }
            else
            {
                writer.WriteNull("date");
            }

            writer.WriteString("transferSafeguards", options.Controller.TransferSafeguards);
            writer.WriteStartArray("dataSubjectCategories");
            foreach (string subjects in options.DataSubjectCategories)
            {
                writer.WriteStringValue(subjects);
            }

            writer.WriteEndArray();
            writer.WriteString("securityMeasures", options.SecurityMeasures);
            writer.WriteStartArray("activities");
            foreach (Activity activity in Activities())
            {
                writer.WriteStartObject();
                PurposeDeclaration first = activity.Declarations[0];
                writer.WriteString("purpose", first.Name);
                writer.WriteString("legalBasis", first.LegalBasis.ToString());
                if (first.LegalBasis == LegalBasis.LegitimateInterest && first.Interest is { } interest)
                {
                    writer.WriteString("interest", interest);
                }

                writer.WriteString("requirement", first.Requirement.ToString());
                writer.WriteStartArray("legalBases");
                foreach (PurposeDeclaration declaration in activity.Declarations)
                {
                    writer.WriteStartObject();
                    writer.WriteString("legalBasis", declaration.LegalBasis.ToString());
                    if (declaration.LegalBasis == LegalBasis.LegitimateInterest && declaration.Interest is { } declaredInterest)
                    {
                        writer.WriteString("interest", declaredInterest);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteString("dataSubjects", DataSubjects(options, activity.Purpose));
                writer.WriteStartArray("categories");
                foreach (Category category in activity.Categories)
                {
                    writer.WriteStringValue(category.ToString());
                }

                writer.WriteEndArray();
                writer.WriteStartArray("recipients");
                foreach (RecipientDeclaration recipient in activity.Recipients)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", recipient.Name);
                    writer.WriteString("role", recipient.Role.ToString());
                    if (recipient.ProcessingAgreementUntil is { } until)
                    {
                        writer.WriteString("processingAgreementUntil", Date(until));
                    }

                    if (recipient.ThirdCountry is { } country)
                    {
                        writer.WriteString("thirdCountry", country);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("members");
                foreach (ProcessedMember member in activity.Members)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", member.Type.TypeName);
                    writer.WriteString("member", member.Member.Name);
                    writer.WriteString("category", member.Member.Category.ToString());
                    if (member.Member.DeclarationOf(activity.Purpose) is { } own)
                    {
                        writer.WriteString("legalBasis", own.LegalBasis.ToString());
                    }

                    if (member.Retention is { } period)
                    {
                        writer.WriteString("retention", NodaTime.Text.PeriodPattern.NormalizingIso.Format(period));
                        // A member counted from another member: that member's start and words, not the anchor's.
                        bool fromMember = member.Member.RetentionFrom is not null;
                        writer.WriteString("retentionStart", (fromMember ? member.Member.RetentionFromStart : member.Type.RetentionStart).ToString());
                        if ((fromMember ? member.Member.RetentionFromText : member.Type.RetentionAnchorText) is { } moment)
                        {
                            writer.WriteString("retentionFrom", moment.English);
                        }
                    }
                    else
                    {
                        writer.WriteNull("retention");
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("declaredActivities");
            foreach (ProcessingActivityDeclaration declared in options.DeclaredActivities)
            {
                writer.WriteStartObject();
                writer.WriteString("name", declared.Name);
                writer.WriteString("legalBasis", declared.LegalBasis?.ToString());
                writer.WriteString("dataSubjects", declared.DataSubjects);
                writer.WriteString("personalData", declared.PersonalData);
                writer.WriteString("recipients", declared.Recipients);
                writer.WriteString("transfers", declared.Transfers);
                writer.WriteString("retention", declared.Retention);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => $"Record of processing activities ({Activities().Count()} purposes)";

    private static string Set(string? value) => string.IsNullOrWhiteSpace(value) ? "(not set)" : value.Trim();

    /// <summary>Whose data the activity processes: its own categories where the controller states them, else the general ones.</summary>
    private static string DataSubjects(PrivacyPolicyOptions options, Purpose purpose)
        => options.DataSubjectsByPurpose.TryGetValue(purpose, out string? own) && !string.IsNullOrWhiteSpace(own) ? own.Trim()
            : options.DataSubjectCategories.Count == 0 ? "(not set)" : string.Join("; ", options.DataSubjectCategories);

    /// <summary>One activity per purpose that any member is processed for, in the order of <see cref="Purpose"/>.</summary>
    private IEnumerable<Activity> Activities()
    {
        foreach (Purpose purpose in ProcessingInventory.Split((Purpose)int.MaxValue))
        {
            ProcessedMember[] members = _inventory.Members.Where(m => (m.Member.Purposes & purpose) != 0).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            Category[] categories = members.Select(m => m.Member.Category).Distinct().Order().ToArray();
            (Category, string[])[] retention = categories
                .Select(category => (category, members
                    .Where(m => m.Member.Category == category)
                    .Select(m => RetentionText(m, StatementLanguage.English))
                    .Distinct()
                    .Order(StringComparer.Ordinal)
                    .ToArray()))
                .ToArray();
            IReadOnlyList<PurposeDeclaration> declarations = _inventory.Declarations(purpose);
            if (declarations.Count == 0)
            {
                // A hand-made descriptor naming a purpose nothing declares: its number, and no basis to claim.
                continue;
            }

            yield return new Activity(purpose, declarations, categories, _inventory.RecipientsFor(purpose).ToArray(), members, retention);
        }
    }

    /// <summary>A basis in words, with the legitimate interest pursued where that is the basis (GDPR art. 30(1)(b), 13(1)(d)).</summary>
    private static string BasisText(PurposeDeclaration declaration)
        => Of(declaration.LegalBasis, StatementLanguage.English)
           + (InterestOf(declaration, StatementLanguage.English) is { } interest ? " (" + interest + ")" : string.Empty);

    private sealed record Activity(
        Purpose Purpose,
        IReadOnlyList<PurposeDeclaration> Declarations,
        IReadOnlyList<Category> Categories,
        IReadOnlyList<RecipientDeclaration> Recipients,
        IReadOnlyList<ProcessedMember> Members,
        IReadOnlyList<(Category Category, string[] Periods)> Retention);
}
