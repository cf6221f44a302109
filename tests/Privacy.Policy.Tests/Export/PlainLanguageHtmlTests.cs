using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// The page reads as plain Dutch and English (GDPR art. 12(1)): purposes, categories, legal bases and retention
/// periods in the vocabulary's words, never enum names or ISO periods; and it shows the recipients, the source,
/// automated decisions and transfer safeguards (art. 15(1)(c), (g), (h), 15(2)).
/// </summary>
public sealed class PlainLanguageHtmlTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public async Task Purposes_categories_and_legal_bases_read_as_words_not_enum_names()
    {
        string html = await RenderAsync(_ => { });

        Assert.Contains("Transport van telefoon- en internetverkeer", html, StringComparison.Ordinal);
        Assert.Contains("Carrying calls and internet traffic", html, StringComparison.Ordinal);
        Assert.Contains("Uitvoering van de overeenkomst", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">ServiceDelivery", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ServiceDelivery,", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Contract<", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Verbruiksgegevens <span class=\"en\">· Usage data</span></h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Type_and_member_names_read_as_words_while_the_json_keeps_them()
    {
        string html = await RenderAsync(_ => { });

        Assert.Contains("<td>Call record</td><td>Called number</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Cell latitude</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>IMSI</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">CalledNumber<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">CallRecord<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Imsi<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CalledNumber", "Called number")]
    [InlineData("CallDetailRecord", "Call detail record")]
    [InlineData("IpAddress", "IP address")]
    [InlineData("IMSINumber", "IMSI number")]
    [InlineData("customerId", "Customer ID")]
    [InlineData("Line2_Start", "Line 2 start")]
    [InlineData("Iban", "IBAN")]
    public void A_CSharp_name_reads_as_words(string name, string words)
        => Assert.Equal(words, SubjectAccessHtml.NameInWords(name));

    [Fact]
    public void A_retention_period_without_an_end_date_reads_in_words()
    {
        const string Export = """
            {"format":"privacy-policy/subject-access-export","version":1,"subject":"C-1","producedAt":"2026-11-29T12:00:00Z",
             "controller":{"name":"Mister Voip","contact":null},"rights":[],
             "recordTypes":[{"type":"X.CellVisit","members":[{"name":"Cell","category":"Location","fideslangKey":"user.location",
               "purposes":["ServiceDelivery"],"legalBases":["Contract"],"retention":"P2Y6M"}],
               "records":[{"values":{"Cell":"204-08-1234"},"keptUntil":{}}]}],
             "purposes":[]}
            """;
        string html = SubjectAccessHtml.Render(Export);

        Assert.Contains("geen einddatum, bewaard: 2 jaar en 6 maanden", html, StringComparison.Ordinal);
        Assert.Contains("no end date, kept: 2 years and 6 months", html, StringComparison.Ordinal);
        Assert.DoesNotContain("P2Y6M", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Locatiegegevens <span class=\"en\">· Location data</span></h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipients_source_automated_decisions_and_safeguards_are_on_the_page()
    {
        string html = await RenderAsync(options =>
        {
            options.Recipients.Add(new RecipientDeclaration("Reparatiedienst BV", RecipientRole.Processor, Purpose.Support)
            {
                ProcessingAgreementUntil = new LocalDate(2030, 1, 1),
            });
            options.Controller.DataSource = "Het nummer dat u belt";
            options.Controller.EnglishDataSource = "The number you call";
            options.Controller.AutomatedDecisionMaking = ControllerOptions.None;
            options.Controller.TransferSafeguards = "EU-modelcontractbepalingen <art. 46>";
        });

        Assert.Contains("<td>Reparatiedienst BV</td><td>Verwerker <span class=\"en\">· Processor</span></td><td>Reparatie en ondersteuning", html, StringComparison.Ordinal);
        Assert.Contains("Het nummer dat u belt <span class=\"en\">· The number you call</span>", html, StringComparison.Ordinal);
        Assert.Contains("Wij nemen geen besluiten over u die uitsluitend geautomatiseerd tot stand komen", html, StringComparison.Ordinal);
        Assert.Contains("EU-modelcontractbepalingen &lt;art. 46&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">none<", html, StringComparison.Ordinal);
    }

    private static async Task<string> RenderAsync(Action<PrivacyPolicyOptions> configure)
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now, configure).BeginExport(stream, "C-100234"))
        {
            export.Add([GeneratedRedactTests.Call()]);
            await export.CompleteAsync();
        }

        return SubjectAccessHtml.Render(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
