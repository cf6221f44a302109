using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Processing;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy;

/// <summary>
/// Renders a subject-access export as one self-contained HTML page for the person who asked: no scripts, no external
/// resources, every value HTML-encoded, values grouped by category, labels in Dutch and English.
/// </summary>
public static class SubjectAccessHtml
{
    // An export nests values up to 64 levels, each at most two JSON levels (a collection and its object), inside six
    // levels of its own: deeper than the reader's default of 64.
    private static readonly JsonDocumentOptions ExportDepth = new() { MaxDepth = 256 };

    private static readonly Dictionary<string, (string Dutch, string English)> Rights = new()
    {
        ["access"] = ("Inzage", "Access"),
        ["rectification"] = ("Correctie", "Rectification"),
        ["erasure"] = ("Verwijdering (vergetelheid)", "Erasure"),
        ["restriction"] = ("Beperking van de verwerking", "Restriction of processing"),
        ["portability"] = ("Overdraagbaarheid", "Portability"),
        ["objection"] = ("Bezwaar", "Objection"),
        ["complaint"] = ("Klacht bij de toezichthouder", "Complaint to the supervisory authority"),
    };

    /// <summary>Renders the export read from <paramref name="exportJson"/> into <paramref name="html"/>.</summary>
    /// <param name="exportJson">A subject-access export, as <see cref="SubjectAccessExport"/> wrote it.</param>
    /// <param name="html">Where the page goes, UTF-8.</param>
    /// <param name="cancellationToken">Stops the rendering.</param>
    /// <returns>A task that completes when the page is written.</returns>
    public static async Task RenderAsync(Stream exportJson, Stream html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exportJson);
        ArgumentNullException.ThrowIfNull(html);
        using JsonDocument document = await JsonDocument.ParseAsync(exportJson, ExportDepth, cancellationToken).ConfigureAwait(false);
        byte[] page = Encoding.UTF8.GetBytes(Render(document.RootElement));
        await html.WriteAsync(page, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders an export to an HTML page.</summary>
    /// <param name="exportJson">A subject-access export, as <see cref="SubjectAccessExport"/> wrote it.</param>
    /// <returns>The page.</returns>
    public static string Render(string exportJson)
    {
        ArgumentNullException.ThrowIfNull(exportJson);
        using JsonDocument document = JsonDocument.Parse(exportJson, ExportDepth);
        return Render(document.RootElement);
    }

    private static string Render(JsonElement root)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        page.Append("<title>Uw persoonsgegevens · Your personal data</title>\n");
        page.Append("<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}")
            .Append("th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f3f3f3}.en{color:#555;font-style:italic}</style>\n");
        page.Append("</head>\n<body>\n");
        page.Append("<h1>Uw persoonsgegevens <span class=\"en\">· Your personal data</span></h1>\n");

        JsonElement controller = root.GetProperty("controller");
        page.Append("<p>").Append(Label("Klantnummer", "Customer id")).Append(": ").Append(Encode(root.GetProperty("subject").GetString())).Append("<br>\n")
            .Append(Label("Opgesteld op", "Produced at")).Append(": ").Append(Encode(root.GetProperty("producedAt").GetString())).Append("<br>\n")
            .Append(Label("Verwerkingsverantwoordelijke", "Controller")).Append(": ").Append(Encode(Text(controller.GetProperty("name"))))
            .Append(" (").Append(Encode(Text(controller.GetProperty("contact")))).Append(")</p>\n");

        if (root.TryGetProperty("mode", out JsonElement mode) && mode.ValueEquals("portability"))
        {
            page.Append("<p>").Append(Label(
                "Dit zijn de gegevens die u ons zelf gaf of die ontstonden door uw gebruik van onze diensten, verwerkt met uw toestemming of voor de overeenkomst, om mee te nemen naar een andere aanbieder (AVG art. 20).",
                "This is the data you gave us or that arose from your use of our services, processed with your consent or for the contract, to take to another provider (GDPR art. 20).")).Append("</p>\n");
        }

        // A restricted subject's data is kept but not processed (GDPR art. 18(1)): the page says so before the data.
        if (root.TryGetProperty("restricted", out JsonElement restricted) && restricted.ValueKind == JsonValueKind.True)
        {
            page.Append("<h2>").Append(Label("Beperking van de verwerking", "Restriction of processing")).Append("</h2>\n<p>");
            if (root.TryGetProperty("restriction", out JsonElement restriction))
            {
                page.Append(Label(Text(restriction.GetProperty("nl")), Text(restriction.GetProperty("en"))))
                    .Append(" (").Append(Encode(Text(restriction.GetProperty("article")))).Append(')');
            }
            else
            {
                page.Append(Label("De verwerking van uw gegevens is beperkt (AVG artikel 18).", "The processing of your data is restricted (GDPR art. 18)."));
            }

            page.Append("</p>\n");
        }

        page.Append("<h2>").Append(Label("Uw rechten", "Your rights")).Append("</h2>\n<ul>\n");
        foreach (JsonElement right in root.GetProperty("rights").EnumerateArray())
        {
            string name = right.GetProperty("right").GetString() ?? string.Empty;
            (string dutch, string english) = Rights.TryGetValue(name, out var labels) ? labels : (name, name);
            page.Append("<li>").Append(Label(dutch, english)).Append(" (").Append(Encode(right.GetProperty("article").GetString()));
            if (right.TryGetProperty("authority", out JsonElement authority))
            {
                page.Append(", ").Append(Encode(authority.GetString()));
            }

            page.Append(")</li>\n");
        }

        page.Append("</ul>\n");

        // Group every value by its member's category, in the order of the categories.
        var rows = new Dictionary<string, List<string>>();
        foreach (JsonElement recordType in root.GetProperty("recordTypes").EnumerateArray())
        {
            string type = recordType.GetProperty("type").GetString() ?? string.Empty;
            string shortType = TypeInWords(type);
            var members = recordType.GetProperty("members").EnumerateArray().ToDictionary(member => member.GetProperty("name").GetString() ?? string.Empty);
            foreach (JsonElement record in recordType.GetProperty("records").EnumerateArray())
            {
                JsonElement keptUntil = record.GetProperty("keptUntil");
                foreach (JsonProperty value in record.GetProperty("values").EnumerateObject())
                {
                    if (!members.TryGetValue(value.Name, out JsonElement member))
                    {
                        continue;
                    }

                    string category = member.GetProperty("category").GetString() ?? string.Empty;
                    string until = KeptUntil(keptUntil, value.Name, member.GetProperty("retention"));
                    if (record.TryGetProperty("pastRetention", out JsonElement past) && past.EnumerateArray().Any(name => name.ValueEquals(value.Name)))
                    {
                        until += Encode(" (bewaartermijn verstreken · retention period has passed)");
                    }

                    var row = new StringBuilder("<tr><td>")
                        .Append(Encode(shortType)).Append("</td><td>").Append(Encode(NameInWords(value.Name))).Append("</td><td>")
                        .Append(Encode(Text(value.Value))).Append(Shielded(member)).Append("</td><td>")
                        .Append(Words(member.GetProperty("purposes"), PurposeWords)).Append("</td><td>")
                        .Append(Words(member.GetProperty("legalBases"), LegalBasisWords)).Append("</td><td>")
                        .Append(until).Append("</td></tr>\n");
                    if (!rows.TryGetValue(category, out List<string>? list))
                    {
                        rows[category] = list = [];
                    }

                    list.Add(row.ToString());
                }
            }
        }

        // The categories in the vocabulary's order and words, as the privacy statement names them (GDPR art. 12(1)).
        foreach (CategoryRow category in CategoryRows.All)
        {
            if (!rows.TryGetValue(category.Name, out List<string>? list))
            {
                continue;
            }

            page.Append("<h2>").Append(Label(category.Dutch, category.English)).Append("</h2>\n<table>\n<tr><th>")
                .Append(Label("Soort", "Kind")).Append("</th><th>").Append(Label("Gegeven", "Item")).Append("</th><th>")
                .Append(Label("Waarde", "Value")).Append("</th><th>").Append(Label("Doelen", "Purposes")).Append("</th><th>")
                .Append(Label("Grondslag", "Legal basis")).Append("</th><th>").Append(Label("Bewaard tot", "Kept until")).Append("</th></tr>\n");
            foreach (string row in list)
            {
                page.Append(row);
            }

            page.Append("</table>\n");
        }

        WriteCoverage(page, root);
        WriteControllerStatements(page, root);
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>
    /// The date a value is kept until; without one (the record has no anchor, or the end lies past the calendar, as from
    /// an open contract's sentinel 9999-12-31) the page says there is no end date and gives the period, never the bare
    /// period as if it were a date.
    /// </summary>
    private static string KeptUntil(JsonElement keptUntil, string member, JsonElement retention)
    {
        if (keptUntil.ValueKind == JsonValueKind.Object && keptUntil.TryGetProperty(member, out JsonElement date))
        {
            return Encode(date.GetString());
        }

        if (retention.ValueKind != JsonValueKind.String)
        {
            return string.Empty;
        }

        // The period in words ("2 jaar · 2 years"), as the privacy statement gives it; an ISO period a reader cannot
        // parse ("P2Y") only when it is not one this library wrote.
        string iso = retention.GetString() ?? string.Empty;
        ParseResult<Period> parsed = PeriodPattern.NormalizingIso.Parse(iso);
        (string dutch, string english) = parsed.Success
            ? (StatementText.RetentionText(parsed.Value, RetentionStart.AtAnchor, null, false, StatementLanguage.Dutch),
               StatementText.RetentionText(parsed.Value, RetentionStart.AtAnchor, null, false, StatementLanguage.English))
            : (iso, iso);
        return Label($"geen einddatum, bewaard: {dutch}", $"no end date, kept: {english}");
    }

    /// <summary>
    /// The words of a member's purposes or legal bases, in Dutch and English; a name the vocabulary does not know (a
    /// company purpose) as written.
    /// </summary>
    private static string Words(JsonElement names, Func<string, (string Dutch, string English)> words)
    {
        var dutch = new List<string>();
        var english = new List<string>();
        foreach (JsonElement name in names.EnumerateArray())
        {
            (string nl, string en) = words(name.GetString() ?? string.Empty);
            dutch.Add(nl);
            english.Add(en);
        }

        return dutch.Count == 0 ? string.Empty : Label(string.Join("; ", dutch), string.Join("; ", english));
    }

    /// <summary>
    /// Why a value is shown redacted (GDPR art. 15(4): it is someone else's data too), after the value; nothing for a
    /// member that is not shielded.
    /// </summary>
    private static string Shielded(JsonElement member)
        => member.TryGetProperty("shielded", out JsonElement reason)
            ? " (" + Label("afgeschermd", "shielded") + ": " + Encode(reason.GetString()) + ")"
            : string.Empty;

    private static (string Dutch, string English) PurposeWords(string name)
        => Enum.TryParse(name, ignoreCase: false, out Purpose purpose) && Enum.IsDefined(purpose) && PurposeRows.Of(purpose) is { } row
            ? (row.Dutch, row.English)
            : (name, name);

    private static (string Dutch, string English) LegalBasisWords(string name)
        => Enum.TryParse(name, ignoreCase: false, out LegalBasis basis) && Enum.IsDefined(basis) && WordingRows.Of(basis) is { } row
            ? (row.Dutch, row.English)
            : (name, name);

    /// <summary>
    /// Which kinds of records the answer covers (GDPR art. 15(1)): each type added, and each declared not held with the
    /// reason, so the person sees what was looked at and not only what was found. Absent from exports made before it.
    /// </summary>
    private static void WriteCoverage(StringBuilder page, JsonElement root)
    {
        if (!root.TryGetProperty("coverage", out JsonElement coverage))
        {
            return;
        }

        page.Append("<h2>").Append(Label("Wat dit overzicht omvat", "What this overview covers")).Append("</h2>\n<ul>\n");
        foreach (JsonElement entry in coverage.GetProperty("types").EnumerateArray())
        {
            string type = entry.GetProperty("type").GetString() ?? string.Empty;
            page.Append("<li>").Append(Encode(TypeInWords(type))).Append(": ");
            if (entry.TryGetProperty("reason", out JsonElement reason))
            {
                page.Append(Label("niet over u bewaard", "none held about you")).Append(" (").Append(Encode(reason.GetString())).Append(')');
            }
            else
            {
                page.Append(Label("opgenomen", "included"));
            }

            page.Append("</li>\n");
        }

        page.Append("</ul>\n");
    }

    /// <summary>
    /// Who receives the data (GDPR art. 15(1)(c)), where data not from the person comes from (15(1)(g)), automated
    /// decisions (15(1)(h)) and transfer safeguards (15(2)): each when the export has it, absent from older exports.
    /// </summary>
    private static void WriteControllerStatements(StringBuilder page, JsonElement root)
    {
        if (root.TryGetProperty("recipients", out JsonElement recipients))
        {
            page.Append("<h2>").Append(Label("Ontvangers", "Recipients")).Append("</h2>\n<table>\n<tr><th>")
                .Append(Label("Ontvanger", "Recipient")).Append("</th><th>").Append(Label("Rol", "Role")).Append("</th><th>")
                .Append(Label("Doelen", "Purposes")).Append("</th><th>").Append(Label("Land buiten de EER", "Country outside the EEA")).Append("</th></tr>\n");
            foreach (JsonElement recipient in recipients.EnumerateArray())
            {
                string role = recipient.GetProperty("role").GetString() ?? string.Empty;
                (string dutchRole, string englishRole) = Enum.TryParse(role, ignoreCase: false, out RecipientRole parsed) && Enum.IsDefined(parsed)
                    ? (StatementText.Of(parsed, StatementLanguage.Dutch), StatementText.Of(parsed, StatementLanguage.English))
                    : (role, role);
                page.Append("<tr><td>").Append(Encode(recipient.GetProperty("name").GetString())).Append("</td><td>")
                    .Append(Label(dutchRole, englishRole)).Append("</td><td>")
                    .Append(Words(recipient.GetProperty("purposes"), PurposeWords)).Append("</td><td>")
                    .Append(recipient.TryGetProperty("thirdCountry", out JsonElement country) ? Encode(country.GetString()) : string.Empty)
                    .Append("</td></tr>\n");
            }

            page.Append("</table>\n");
        }

        // The disclosures actually made (art. 15(1)(c)), beside the recipients that may receive data.
        if (root.TryGetProperty("disclosures", out JsonElement disclosures))
        {
            page.Append("<h2>").Append(Label("Aan wie uw gegevens zijn verstrekt", "Who your data was disclosed to")).Append("</h2>\n<table>\n<tr><th>")
                .Append(Label("Ontvanger", "Recipient")).Append("</th><th>").Append(Label("Doel", "Purpose")).Append("</th><th>")
                .Append(Label("Wanneer", "When")).Append("</th><th>").Append(Label("Soort", "Kind")).Append("</th><th>")
                .Append(Label("Gegevens", "Items")).Append("</th></tr>\n");
            foreach (JsonElement disclosure in disclosures.EnumerateArray())
            {
                string purpose = disclosure.TryGetProperty("purpose", out JsonElement named)
                    ? Label(PurposeWords(named.GetString() ?? string.Empty).Dutch, PurposeWords(named.GetString() ?? string.Empty).English)
                    : Label("op uw eigen verzoek", "at your own request");
                string type = disclosure.GetProperty("type").GetString() ?? string.Empty;
                page.Append("<tr><td>").Append(Encode(disclosure.GetProperty("recipient").GetString())).Append("</td><td>")
                    .Append(purpose).Append("</td><td>")
                    .Append(Encode(disclosure.GetProperty("at").GetString())).Append("</td><td>")
                    .Append(Encode(TypeInWords(type))).Append("</td><td>")
                    .Append(Encode(string.Join(", ", disclosure.GetProperty("members").EnumerateArray().Select(member => PathInWords(member.GetString() ?? string.Empty))))).Append("</td></tr>\n");
            }

            page.Append("</table>\n");
        }

        if (root.TryGetProperty("source", out JsonElement source))
        {
            page.Append("<h2>").Append(Label("Herkomst van gegevens die niet van u komen", "Where data not from you comes from")).Append("</h2>\n<p>")
                .Append(Encode(source.GetProperty("nl").GetString())).Append(" <span class=\"en\">· ")
                .Append(Encode(source.GetProperty("en").GetString())).Append("</span></p>\n");
        }

        Statement(
            "automatedDecisionMaking",
            ("Geautomatiseerde besluitvorming", "Automated decision-making"),
            ("Wij nemen geen besluiten over u die uitsluitend geautomatiseerd tot stand komen, profilering inbegrepen.", "We take no decisions about you by automated means alone, profiling included."));
        Statement(
            "transferSafeguards",
            ("Doorgifte buiten de EER", "Transfers outside the EEA"),
            ("Wij geven uw gegevens niet door naar landen buiten de Europese Economische Ruimte.", "We do not transfer your data to countries outside the European Economic Area."));

        void Statement(string property, (string Dutch, string English) heading, (string Dutch, string English) none)
        {
            if (!root.TryGetProperty(property, out JsonElement value))
            {
                return;
            }

            string text = value.GetString() ?? string.Empty;
            page.Append("<h2>").Append(Label(heading.Dutch, heading.English)).Append("</h2>\n<p>")
                .Append(text == ControllerOptions.None ? Label(none.Dutch, none.English) : Encode(text)).Append("</p>\n");
        }
    }

    /// <summary>
    /// Identifiers a person reads as words, in whatever case they are written: the page shows <c>IpAddress</c> as
    /// "IP address", never "Ip address".
    /// </summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bsn", "iban", "iccid", "id", "imei", "imsi", "ip", "mac", "pin", "sim", "sms", "url", "voip",
    };

