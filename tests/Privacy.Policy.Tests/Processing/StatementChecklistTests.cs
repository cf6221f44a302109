using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using MisterVoip;
using Privacy.Policy.Processing;
using Xunit;

namespace Privacy.Policy.Tests.Processing;

/// <summary>
/// The sample's statement, in each language, held to the contents GDPR art. 13 and 14 require (and art. 21(4)'s
/// separate right to object). Each element is a named check: a failure names the element and its article.
/// </summary>
public sealed class StatementChecklistTests
{
    /// <summary>One element of the checklist: what it is, its article, and how each language's statement shows it.</summary>
    private sealed record Element(string Name, string Article, Func<string, StatementLanguage, bool> Present);

    private static readonly Element[] Checklist =
    [
        new("controller identity, brands, postal address and contact", "GDPR art. 13(1)(a)", (md, l) =>
            Section(md, l, "Wie wij zijn", "Who we are") is { } s
            && new[] { "Mister Voip Abonnementen BV", "HostedPBX", "Mister Voip" }.All(name => s.Contains(name, StringComparison.Ordinal))
            && HasItem(s, l, "Postadres", "Postal address") && HasItem(s, l, "Contact", "Contact")),
        new("contact details of the data protection officer", "GDPR art. 13(1)(b)", (md, l) =>
            Section(md, l, "Wie wij zijn", "Who we are") is { } s && HasItem(s, l, "Functionaris gegevensbescherming", "Data protection officer")),
        new("purposes and their legal basis", "GDPR art. 13(1)(c)", (md, l) =>
            Bullets(Section(md, l, "Doelen en grondslagen", "Purposes and legal bases")) is { Length: > 0 } items
            && items.All(item => Bases(l).Any(basis => item.Contains("**: " + basis, StringComparison.Ordinal)))),
        new("the legitimate interest of each purpose that rests on one", "GDPR art. 13(1)(d)", (md, l) =>
            Bullets(Section(md, l, "Doelen en grondslagen", "Purposes and legal bases")) is var items
            && items.Any(item => item.Contains(Pick(l, "Gerechtvaardigd belang", "Legitimate interest"), StringComparison.Ordinal))
            && items.Where(item => item.Contains(Pick(l, "Gerechtvaardigd belang", "Legitimate interest"), StringComparison.Ordinal))
                .All(item => Regex.IsMatch(item, Pick(l, "belang, namelijk: \\S", "interest, namely: \\S")))),
        new("recipients or categories of recipients", "GDPR art. 13(1)(e)", (md, l) =>
            Section(md, l, "Gegevensverwerking door derden", "Disclosure to third parties") is { } s
            && (s.Contains(Pick(l, "| Ontvanger |", "| Recipient |"), StringComparison.Ordinal)
                || s.Contains(Pick(l, "Er zijn geen ontvangers.", "There are no recipients."), StringComparison.Ordinal))),
        new("transfers to third countries and their safeguards, or that there are none", "GDPR art. 13(1)(f)", (md, l) =>
            Section(md, l, "Doorgifte buiten de EER", "Transfers outside the EEA") is { Length: > 0 }),
        new("retention period or the criteria for it", "GDPR art. 13(2)(a)", (md, l) =>
            Bullets(Section(md, l, "Bewaartermijnen", "Retention")).Length > 0),
        new("the rights of access, rectification, erasure, restriction, objection and portability", "GDPR art. 13(2)(b)", (md, l) =>
            Section(md, l, "Uw rechten", "Your rights") is { } s
            && Pick<string[]>(l, ["inzage", "correctie", "verwijdering", "beperking", "bezwaar", "overdraagbaarheid"], ["see your data", "corrected", "erased", "restrict", "object", "portability"])
                .All(right => s.Contains(right, StringComparison.Ordinal))),
        new("a proportionate identity check: portal or known contact details first, an identity copy last and blacked out", "GDPR art. 12(6), UAVG art. 46", (md, l) =>
            Section(md, l, "Uw rechten", "Your rights") is { } s
            && Pick<string[]>(l,
                ["AVG artikel 12, lid 6", "klantportaal", "e-mailadres of telefoonnummer dat we al van u hebben", "Alleen als dat niet kan", "MRZ", "documentnummer", "BSN", "artikel 46 Uitvoeringswet AVG", "wissen de kopie"],
                ["GDPR art. 12(6)", "customer portal", "e-mail address or phone number we already have", "Only when that cannot work", "MRZ", "document number", "BSN", "UAVG, art. 46", "erase the copy"])
                .All(part => s.Contains(part, StringComparison.Ordinal))),
        new("the right to withdraw consent at any time", "GDPR art. 13(2)(c)", (md, l) =>
            Section(md, l, "Uw rechten", "Your rights") is { } s
            && s.Contains(Pick(l, "toestemming altijd intrekken", "withdraw that consent at any time"), StringComparison.Ordinal)),
        new("the right to lodge a complaint with the supervisory authority", "GDPR art. 13(2)(d)", (md, l) =>
            Section(md, l, "Klachten", "Complaints") is { } s && s.Contains("Autoriteit Persoonsgegevens", StringComparison.Ordinal)),
        new("whether providing the data is a statutory or contractual requirement", "GDPR art. 13(2)(e)", (md, l) =>
            Bullets(Section(md, l, "Doelen en grondslagen", "Purposes and legal bases")) is { Length: > 0 } items
            && items.All(item => Regex.IsMatch(item, Pick(l,
                "De wet verplicht ons|De overeenkomst vraagt deze gegevens|nodig om de overeenkomst te sluiten|geen wettelijke of contractuele verplichting",
                "The law requires us|The contract requires this data|needed to enter into the contract|not a statutory or contractual requirement")))),
        new("automated decision-making, including profiling", "GDPR art. 13(2)(f)", (md, l) =>
            Section(md, l, "Geautomatiseerde besluiten", "Automated decisions") is { } s
            && s.Contains(Pick(l, "profilering", "profiling"), StringComparison.Ordinal)),
        new("the source of data not obtained from the person", "GDPR art. 14(2)(f)", (md, l) =>
            Section(md, l, "Gegevens die we niet van u kregen", "Data we did not get from you") is { Length: > 0 }),
        new("the right to object, shown apart from other information", "GDPR art. 21(4)", (md, l) =>
            Section(md, l, "Recht van bezwaar", "Right to object") is { } s && s.Contains(Pick(l, "bezwaar", "object"), StringComparison.Ordinal)),
        new("disclosure on lawful demand of a competent authority", "Telecommunicatiewet ch. 13, Sv art. 126n ff.", (md, l) =>
            Section(md, l, "Gegevensverwerking door derden", "Disclosure to third parties") is { } s && s.Contains("126n", StringComparison.Ordinal)),
        new("which year a retention counted from the end of a year starts from", "GDPR art. 13(2)(a)", (md, l) =>
            !md.Contains(Pick(l, "vanaf het einde van het jaar", "from the end of the year"), StringComparison.Ordinal)),
        new("the security section in the statement's own language", "GDPR art. 12(1)", (md, l) =>
            l == StatementLanguage.Dutch || Section(md, l, "Beveiliging", "Security") is not { } s || !Regex.IsMatch(s, "\\b(de|het|een|van|onze|zijn)\\b")),
        new("public authorities shown only as receiving data on a lawful demand", "GDPR art. 4(9)", (md, l) =>
            !Regex.IsMatch(md, "\\| Belastingdienst( \\||,|$)", RegexOptions.Multiline)
            && !md.Contains(Pick(l, "| Overheidsinstantie |", "| Public authority |"), StringComparison.Ordinal)),
        new("the statement's version and date", "GDPR art. 12(1), 5(2)", (md, l) =>
            Regex.IsMatch(md, Pick(l, "\\nVersie \\S+, geldig vanaf \\d{4}-\\d{2}-\\d{2}\\n", "\\nVersion \\S+, in effect from \\d{4}-\\d{2}-\\d{2}\\n"))),
    ];

