using System.Collections.Generic;
using Privacy.Policy.Processing;

namespace Privacy.Policy.Tool.Output;

/// <summary>The company's documents, written from the merged catalogs and settings with the package's own renderers.</summary>
internal static class CompanyDocuments
{
    public const string DutchStatement = "privacy-statement.nl.md";
    public const string EnglishStatement = "privacy-statement.en.md";
    public const string RecordMarkdown = "record-of-processing.md";
    public const string RecordJson = "record-of-processing.json";
    public const string Changes = "changes.md";

    /// <summary>Each document's file name and text, in the order changes.md lists them. Line breaks are <c>\n</c>.</summary>
    public static IReadOnlyList<(string File, string Text)> Render(IReadOnlyList<PersonalDataCatalog> catalogs, PrivacyPolicyOptions options)
    {
        PrivacyStatement statement = PrivacyStatement.Create(catalogs, options);
        RecordOfProcessingActivities record = RecordOfProcessingActivities.Create(catalogs, options);
        return
        [
            (DutchStatement, Normalize(statement.ToMarkdown(StatementLanguage.Dutch))),
            (EnglishStatement, Normalize(statement.ToMarkdown(StatementLanguage.English))),
            (RecordMarkdown, Normalize(record.ToMarkdown())),
            (RecordJson, Normalize(record.ToJson())),
        ];
    }

    /// <summary>The same bytes on every operating system, ending in one line break, so the published files diff cleanly.</summary>
    private static string Normalize(string text)
    {
        string normalized = text.ReplaceLineEndings("\n");
        return normalized.EndsWith('\n') ? normalized : normalized + "\n";
    }
}
