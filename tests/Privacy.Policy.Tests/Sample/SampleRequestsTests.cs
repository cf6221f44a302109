using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Privacy.Policy.Tests.Sample;

/// <summary>
/// Issue 16, item 7: the sample runs one customer's requests end to end, as <c>.ci/run</c>'s smoke test runs it, and
/// writes the request log. Each request (access, rectification, erasure) is answered before its deadline, within the
/// month of GDPR art. 12(3); the repair service that received the rectified member is told (art. 19); the marketing
/// profile is gone the day after consent was withdrawn (art. 7(3), 17(1)(b)); a restriction (art. 18) is recorded, the
/// repair service told and a further disclosure to it refused; the exports say the subject was not restricted when they
/// were made; the files about a customer are named by pseudonym; the log holds no personal values; and the consent
/// evidence and the restriction are kept in the sample's database.
/// </summary>
public sealed class SampleRequestsTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "mistervoip-requests-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public void The_sample_answers_one_customers_requests_on_time_and_logs_them()
    {
        string output = SampleOutputTests.RunSample("--customers", "5", "--out", _out);
        string file = Path.Combine(_out, "requests-log.txt");
        Assert.True(File.Exists(file), "The sample wrote no requests-log.txt.");
        string[] log = File.ReadAllLines(file);
        Assert.All(log, line => Assert.Contains(line, output, StringComparison.Ordinal)); // printed as written

        // Every request kind goes through every state, each step dated and with its deadline.
        foreach (string kind in new[] { "Access", "Rectification", "Restriction", "Erasure" })
        {
            string[] steps = ["(new) -> Received", "Received -> IdentityVerified", "IdentityVerified -> InProgress", "InProgress -> Answered"];
            Instant? received = null;
            foreach (string step in steps)
            {
                Match line = Assert.Single(log.Select(Transition), match => match.Success && match.Groups["kind"].Value == kind && match.Groups["step"].Value.Trim() == step);
                Instant at = Parse(line.Groups["at"].Value);
                Instant deadline = Parse(line.Groups["deadline"].Value);
                received ??= at;
                Assert.True(at < deadline, $"{kind}: {step} at {at} is not before the deadline {deadline}.");
                Assert.True(deadline - received.Value <= Duration.FromDays(32), $"{kind}: the deadline {deadline} is more than a month after receipt {received}.");
                if (step == "Received -> IdentityVerified")
                {
                    Assert.NotEqual("IdentityDocument", line.Groups["method"].Value); // the lightest check that works (art. 12(6))
                    Assert.NotEqual("-", line.Groups["method"].Value);
                }
            }
        }

        // The access request's identity came from the logged-in portal session, and its export was written.
        Assert.Contains(log, line => Transition(line) is { Success: true } m && m.Groups["kind"].Value == "Access" && m.Groups["method"].Value == "PortalSession");
        Match export = Assert.Single(log.Select(line => Regex.Match(line, @"export +written: (?<file>access-[0-9a-f]{32}\.json)")), match => match.Success);
        Assert.True(File.Exists(Path.Combine(_out, export.Groups["file"].Value)));

        // A processing-limits register is registered, so the export says whether the subject is restricted: not yet.
        using (JsonDocument access = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, export.Groups["file"].Value))))
        {
            Assert.Equal(JsonValueKind.False, access.RootElement.GetProperty("restricted").ValueKind);
        }

        // The restriction (art. 18) is recorded while the request is in progress, the repair service is told (art. 19),
        // and a further disclosure to it is refused, citing art. 18.
        Instant Step(string kind, string step) => Parse(Assert.Single(log.Select(Transition), match => match.Success && match.Groups["kind"].Value == kind && match.Groups["step"].Value.Trim() == step).Groups["at"].Value);
        Match restricted = Assert.Single(log.Select(line => Regex.Match(line, @"^(?<at>\S+)  restricted +.*GDPR art\. 18\(1\)\(a\).*restricted: true$")), match => match.Success);
        Match refused = Assert.Single(log.Select(line => Regex.Match(line, @"^(?<at>\S+)  refused +Disclose of Device to Reparatiedienst Randstad BV for Support: Restricted \(GDPR art\. 18\(1\), 18\(2\)\)$")), match => match.Success);
        Assert.True(Step("Restriction", "IdentityVerified -> InProgress") <= Parse(restricted.Groups["at"].Value));
        Assert.True(Parse(restricted.Groups["at"].Value) <= Parse(refused.Groups["at"].Value));
        Assert.True(Parse(refused.Groups["at"].Value) < Step("Restriction", "InProgress -> Answered"));
        Assert.Contains(log, line => Regex.IsMatch(line, @"notify +Reparatiedienst Randstad BV: Restriction of MisterVoip\.Domain\.Device \[[^\]]*Imei[^\]]*\] \(GDPR art\. 18"));
        Assert.DoesNotContain(log, line => line.Contains("DISCLOSED", StringComparison.Ordinal));

        // The files about a customer are named by the keyed pseudonym, never the customer number (an identifier); the
        // sample's own access export carries "restricted": false as well.
        string[] files = [.. Directory.GetFiles(_out).Select(path => Path.GetFileName(path)!)];
        Assert.DoesNotContain(files, name => name.Contains("MV-", StringComparison.Ordinal));
        string sampleExport = Assert.Single(files, name => Regex.IsMatch(name, @"^export-2026-11-[A-Za-z0-9_-]{22}\.json$"));
        Assert.Contains(Path.ChangeExtension(sampleExport, ".html"), files);
        Assert.Single(files, name => Regex.IsMatch(name, @"^erasure-2026-11-[A-Za-z0-9_-]{22}\.json$"));
        using (JsonDocument sample = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, sampleExport))))
        {
            Assert.Equal(JsonValueKind.False, sample.RootElement.GetProperty("restricted").ValueKind);
        }

        // The rectified member went to the repair service before: it is told (art. 19), naming the member, not the value.
        Assert.Contains(log, line => line.Contains("disclosed   Device [", StringComparison.Ordinal) && line.Contains("Imei", StringComparison.Ordinal) && line.Contains("Reparatiedienst Randstad BV", StringComparison.Ordinal));
        Assert.Contains(log, line => line.EndsWith("notify      Reparatiedienst Randstad BV: Rectification of MisterVoip.Domain.Device [Imei] (GDPR art. 16, art. 19)", StringComparison.Ordinal));

        // The erasure keeps the invoices for the tax authority, and says why.
        Assert.Contains(log, line => line.Contains("kept        Invoice [", StringComparison.Ordinal) && line.Contains("Bookkeeping, LegalObligation, P7Y", StringComparison.Ordinal) && line.Contains("AWR art. 52(4)", StringComparison.Ordinal));

        // The profile is still there at the withdrawal, and gone from the sweep a day later.
        Match withdrawn = Assert.Single(log.Select(line => Regex.Match(line, @"^(?<at>\S+)  consent +Marketing withdrawn .*marketing profile present: (?<present>yes|no)$")), match => match.Success);
        Match swept = Assert.Single(log.Select(line => Regex.Match(line, @"^(?<at>\S+)  sweep .*marketing profile present: (?<present>yes|no)$")), match => match.Success);
        Assert.Equal("yes", withdrawn.Groups["present"].Value);
        Assert.Equal("no", swept.Groups["present"].Value);
        Assert.Equal(Parse(withdrawn.Groups["at"].Value) + Duration.FromDays(1), Parse(swept.Groups["at"].Value));

        // No personal values: customer numbers, e-mail addresses, phone numbers, IMEIs.
        string all = string.Join("\n", log);
        Assert.DoesNotContain("MV-1", all, StringComparison.Ordinal);
        Assert.DoesNotContain("@", all, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b06\d{8}\b|\b35\d{13}\b", all);
        Assert.Matches(@"ps:2026-11:[A-Za-z0-9_-]{22}", log[0]);

        // The consent evidence (art. 7(1)) and the restriction (art. 18) are in the sample's database, not in the memory
        // of a process that has ended: the customer's consent given and withdrawn, and the one restriction, of one subject.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_out, "mistervoip.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var consent = connection.CreateCommand();
        consent.CommandText = "SELECT SubjectId, Kind, Channel FROM ConsentLedger ORDER BY SubjectId, Purpose, Sequence";
        var entries = new System.Collections.Generic.List<(string Subject, string Kind, string Channel)>();
        using (var reader = consent.ExecuteReader())
        {
            while (reader.Read())
            {
                entries.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        Assert.Equal([("Given", "Portal"), ("Withdrawn", "Portal")], entries.Select(entry => (entry.Kind, entry.Channel)));
        string subject = Assert.Single(entries.Select(entry => entry.Subject).Distinct());
        using var restrictions = connection.CreateCommand();
        restrictions.CommandText = "SELECT SubjectId FROM SubjectRestrictions";
        using (var reader = restrictions.ExecuteReader())
        {
            Assert.True(reader.Read(), "The restriction is not in the sample's database.");
            Assert.Equal(subject, reader.GetString(0));
            Assert.False(reader.Read(), "More than one restriction in the sample's database.");
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private static Match Transition(string line)
        => Regex.Match(line, @"^(?<at>\S+)  (?<kind>Access|Rectification|Restriction|Erasure) +(?<step>\S+ -> \S+) +method (?<method>\S+) +deadline (?<deadline>\S+)$");

    private static Instant Parse(string text) => InstantPattern.General.Parse(text).GetValueOrThrow();
}
