using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using MisterVoip.Data;
using MisterVoip.Domain;
using MisterVoip.Requests;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using Privacy.Policy;
using Privacy.Policy.EntityFrameworkCore;
using Privacy.Policy.Redaction;
using Spectre.Console;

namespace MisterVoip;

/// <summary>
/// The seed's provider end to end on an embedded SQLite database: synthetic customers, a redacted view, a
/// subject-access export, an erasure request, a retention sweep, and one customer's requests end to end.
/// </summary>
public static class Program
{
    private const string Usage = """
        MisterVoip: Privacy.Policy on a telecom provider's data, end to end.

        Usage: dotnet run --project samples/MisterVoip -- [options]

        Options:
          --customers <n>     how many customers to generate (1 to 100000; default 50)
          --as-of <date>      the date the sweep runs at, yyyy-MM-dd (default 2026-11-29)
          --out <folder>      where the database, export and reports go (default out)
          --seed <n>          the synthetic data's seed (default 20261129)
          --statement         print the privacy statement written from the domain, and stop
          --record            print the record of processing activities (GDPR art. 30), and stop
          --language <nl|en>  the statement's language (default nl)
          --help              this text
        """;

    /// <summary>
    /// Where the sample writes: the terminal with colours, progress and its width, or, when the output is redirected
    /// (a CI log, a file), plain text with no escape codes and lines as wide as they need, so tables never wrap.
    /// </summary>
    private static readonly IAnsiConsole Terminal = CreateTerminal();

    private const int RedirectedWidth = 4096;

    public static async Task<int> Main(string[] args)
    {
        if (!Options.TryParse(args, out Options? options, out string? error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("Run with --help for the options.");
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(Usage);
            return 0;
        }

        if (options.Statement)
        {
            Console.Write(MisterVoipPolicy.Statement().ToMarkdown(options.Language));
            return 0;
        }

        if (options.Record)
        {
            Console.Write(MisterVoipPolicy.Record().ToMarkdown());
            return 0;
        }

        Directory.CreateDirectory(options.Out);
        Instant asOf = options.AsOf.At(new LocalTime(12, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).ToInstant();
        var clock = new FakeClock(asOf);
        DbContextOptions<MisterVoipContext> db = MisterVoipDatabase.Options(Path.Combine(options.Out, "mistervoip.db"));

        Terminal.MarkupLine($"[bold]MisterVoip[/] · {options.Customers} customers · as of {options.AsOf:yyyy-MM-dd} · output in [blue]{Markup.Escape(options.Out)}[/]");
        if (Terminal.Profile.Capabilities.Interactive)
        {
            await Terminal.Progress().StartAsync(async progress =>
            {
                ProgressTask create = progress.AddTask("Creating the database and synthetic data", maxValue: options.Customers);
                await MisterVoipDatabase.CreateAsync(db, options.Seed, asOf, options.Customers, saved => create.Value = saved);
            });
        }
        else
        {
            // Redirected (a CI log, a file): no progress bar that would stay at 0%, one line when it is done.
            await MisterVoipDatabase.CreateAsync(db, options.Seed, asOf, options.Customers);
            Terminal.MarkupLine($"Created the database and synthetic data: {options.Customers} customers");
        }

        // Restrictions and objections (GDPR art. 18, 21): Disclose reads them and the access export says whether the
        // subject is restricted. Kept in the sample's database, and loaded before the first disclosure: until then the
        // register throws rather than answer "not restricted".
        var limits = new EntityFrameworkSubjectProcessingLimits<MisterVoipContext>(new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<MisterVoipContext>(db), clock);
        await limits.ReloadAsync();
        IPrivacyPolicy policy = MisterVoipPolicy.Create(clock, limits);

        await ShowRedactedAsync(db, policy);
        await ExportAsync(db, policy, options.Out);
        await DiscloseAsync(db, policy);
        string erased = await EraseAsync(db, policy, options.Out, asOf);
        await SweepAsync(db, policy);
        await RequestsAsync(options.Out, asOf, erased);
        return 0;
    }

    private static async Task ShowRedactedAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy)
    {
        await using var context = new MisterVoipContext(options);
        List<CallDetailRecord> calls = await context.Calls.AsNoTracking().OrderBy(call => call.Id).Take(3).ToListAsync();

        Terminal.MarkupLine("[bold]Redacted call records[/] (what a log, a support screen or a partner sees)");
        var table = new Table();
        table.AddColumns("Customer", "Start", "Calling", "Called", "IMSI", "IMEI");
        foreach (CallDetailRecord call in calls.Select(policy.Redact))
        {
            table.AddRow(Cell(call.CustomerNumber), Cell(InstantPattern.General.Format(call.CallStart)), Cell(call.CallingNumber), Cell(call.CalledNumber), Cell(call.Imsi), Cell(call.Imei));
        }

        Terminal.Write(table);
        Terminal.MarkupLine($"[grey]ToString of the first original record:[/] {Markup.Escape(calls[0].ToString())}");

        // Ticket notes are scrubbed, not erased: the fault stays readable, the pasted identifiers do not.
        List<SupportTicket> tickets = await context.Tickets.AsNoTracking().OrderBy(ticket => ticket.Id).Take(3).ToListAsync();
        Terminal.MarkupLine("[bold]Redacted support tickets[/] (notes scrubbed: each identifier by its own rule)");
        var notes = new Table();
        notes.AddColumns("Customer", "Callback", "Notes");
        foreach (SupportTicket ticket in tickets.Select(policy.Redact))
        {
            notes.AddRow(Cell(ticket.CustomerNumber), Cell(ticket.CallbackNumber), Cell(ticket.Notes));
        }

        Terminal.Write(notes);
    }

    private static async Task ExportAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy, string folder)
    {
        await using var context = new MisterVoipContext(options);
        string subject = await context.Customers.OrderBy(customer => customer.Id).Select(customer => customer.CustomerNumber).FirstAsync();
        // Named by the keyed pseudonym: a customer number in a file name ends up in logs and listings.
        PersonalDataRedactor redactor = MisterVoipPolicy.Redactor();
        string json = SubjectFiles.PathFor(folder, "export", subject, ".json", redactor);
        await using (FileStream stream = File.Create(json))
        {
            await MisterVoipDatabase.ExportSubjectAsync(options, policy, subject, stream);
        }

        string html = Path.ChangeExtension(json, ".html");
        await using (FileStream input = File.OpenRead(json))
        await using (FileStream output = File.Create(html))
        {
            await SubjectAccessHtml.RenderAsync(input, output);
        }

        Terminal.MarkupLine($"[bold]Subject-access export[/] of {SubjectFiles.Pseudonym(subject, redactor)}: [blue]{Markup.Escape(json)}[/] ({new FileInfo(json).Length:N0} bytes) and [blue]{Markup.Escape(html)}[/]");
    }