    /// <summary>A record type's name in words ("Call detail record"), from its full name, without namespace or holder.</summary>
    private static string TypeInWords(string type)
    {
        string name = type[(type.LastIndexOfAny(['.', '+']) + 1)..];
        int generic = name.IndexOf('`', StringComparison.Ordinal);
        return NameInWords(generic < 0 ? name : name[..generic]);
    }

    /// <summary>A member path in words, a level per segment ("Device › IMEI").</summary>
    private static string PathInWords(string path) => string.Join(" › ", path.Split('.').Select(NameInWords));

    /// <summary>
    /// A C# name in words, as a person reads it (GDPR art. 12(1), plain language): <c>CalledNumber</c> becomes "Called
    /// number", <c>IMSINumber</c> "IMSI number", <c>Line_2</c> "Line 2". The export's JSON keeps the names as they are.
    /// </summary>
    internal static string NameInWords(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c is '_' or ' ' or '-')
            {
                Flush();
                continue;
            }

            // A word begins at a capital after a lower-case letter or a digit ("calledNumber"), at the last capital of a
            // run followed by a lower-case letter ("IMSINumber"), and where letters and digits meet ("Line2").
            if (word.Length > 0)
            {
                char previous = name[i - 1];
                bool next = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && next)))
                    || (char.IsDigit(c) != char.IsDigit(previous)))
                {
                    Flush();
                }
            }

            word.Append(c);
        }

        Flush();
        if (words.Count == 0)
        {
            return name;
        }

        string text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];

        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }

            string w = word.ToString();
            word.Clear();
            words.Add(Abbreviations.Contains(w) || (w.Length > 1 && w.All(char.IsUpper)) ? w.ToUpperInvariant() : w.ToLowerInvariant());
        }
    }

    private static string Label(string dutch, string english)
        => Encode(dutch) + " <span class=\"en\">· " + Encode(english) + "</span>";

    private static string Text(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString() ?? string.Empty;
            case JsonValueKind.Null:
                return string.Empty;
            default:
                // Nested values as JSON, without the \u escapes a browser-safe writer adds: the page encodes them.
                using (var buffer = new MemoryStream())
                {
                    using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    {
                        WriteReadable(writer, value);
                    }

                    return Encoding.UTF8.GetString(buffer.ToArray());
                }
        }
    }

    /// <summary>
    /// Writes a nested value as JSON, with the export's graph markers in words a reader understands: a back-reference
    /// (<c>{"$backReference": n}</c>) points to the value it repeats, a cut-off (<c>{"$truncated": true}</c>) says so.
    /// </summary>
    private static void WriteReadable(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when IsMarker(value, "$backReference", out JsonElement levels):
                writer.WriteStringValue($"↑ zie {levels.GetRawText()} niveau(s) hoger · see {levels.GetRawText()} level(s) up");
                break;
            case JsonValueKind.Object when IsMarker(value, "$truncated", out _):
                writer.WriteStringValue("… te diep genest, afgekapt · nested too deep, cut off");
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteReadable(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement element in value.EnumerateArray())
                {
                    WriteReadable(writer, element);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private static bool IsMarker(JsonElement value, string name, out JsonElement marker)
    {
        marker = default;
        using JsonElement.ObjectEnumerator properties = value.EnumerateObject();
        return properties.MoveNext() && properties.Current.Name == name && (marker = properties.Current.Value).ValueKind != JsonValueKind.Undefined && !properties.MoveNext();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