    public static TheoryData<StatementLanguage, string> Elements()
    {
        var data = new TheoryData<StatementLanguage, string>();
        foreach (StatementLanguage language in new[] { StatementLanguage.Dutch, StatementLanguage.English })
        {
            foreach (Element element in Checklist)
            {
                data.Add(language, element.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public void The_sample_statement_has(StatementLanguage language, string element)
    {
        Element check = Checklist.Single(e => e.Name == element);
        string markdown = MisterVoipPolicy.Statement().ToMarkdown(language);
        Assert.True(check.Present(markdown, language), $"The {language} statement lacks {check.Name} ({check.Article}).");
    }

    [Theory]
    [InlineData(StatementLanguage.Dutch)]
    [InlineData(StatementLanguage.English)]
    public void A_statement_without_what_the_controller_must_state_fails_the_checklist_naming_each_element(StatementLanguage language)
    {
        // Only the controller's name: no brands, address, DPO, transfer statement, automated-decision statement, source or version.
        var options = new PrivacyPolicyOptions();
        options.Controller.Name = "Mister Voip Abonnementen BV";
        string markdown = PrivacyStatement.Create([MisterVoipPolicy.Catalog], options).ToMarkdown(language);

        string[] missing = Checklist.Where(e => !e.Present(markdown, language)).Select(e => e.Article).ToArray();

        Assert.Equal(["GDPR art. 13(1)(a)", "GDPR art. 13(1)(b)", "GDPR art. 13(1)(f)", "GDPR art. 13(2)(f)", "GDPR art. 14(2)(f)", "GDPR art. 12(1), 5(2)"], missing);
    }

    /// <summary>The text under a <c>## heading</c>, up to the next; <see langword="null"/> when there is no such section.</summary>
    private static string? Section(string markdown, StatementLanguage language, string dutch, string english)
    {
        string heading = "\n## " + Pick(language, dutch, english) + "\n";
        int start = markdown.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += heading.Length;
        int end = markdown.IndexOf("\n## ", start, StringComparison.Ordinal);
        return (end < 0 ? markdown[start..] : markdown[start..end]).Trim();
    }

    private static string[] Bullets(string? section)
        => section is null ? [] : section.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)).ToArray();

    private static bool HasItem(string section, StatementLanguage language, string dutch, string english)
        => Regex.IsMatch(section, "(^|\\n)- " + Regex.Escape(Pick(language, dutch, english)) + ": \\S");

    private static IEnumerable<string> Bases(StatementLanguage language) => Pick<string[]>(language,
        ["Uitvoering van de overeenkomst", "Wettelijke verplichting", "Toestemming", "Gerechtvaardigd belang", "Vitaal belang", "Algemeen belang"],
        ["Performance of the contract", "Legal obligation", "Consent", "Legitimate interest", "Vital interest", "Public interest"]);

    private static T Pick<T>(StatementLanguage language, T dutch, T english) => language == StatementLanguage.Dutch ? dutch : english;
}
