using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>Subject-access exports (GDPR art. 15 and 20): what they contain, what they leave out, and their schema.</summary>
public sealed class SubjectAccessExportTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    /// <summary>The export schema, loaded once: JsonSchema.Net registers a schema by its id, once per process.</summary>
    internal static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "subject-access-export.schema.json"))));

    [Fact]
    public async Task An_export_holds_the_header_every_exportable_value_and_its_meaning()
    {
        JsonDocument export = await ExportAsync(export =>
        {
            export.Add([GeneratedRedactTests.Call()]);
            export.Add([Session()]);
        });

        JsonElement root = export.RootElement;
        Assert.Equal("C-100234", root.GetProperty("subject").GetString());
        Assert.Equal("2026-11-29T12:00:00Z", root.GetProperty("producedAt").GetString());
        Assert.Equal("MisterVoip B.V.", root.GetProperty("controller").GetProperty("name").GetString());
        Assert.Contains(root.GetProperty("rights").EnumerateArray(), right => right.GetProperty("right").GetString() == "complaint" && right.GetProperty("authority").GetString() == "Autoriteit Persoonsgegevens");

        JsonElement calls = root.GetProperty("recordTypes")[0];
        Assert.Equal("Privacy.Policy.Tests.Domain.CallRecord", calls.GetProperty("type").GetString());
        JsonElement calledNumber = calls.GetProperty("members").EnumerateArray().Single(member => member.GetProperty("name").GetString() == "CalledNumber");
        Assert.Equal("Usage", calledNumber.GetProperty("category").GetString());
        Assert.Equal("user.behavior.traffic_data", calledNumber.GetProperty("fideslangKey").GetString());
        Assert.Equal(["Billing", "Bookkeeping"], calledNumber.GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetString()));
        Assert.Equal(["Contract", "LegalObligation"], calledNumber.GetProperty("legalBases").EnumerateArray().Select(basis => basis.GetString()));
        Assert.Equal("P7Y", calledNumber.GetProperty("retention").GetString());

        JsonElement record = calls.GetProperty("records")[0];
        JsonElement values = record.GetProperty("values");
        Assert.Equal("+31 20 555 0199", values.GetProperty("CalledNumber").GetString());
        Assert.Equal("2026-03-14T15:09:26Z", values.GetProperty("CallStart").GetString());
        Assert.Equal("PT12M34S", values.GetProperty("Duration").GetString());
        Assert.Equal(52.37403, values.GetProperty("CellLatitude").GetDouble());
        Assert.Equal(["0687654321", "not a number"], values.GetProperty("ForwardedTo").EnumerateArray().Select(number => number.GetString()));
        Assert.False(values.TryGetProperty("TariffPlanId", out _));
        Assert.Equal("2033-03-14T15:09:26Z", record.GetProperty("keptUntil").GetProperty("CalledNumber").GetString());

        JsonElement session = root.GetProperty("recordTypes")[1].GetProperty("records")[0].GetProperty("values");
        Assert.Equal("jan1970", session.GetProperty("UserName").GetString());
        Assert.False(session.TryGetProperty("Password", out _));
        Assert.Equal(["ps-a", "ps-b"], session.GetProperty("PreviousAddresses").EnumerateArray().Select(address => address.GetString()));

        Assert.Contains(root.GetProperty("purposes").EnumerateArray(), purpose => purpose.GetProperty("purpose").GetString() == "Bookkeeping" && purpose.GetProperty("legalBasis").GetString() == "LegalObligation");
    }

    [Fact]
    public async Task An_export_names_company_purposes_member_bases_and_interests_and_stays_valid()
    {
        JsonDocument export = await ExportAsync(export => export.Add([new CellVisit
        {
            CustomerId = "C-100234",
            At = Now,
            Cell = "204-08-1234-56789",
            BillingAddress = "Damrak 1, Amsterdam",
            DeviceFingerprint = "fp-1",
        }]));

        JsonElement members = export.RootElement.GetProperty("recordTypes")[0].GetProperty("members");
        JsonElement cell = members.EnumerateArray().Single(member => member.GetProperty("name").GetString() == "Cell");
        Assert.Equal(["ServiceDelivery", "NetworkPlanning"], cell.GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetString()));
        Assert.Equal(["Het netwerk uitbreiden waar het verkeer dat vraagt"], cell.GetProperty("legitimateInterests").EnumerateArray().Select(interest => interest.GetString()));
        JsonElement address = members.EnumerateArray().Single(member => member.GetProperty("name").GetString() == "BillingAddress");
        Assert.Equal(["LegitimateInterest"], address.GetProperty("legalBases").EnumerateArray().Select(basis => basis.GetString()));

        JsonElement[] purposes = export.RootElement.GetProperty("purposes").EnumerateArray().ToArray();
        JsonElement planning = Assert.Single(purposes, purpose => purpose.GetProperty("purpose").GetString() == "NetworkPlanning");
        Assert.Equal("LegitimateInterest", planning.GetProperty("legalBasis").GetString());
        Assert.False(planning.TryGetProperty("fideslangDataUse", out _));
        JsonElement billing = Assert.Single(purposes, purpose => purpose.GetProperty("purpose").GetString() == "Billing");
        Assert.Equal("LegitimateInterest", billing.GetProperty("legalBasis").GetString());
        Assert.Equal("Vorderingen na afloop van het contract kunnen instellen", billing.GetProperty("interest").GetString());

        EvaluationResults results = Schema.Value.Evaluate(export.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))));
    }

    [Fact]
    public async Task Nested_types_and_collections_are_nested_json()
    {
        var customer = new Customer
        {
            CustomerNumber = "C-100234",
            Name = "Jan de Vries",
            RecentCalls = [GeneratedRedactTests.Call()],
            PaymentsByInvoice = new Dictionary<string, Payment> { ["INV-1"] = new Payment { Iban = "NL91ABNA0417164300", Amount = 1m, PaidAt = Now } },
            Marketing = new MarketingProfile { Interests = "zeilen", OptedIn = true },
        };

        JsonDocument export = await ExportAsync(export => export.Add([customer]));

        JsonElement values = export.RootElement.GetProperty("recordTypes")[0].GetProperty("records")[0].GetProperty("values");
        Assert.Equal("+31 20 555 0199", values.GetProperty("RecentCalls")[0].GetProperty("CalledNumber").GetString());
        Assert.Equal("NL91ABNA0417164300", values.GetProperty("PaymentsByInvoice").GetProperty("INV-1").GetProperty("Iban").GetString());
        Assert.Equal("zeilen", values.GetProperty("Marketing").GetProperty("Interests").GetString());
        Assert.True(values.GetProperty("Marketing").GetProperty("OptedIn").GetBoolean());
        Assert.Equal(JsonValueKind.Null, values.GetProperty("DateOfBirth").ValueKind);
    }

    [Fact]
    public async Task A_real_export_is_valid_against_the_published_schema()
    {
        JsonDocument export = await ExportAsync(async export =>
        {
            export.Add([GeneratedRedactTests.Call(), CanaryTests.CanaryCall() with { CustomerId = "C-100234" }]);
            export.Add([Session()]);
            export.Add([new Customer { CustomerNumber = "C-100234", Name = "Jan", RecentCalls = [GeneratedRedactTests.Call()] }]);
            await export.AddAsync(AsyncRecords(3));
        });

        EvaluationResults results = Schema.Value.Evaluate(export.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))));

        var broken = JsonDocument.Parse(export.RootElement.GetRawText().Replace("\"LegalObligation\"", "\"Whatever\"", StringComparison.Ordinal));
        Assert.False(Schema.Value.Evaluate(broken.RootElement).IsValid);
    }

    [Fact]
    public async Task The_html_rendering_is_self_contained_grouped_bilingual_and_encodes_every_value()
    {
        var ticket = new SupportTicket("<script>alert('x')</script> & \"quotes\"", 7, "06 12345678");
        JsonDocument export = await ExportAsync(export =>
        {
            export.Add([ticket]);
            export.Add([GeneratedRedactTests.Call()]);
        });

        string html = SubjectAccessHtml.Render(export.RootElement.GetRawText());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.Contains("Verbruiksgegevens <span class=\"en\">· Usage data</span>", html, StringComparison.Ordinal);
        Assert.Contains("Correspondentie", html, StringComparison.Ordinal);
        Assert.Contains("Klacht bij de toezichthouder", html, StringComparison.Ordinal);
        Assert.Contains("+31 20 555 0199", html, StringComparison.Ordinal);
        Assert.Contains("2033-03-14T15:09:26Z", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Verbruiksgegevens", StringComparison.Ordinal) > html.IndexOf("Contactgegevens", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_record_of_another_subject_voids_the_export_and_is_not_written()
    {
        using var stream = new MemoryStream();
        await using SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234");
        CallRecord someoneElse = GeneratedRedactTests.Call() with { CustomerId = "C-999999", CalledNumber = "+31 20 555 0777" };

        var refused = Assert.Throws<InvalidOperationException>(() => export.Add([GeneratedRedactTests.Call(), someoneElse]));
        await export.DisposeAsync();

        Assert.DoesNotContain("C-999999", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("C-100234", refused.Message, StringComparison.Ordinal);
        string written = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("C-999999", written, StringComparison.Ordinal);
        Assert.DoesNotContain("555 0777", written, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await export.CompleteAsync());
    }

    [Fact]
    public async Task A_guid_subject_matches_however_it_is_written()
    {
        var key = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "{6F9619FF-8B86-D011-B42D-00C04FC964FF}"))
        {
            export.Add([new GuidSubjectRecord { CustomerKey = key, Note = "mine" }]);
            Assert.Throws<InvalidOperationException>(() => export.Add([new GuidSubjectRecord { CustomerKey = Guid.Empty, Note = "not mine" }]));
        }

        string written = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("mine", written, StringComparison.Ordinal);
        Assert.DoesNotContain("not mine", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_stream_from_an_async_source()
    {
        JsonDocument export = await ExportAsync(async export => await export.AddAsync(AsyncRecords(250)));

        Assert.Equal(250, export.RootElement.GetProperty("recordTypes")[0].GetProperty("records").GetArrayLength());
    }

    [Property(MaxTest = 100)]
    public Property Every_exportable_value_appears_and_no_non_exportable_one_does()
        => Prop.ForAll(Gen.Elements("a", "b", "x", "z", "q").ArrayOf().Where(letters => letters.Length is > 3 and < 12).Select(letters => string.Concat(letters)).ToArbitrary(), token =>
        {
            var session = new InternetSession
            {
                CustomerId = "cust-" + token,
                UserName = "user-" + token,
                Password = "pass-" + token,
                IpAddress = "ip-" + token,
                MacAddress = "mac-" + token,
                Location = "loc-" + token,
            };
            string json = ExportAsync(export => export.Add([session]), subject: session.CustomerId).GetAwaiter().GetResult().RootElement.GetRawText();

            bool allThere = new[] { "cust-", "user-", "ip-", "mac-", "loc-" }.All(prefix => json.Contains("\"" + prefix + token + "\"", StringComparison.Ordinal));
            bool passwordAbsent = !json.Contains("pass-" + token, StringComparison.Ordinal);
            return (allThere && passwordAbsent).Label(json);
        });

    private static InternetSession Session() => new()
    {
        CustomerId = "C-100234",
        Started = Now,
        UserName = "jan1970",
        Password = "hunter2",
        IpAddress = "192.0.2.77",
        PreviousAddresses = ["ps-a", "ps-b"],
    };

    private static async IAsyncEnumerable<CallRecord> AsyncRecords(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return GeneratedRedactTests.Call() with { TariffPlanId = i };
        }
    }

    private static Task<JsonDocument> ExportAsync(Action<SubjectAccessExport> add, string subject = "C-100234")
        => ExportAsync(export =>
        {
            add(export);
            return Task.CompletedTask;
        }, subject);

    private static async Task<JsonDocument> ExportAsync(Func<SubjectAccessExport, Task> add, string subject = "C-100234")
    {
        IPrivacyPolicy policy = TestPolicies.Create(Now, options =>
        {
            options.Controller.Name = "MisterVoip B.V.";
            options.Controller.Contact = "privacy@mistervoip.example";
        });

        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, subject))
        {
            await add(export);
            await export.CompleteAsync();
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
