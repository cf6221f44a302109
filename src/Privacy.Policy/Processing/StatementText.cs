using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy.Processing;

/// <summary>The words of the statement and the record, in Dutch and English.</summary>
internal static class StatementText
{
    public static string Of(Category category, StatementLanguage language)
        => CategoryRows.Of(category) is { } row ? Pick(row.Dutch, row.English, language) : category.ToString();

    public static string Of(Purpose purpose, StatementLanguage language)
        => PurposeRows.Of(purpose) is { } row ? Pick(row.Dutch, row.English, language) : purpose.ToString();

    /// <summary>How the statement names a declared purpose: its wording, else its name.</summary>
    public static string Of(PurposeDeclaration purpose, StatementLanguage language)
        => (language == StatementLanguage.Dutch ? purpose.Dutch : purpose.English) ?? purpose.Name;

    /// <summary>The legitimate interest in the statement's language; <see langword="null"/> for another basis.</summary>
    public static string? InterestOf(PurposeDeclaration purpose, StatementLanguage language)
        => purpose.LegalBasis != LegalBasis.LegitimateInterest
            ? null
            : language == StatementLanguage.English ? purpose.EnglishInterest ?? purpose.Interest : purpose.Interest;

    /// <summary>Whether the person must provide the data, and what follows if not (GDPR art. 13(2)(e)).</summary>
    public static string Of(ProvisionRequirement requirement, StatementLanguage language) => (requirement, language == StatementLanguage.Dutch) switch
    {
        (ProvisionRequirement.Statutory, true) => "De wet verplicht ons deze gegevens vast te leggen.",
        (ProvisionRequirement.Statutory, false) => "The law requires us to record this data.",
        (ProvisionRequirement.Contractual, true) => "De overeenkomst vraagt deze gegevens: zonder kunnen we de dienst niet leveren.",
        (ProvisionRequirement.Contractual, false) => "The contract requires this data: without it we cannot deliver the service.",
        (ProvisionRequirement.ContractPrerequisite, true) => "Deze gegevens zijn nodig om de overeenkomst te sluiten: zonder kunnen we die niet aangaan.",
        (ProvisionRequirement.ContractPrerequisite, false) => "This data is needed to enter into the contract: without it we cannot conclude it.",
        (_, true) => "Het verstrekken van deze gegevens is geen wettelijke of contractuele verplichting.",
        (_, false) => "Providing this data is not a statutory or contractual requirement.",
    };

    public static string Of(LegalBasis basis, StatementLanguage language)
        => WordingRows.Of(basis) is { } row ? Pick(row.Dutch, row.English, language) : basis.ToString();

    public static string Of(RecipientRole role, StatementLanguage language) => (role, language == StatementLanguage.Dutch) switch
    {
        (RecipientRole.Processor, true) => "Verwerker",
        (RecipientRole.Processor, false) => "Processor",
        (RecipientRole.IndependentController, true) => "Zelfstandig verwerkingsverantwoordelijke",
        (RecipientRole.IndependentController, false) => "Independent controller",
        (RecipientRole.Authority, true) => "Overheidsinstantie",
        (RecipientRole.Authority, false) => "Public authority",
        _ => role.ToString(),
    };

    public static string? Of(DataFormat format, StatementLanguage language)
        => FormatRows.Of(format) is { Dutch: { } dutch, English: { } english } ? Pick(dutch, english, language) : null;

    /// <summary>
    /// A member's retention in words: "7 jaar, vanaf het einde van het boekjaar waarin ze zijn vastgelegd" / "7 years,
    /// from the end of the book year in which it was recorded", or,
    /// when the moment it counts from is named, "1 dag na intrekking van de toestemming" / "1 day after consent is
    /// withdrawn". A member that counts from another member (<see cref="PersonalDataMember.RetentionFrom"/>) is worded
    /// from that member's moment and its own start, never from the record's anchor (GDPR art. 13(2)(a)): "6 maanden na
    /// de factuurdatum", "7 jaar na de laatste incasso, vanaf het einde van dat boekjaar".
    /// </summary>
    public static string RetentionText(ProcessedMember member, StatementLanguage language)
    {
        // Counted from another member: its [RetentionMoment] words, else its start wording. The anchor's words would
        // name a moment the code does not count from. The moment's words name the moment only, as several members can
        // count from it with different starts, so the member's own start follows them.
        bool fromMember = member.Member.RetentionFrom is not null;
        return fromMember
            ? RetentionText(member.Retention, member.Member.RetentionFromStart, member.Member.RetentionFromText, startAfterMoment: true, language)
            : RetentionText(member.Retention, member.Type.RetentionStart, member.Type.RetentionAnchorText, startAfterMoment: false, language);
    }

    /// <summary>
    /// A retention in words: the period, then the moment's words if named, else the start wording. With
    /// <paramref name="startAfterMoment"/>, the start wording follows the moment's words; else they take its place
    /// (an anchor's words are written beside its own <c>Start</c>, so they say it).
    /// </summary>
    public static string RetentionText(Period? period, RetentionStart start, RetentionAnchorText? named, bool startAfterMoment, StatementLanguage language)
    {
        bool dutch = language == StatementLanguage.Dutch;
        if (period is null)
        {
            return dutch ? "Zolang nodig voor het doel" : "As long as the purpose needs it";
        }

        var parts = new List<string>();
        Add(period.Years, "jaar", "jaar", "year", "years");
        Add(period.Months, "maand", "maanden", "month", "months");
        Add(period.Weeks, "week", "weken", "week", "weeks");
        Add(period.Days, "dag", "dagen", "day", "days");
        Add((int)period.Hours, "uur", "uur", "hour", "hours");
        Add((int)period.Minutes, "minuut", "minuten", "minute", "minutes");
        string amount = parts.Count switch
        {
            0 => dutch ? "0 dagen" : "0 days",
            1 => parts[0],
            _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + (dutch ? " en " : " and ") + parts[^1],
        };

        // "From the end of the year" must say which year (art. 13(2)(a)): the book year (PrivacyPolicyOptions.BookYearEnd)
        // in which the data was recorded, or, after a named moment, the book year of that moment.
        string from = start == RetentionStart.EndOfYear
            ? named is null
                ? dutch ? ", vanaf het einde van het boekjaar waarin ze zijn vastgelegd" : ", from the end of the book year in which it was recorded"
                : dutch ? ", vanaf het einde van dat boekjaar" : ", from the end of that book year"
            : WordingRows.Of(start) is { } row ? (dutch ? row.Dutch : row.English) : string.Empty;
        if (named is { } moment)
        {
            return amount + " " + (dutch ? moment.Dutch : moment.English) + (startAfterMoment ? from : string.Empty);
        }

        return amount + from;

        void Add(int value, string dutchOne, string dutchMany, string englishOne, string englishMany)
        {
            if (value != 0)
            {
                string unit = dutch ? (value == 1 ? dutchOne : dutchMany) : (value == 1 ? englishOne : englishMany);
                parts.Add(value.ToString(CultureInfo.InvariantCulture) + " " + unit);
            }
        }
    }

    private static string Pick(string dutch, string english, StatementLanguage language)
        => language == StatementLanguage.Dutch ? dutch : english;

    /// <summary>Text safe in a Markdown table cell: backslashes and pipes escaped, line breaks folded.</summary>
    public static string Cell(string text) => Line(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal));

    /// <summary>Text safe on one Markdown line (a heading, a list item): line breaks folded into spaces.</summary>
    public static string Line(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