    private static async Task DiscloseAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy)
    {
        await using var context = new MisterVoipContext(options);
        Device device = await context.Devices.AsNoTracking().OrderBy(row => row.Id).FirstAsync();

        // The repair service gets what support needs; the statement's promise, checked at the call.
        Device sent = policy.Disclose(device, "Reparatiedienst Randstad BV", Purpose.Support);
        Terminal.MarkupLine("[bold]Disclosure[/] of a device to Reparatiedienst Randstad BV, for Support");
        var table = new Table().AddColumn("member").AddColumn("sent");
        foreach (PersonalDataMember member in Device.Descriptor.Members)
        {
            bool kept = (member.Purposes & Purpose.Support) != 0 && member.Category != Category.Credentials;
            table.AddRow(member.Name, kept ? "[green]sent[/]" : "[grey]erased[/]");
        }

        Terminal.Write(table);
        Terminal.MarkupLine($"  sent IMEI matches the original: {sent.Imei == device.Imei}; sent customer number is empty: {sent.CustomerNumber.Length == 0}");
        try
        {
            policy.Disclose(device, "PakketPost BV", Purpose.Support);
        }
        catch (DisclosureRefusedException refused)
        {
            Terminal.MarkupLine($"  [yellow]refused[/] ({refused.Reason}): {Markup.Escape(refused.Message)}");
        }
    }

    private static async Task<string> EraseAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy, string folder, Instant asOf)
    {
        string subject;
        await using (var context = new MisterVoipContext(options))
        {
            // Not the customer exported above; an active one where there is one, whose contract data the request must leave.
            long exported = await context.Customers.MinAsync(customer => customer.Id);
            subject = await context.Customers
                .Where(customer => customer.Id != exported)
                .OrderBy(customer => customer.ContractEnded == null ? 0 : 1)
                .ThenBy(customer => customer.Id)
                .Select(customer => customer.CustomerNumber)
                .FirstAsync();
        }

        // Evidence from the in-memory rules, then the same rules applied set-based in the database.
        SubjectErasure erasure = await MisterVoipDatabase.EraseSubjectAsync(options, policy, subject, asOf);
        PersonalDataRedactor redactor = MisterVoipPolicy.Redactor();
        string evidence = SubjectFiles.PathFor(folder, "erasure", subject, ".json", redactor);
        await File.WriteAllTextAsync(evidence, erasure.Evidence.ToJson());

        var tree = new Tree($"[bold]Erasure request[/] of {SubjectFiles.Pseudonym(subject, redactor)} (\"vergetelheid\")");
        TreeNode kept = tree.AddNode("Kept, and why:");
        foreach (var member in erasure.Kept
            .GroupBy(kept => (kept.Type, kept.Member.Member, kept.Member.Ground, kept.Member.Article, kept.Member.LegalBasis))
            .Take(8))
        {
            Instant until = member.Max(kept => kept.Member.Until);
            string end = until == Instant.MaxValue ? "no end yet" : "until " + InstantPattern.General.Format(until);
            string article = member.Key.Article is null ? string.Empty : $" ({member.Key.Article})";
            kept.AddNode(Markup.Escape($"{member.Key.Type}.{member.Key.Member} in {member.Count()} records: {member.Key.Ground}{article}, {member.Key.LegalBasis}, {end}"));
        }

        TreeNode gone = tree.AddNode("Erased, per table (member values):");
        foreach (SubjectErasureReport table in erasure.Tables)
        {
            gone.AddNode($"{table.Type.Split('.')[^1]}: {table.MembersErased.Values.Sum()}");
        }

        Terminal.Write(tree);
        Terminal.MarkupLine($"[grey]Evidence:[/] [blue]{Markup.Escape(evidence)}[/]");
        return subject;
    }

    /// <summary>
    /// One customer's requests end to end, on a clock that moves on from <paramref name="asOf"/>: access, rectification
    /// with the repair service told (art. 19), consent withdrawn and the profile swept a day later, restriction (art. 18)
    /// with a disclosure refused, erasure. The log
    /// (pseudonyms and ids only) is printed and written to requests-log.txt.
    /// </summary>
    private static async Task RequestsAsync(string folder, Instant asOf, string erased)
    {
        IReadOnlyList<string> log = await SubjectRequestRun.RunAsync(Path.Combine(folder, "mistervoip.db"), folder, asOf, erased);
        string file = Path.Combine(folder, "requests-log.txt");
        await File.WriteAllLinesAsync(file, log);
        Terminal.MarkupLine($"[bold]Data subjects' requests[/] (GDPR art. 12 to 21), each step as the database keeps it: [blue]{Markup.Escape(file)}[/]");
        foreach (string line in log)
        {
            Terminal.WriteLine(line);
        }
    }

    private static async Task SweepAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy)
    {
        var table = new Table();
        table.AddColumns("Table", "Rows deleted", "Member values erased", "Batches");
        await Terminal.Status().StartAsync("Sweeping", async _ =>
        {
            foreach (RetentionSweepReport report in await MisterVoipDatabase.SweepAsync(options, policy))
            {
                table.AddRow(report.Type.Split('.')[^1], report.RowsDeleted.ToString("N0", CultureInfo.InvariantCulture), report.MembersErased.Values.Sum().ToString("N0", CultureInfo.InvariantCulture), report.Batches.ToString(CultureInfo.InvariantCulture));
            }
        });

        Terminal.MarkupLine("[bold]Retention sweep[/] (set-based, in the database)");
        Terminal.Write(table);
    }

    private static string Cell(string value) => Markup.Escape(value);

    private static IAnsiConsole CreateTerminal()
    {
        if (!Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        IAnsiConsole plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        plain.Profile.Width = RedirectedWidth;
        return plain;
    }
}
