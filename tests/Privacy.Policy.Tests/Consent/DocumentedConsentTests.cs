using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Testing;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Consent;

/// <summary>docs/consent.md shows the code of <see cref="DocumentedConsent"/> word for word, and that code does what the page says.</summary>
public sealed class DocumentedConsentTests
{
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 20, 9, 0);

    [Fact]
    public void The_page_shows_each_example_as_it_compiles()
    {
        Dictionary<string, string> code = DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("tests", "Privacy.Policy.Tests", "Consent", "DocumentedConsent.cs")), @"^\s*// consent: (?<name>\S+)\s*$", @"^\s*// end consent\s*$");
        Dictionary<string, string> page = DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("docs", "consent.md")), @"^<!-- consent: (?<name>\S+) -->$", "^```$", skipFence: true);
        Assert.Equal(["ask", "erase", "give", "register", "require", "withdraw"], code.Keys.Order());
        foreach ((string name, string text) in code)
        {
            Assert.True(page.TryGetValue(name, out string? shown), $"docs/consent.md has no block marked consent: {name}");
            Assert.Equal(text, shown);
        }
    }

    [Fact]
    public void The_page_names_every_public_type_and_member_of_the_folder()
    {
        string page = File.ReadAllText(RepositoryPaths.Combine("docs", "consent.md"));
        string[] types = Directory.EnumerateFiles(RepositoryPaths.Combine("src", "Privacy.Policy", "Consent"), "*.cs")
            .Where(file => File.ReadAllText(file).Contains("\npublic ", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .ToArray()!;
        string[] members = File.ReadAllLines(RepositoryPaths.Combine("src", "Privacy.Policy", "PublicAPI.Unshipped.txt"))
            .Select(line => Regex.Match(line, $@"^Privacy\.Policy\.({string.Join('|', types)})\.(?<member>\w+)"))
            .Where(match => match.Success && match.Groups["member"].Value != match.Groups[1].Value)
            .Select(match => match.Groups["member"].Value)
            .Distinct()
            .ToArray();

        Assert.Contains("ConsentLedger", types);
        Assert.Contains("RequireConsentAsync", members);
        Assert.All(types, type => Assert.Contains($"`{type}`", page, StringComparison.Ordinal));
        Assert.All(members, member => Assert.Contains($"`{member}`", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_examples_do_what_the_page_says()
    {
        const string Customer = ConsentFixture.Subject;
        var clock = new FakeClock(Instant.FromUtc(2027, 3, 1, 10, 0));
        ServiceProvider provider = DocumentedConsent.Register(new ServiceCollection().AddSingleton<IClock>(clock), options =>
        {
            options.Pseudonymization.KeyId = TestRedactors.KeyId;
            options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
        }).BuildServiceProvider();
        ConsentLedger ledger = provider.GetRequiredService<ConsentLedger>();

        ConsentEntry given = await DocumentedConsent.OptInAsync(ledger, Customer);
        Assert.Equal((ConsentEntryKind.Given, 1L, "marketing-2027-03"), (given.Kind, given.Sequence, given.TextVersion));
        Assert.DoesNotContain(Customer, given.ToString(), StringComparison.Ordinal);

        clock.Reset(Now);
        Assert.True(await DocumentedConsent.SendOfferAsync(ledger, Customer, NullLogger.Instance));
        Instant offerSent = Instant.FromUtc(2027, 3, 12, 10, 0);
        Assert.True(await DocumentedConsent.AskAsync(ledger, Customer, offerSent));

        var profile = new DocumentedConsent.MarketingPreferences { CustomerNumber = Customer };
        Instant letterArrived = Now - Duration.FromDays(1);
        profile = await DocumentedConsent.OptOutAsync(ledger, profile, letterArrived);
        Assert.Equal(letterArrived, profile.ConsentWithdrawn);
        Assert.False(await DocumentedConsent.SendOfferAsync(ledger, Customer, NullLogger.Instance));
        Assert.True(await DocumentedConsent.AskAsync(ledger, Customer, offerSent));   // still consented then
        Assert.False(await DocumentedConsent.AskAsync(ledger, Customer, Now));

        IReadOnlyList<ConsentEntry> kept = await DocumentedConsent.EraseAsync(ledger, Customer);
        Assert.Equal([given.Id, kept[1].Id], kept.Select(entry => entry.Id));
        Assert.Equal(ConsentChannel.Paper, kept[1].Channel);
    }
}
