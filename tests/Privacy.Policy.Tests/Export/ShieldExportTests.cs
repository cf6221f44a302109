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
using MisterVoip;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using CallDetailRecord = MisterVoip.Domain.CallDetailRecord;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// Other people's data in the subject's records (GDPR art. 15(4)): a shielded member, such as the called party's
/// number on the sample's call records, is written with its own redaction and never in clear.
/// </summary>
public sealed class ShieldExportTests
{
    private const string Subject = "MV-000042";

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 11, 0);

    private static readonly IPrivacyPolicy Policy = MisterVoipPolicy.Create(new FakeClock(Now));

    [Property(MaxTest = 100)]
    public Property A_shielded_called_number_never_appears_in_clear_in_the_json_or_the_page()
        => Prop.ForAll(
            // A Dutch number: 0, an area or mobile digit (never 0: "00" starts an international number), eight more digits.
            Gen.Choose(1, 9).SelectMany(first => Gen.ArrayOf(Gen.Choose(0, 9), 8), (first, rest) => "0" + first + string.Concat(rest)).ToArbitrary(),
            Gen.Elements("+31", "0031", "").ToArbitrary(),
            (number, prefix) =>
            {
                string called = prefix.Length == 0 ? number : prefix + number[1..];
                string json = Export(Call(called), shield: true);
                string html = SubjectAccessHtml.Render(json);
                using JsonDocument document = JsonDocument.Parse(json);
                string[] strings = Strings(document.RootElement).ToArray();
                JsonElement values = document.RootElement.GetProperty("recordTypes")[0].GetProperty("records")[0].GetProperty("values");
                string? written = values.GetProperty(nameof(CallDetailRecord.CalledNumber)).GetString();
                return strings.All(text => !text.Contains(number[1..], StringComparison.Ordinal))
                       && !json.Contains(number[1..], StringComparison.Ordinal)
                       && !html.Contains(number[1..], StringComparison.Ordinal)
                       && written is not null && written.StartsWith("ps:", StringComparison.Ordinal)
                       && values.GetProperty(nameof(CallDetailRecord.CallingNumber)).GetString() == "0612345678";
            });

    [Fact]
    public void The_member_says_why_it_is_shielded_and_the_page_shows_it()
    {
        string json = Export(Call("0201234567"), shield: true);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement member = document.RootElement.GetProperty("recordTypes")[0].GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == nameof(CallDetailRecord.CalledNumber));
        Assert.Equal("het nummer van wie u belde · the called party's number", member.GetProperty("shielded").GetString());
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(document.RootElement).IsValid);
        Assert.Contains("afgeschermd", SubjectAccessHtml.Render(json), StringComparison.Ordinal);

        // Not vacuous: unshielded, the same export carries the number.
        Assert.Contains("0201234567", Export(Call("0201234567"), shield: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Shielding_an_unknown_member_or_after_the_records_were_added_fails()
    {
        using SubjectAccessExport export = Policy.BeginExport(Stream.Null, Subject);
        Assert.Throws<ArgumentException>(() => export.Shield<CallDetailRecord>("NoSuchMember", "reason"));
        export.Add([Call("0201234567")]);
        Assert.Throws<InvalidOperationException>(() => export.Shield<CallDetailRecord>(nameof(CallDetailRecord.CalledNumber), "reason"));
    }

    [Fact]
    public async Task A_shield_on_a_base_type_covers_records_of_a_derived_type_added_as_it()
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, Subject))
        {
            export.Shield<Domain.DispatchAccount>(nameof(Domain.DispatchAccount.Email), "a colleague's address");
            export.Add<Domain.DispatchAccount>(
            [
                new Domain.DispatchBusinessAccount { Email = "boss@example.com", Iban = "NL91ABNA0417164300", Phone = "0612345678" },
                new Domain.DispatchAccount { Email = "someone@example.org", Iban = "NL91ABNA0417164300" },
            ]);
            await export.CompleteAsync();
        }

        string json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("boss@example.com", json, StringComparison.Ordinal);
        Assert.DoesNotContain("someone@example.org", json, StringComparison.Ordinal);
        Assert.Contains("0612345678", json, StringComparison.Ordinal); // what is not shielded is written as it is
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.All(document.RootElement.GetProperty("recordTypes").EnumerateArray(), entry =>
            Assert.Equal("a colleague's address", entry.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Email").GetProperty("shielded").GetString()));
    }

    private static CallDetailRecord Call(string called) => new()
    {
        CustomerNumber = Subject,
        CallStart = Now - Duration.FromDays(3),
        DurationSeconds = 75,
        CallingNumber = "0612345678",
        CalledNumber = called,
        InvoiceDate = new LocalDate(2026, 11, 1),
    };

    private static string Export(CallDetailRecord call, bool shield)
    {
        using var stream = new MemoryStream();
        using (SubjectAccessExport export = Policy.BeginExport(stream, Subject))
        {
            if (shield)
            {
                export.Shield<CallDetailRecord>(nameof(CallDetailRecord.CalledNumber), "het nummer van wie u belde · the called party's number");
            }

            export.Add([call]);
            export.CompleteAsync().AsTask().GetAwaiter().GetResult();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (string text in Strings(property.Value))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    foreach (string text in Strings(item))
                    {
                        yield return text;
                    }
                }

                break;
        }
    }
}
