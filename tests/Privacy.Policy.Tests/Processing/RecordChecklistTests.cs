using System;
using System.Linq;
using System.Text.RegularExpressions;
using MisterVoip;
using Privacy.Policy.Processing;
using Xunit;

namespace Privacy.Policy.Tests.Processing;

/// <summary>
/// The sample's record of processing activities held to the contents GDPR art. 30(1)(a)-(g) requires. Each element is a
/// named check: a failure names the element and its letter.
/// </summary>
public sealed class RecordChecklistTests
{
    /// <summary>One element of the checklist: what it is, its letter of art. 30(1), and how the Markdown record shows it.</summary>
    private sealed record Element(string Name, string Article, Func<string, bool> Present);

    private static readonly Element[] Checklist =
    [
        new("name and contact details of the controller", "GDPR art. 30(1)(a)", md => HasItem(Header(md), "Controller")),
        new("contact details of the data protection officer", "GDPR art. 30(1)(a)", md => HasItem(Header(md), "Data protection officer")),
        new("the joint controllers, or that there are none", "GDPR art. 30(1)(a), 26", md => HasItem(Header(md), "Joint controllers")),
        new("the controller's representative, or that none is needed", "GDPR art. 30(1)(a), 27", md => HasItem(Header(md), "Representative")),
        new("the purposes of the processing", "GDPR art. 30(1)(b)", md => Activities(md).Length > 0),
        new("categories of data subjects, per activity", "GDPR art. 30(1)(c)", md => Activities(md) is { Length: > 0 } a && a.All(s => HasItem(s, "Categories of data subjects"))),
        new("the called and calling parties among the data subjects of each activity that holds their numbers", "GDPR art. 30(1)(c)", md =>
            Activities(md).Where(s => Regex.IsMatch(s, "\\b(CalledNumber|CallingNumber)\\b")).ToArray() is { Length: > 0 } a
            && a.All(s => Regex.IsMatch(s, "(^|\\n)- Categories of data subjects: [^\\n]*called"))),
        new("categories of personal data, per activity", "GDPR art. 30(1)(c)", md => Activities(md) is { Length: > 0 } a && a.All(s => HasItem(s, "Categories of personal data"))),
        new("categories of recipients, per activity", "GDPR art. 30(1)(d)", md => Activities(md) is { Length: > 0 } a && a.All(s => HasItem(s, "Recipients"))),
        new("transfers to third countries, per activity", "GDPR art. 30(1)(e)", md => Activities(md) is { Length: > 0 } a && a.All(s => HasItem(s, "Transfers to third countries"))),
        new("the safeguards of transfers to third countries, or that there are none", "GDPR art. 30(1)(e), 49(1)", md => HasItem(Header(md), "Transfer safeguards")),
        new("erasure time limits, per activity", "GDPR art. 30(1)(f)", md => Activities(md) is { Length: > 0 } a && a.All(s => Regex.IsMatch(s, "(^|\\n)- Erasure time limits:\\n  - \\S"))),
        new("processing not in code, declared with each element set", "GDPR art. 30(1)(b)-(f)", md =>
            Activities(md).Where(s => s.Contains("(declared, not in code)", StringComparison.Ordinal)).ToArray() is { Length: > 0 } a
            && a.All(s => !s.Contains("(not set)", StringComparison.Ordinal))),
        new("technical and organisational security measures", "GDPR art. 30(1)(g)", md => HasItem(Header(md), "Security measures")),
        new("the record's version and date", "GDPR art. 5(2), 30(3)", md => Regex.IsMatch(Header(md), "(^|\\n)- Version: [^(\\s]\\S*, dated \\d{4}-\\d{2}-\\d{2}\\n")),
    ];

    public static TheoryData<string> Elements()
    {
        var data = new TheoryData<string>();
        foreach (Element element in Checklist)
        {
            data.Add(element.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public void The_sample_record_has(string element)
    {
        Element check = Checklist.Single(e => e.Name == element);
        string markdown = MisterVoipPolicy.Record().ToMarkdown();
        Assert.True(check.Present(markdown), $"The record of processing lacks {check.Name} ({check.Article}).");
    }

    [Fact]
    public void A_record_without_what_the_controller_must_state_fails_the_checklist_naming_each_element()
    {
        // Only the controller's name: no DPO, representative, transfer statement, version or security measures.
        var options = new PrivacyPolicyOptions();
        options.Controller.Name = "Mister Voip Abonnementen BV";
        string markdown = RecordOfProcessingActivities.Create([MisterVoipPolicy.Catalog], options).ToMarkdown();

        string[] missing = Checklist.Where(e => !e.Present(markdown)).Select(e => e.Name + " (" + e.Article + ")").ToArray();

        Assert.Equal(
            [
                "contact details of the data protection officer (GDPR art. 30(1)(a))",
                "the controller's representative, or that none is needed (GDPR art. 30(1)(a), 27)",
                "categories of data subjects, per activity (GDPR art. 30(1)(c))",
                "the called and calling parties among the data subjects of each activity that holds their numbers (GDPR art. 30(1)(c))",
                "the safeguards of transfers to third countries, or that there are none (GDPR art. 30(1)(e), 49(1))",
                "processing not in code, declared with each element set (GDPR art. 30(1)(b)-(f))",
                "technical and organisational security measures (GDPR art. 30(1)(g))",
                "the record's version and date (GDPR art. 5(2), 30(3))",
            ],
            missing);
    }

    /// <summary>The lines before the first activity.</summary>
    private static string Header(string markdown)
    {
        int end = markdown.IndexOf("\n## ", StringComparison.Ordinal);
        return (end < 0 ? markdown : markdown[..end]) + "\n";
    }

    /// <summary>The text of each <c>## activity</c>.</summary>
    private static string[] Activities(string markdown)
        => markdown.Split("\n## ").Skip(1).ToArray();

    /// <summary>A bullet <c>- label: value</c> whose value is set.</summary>
    private static bool HasItem(string section, string label)
        => Regex.IsMatch(section, "(^|\\n)- " + Regex.Escape(label) + ": (?!\\(not set\\))\\S");
}
