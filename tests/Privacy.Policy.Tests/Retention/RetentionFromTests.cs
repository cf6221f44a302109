using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Retention;

/// <summary>
/// Retention counted from the right moment: a member's own <c>RetentionFrom</c> member (empty = still in use), the
/// end of a book year that is not the calendar year (AWR art. 52(4)), and billing traffic data counted from its
/// invoice with the bill dispute window (Tw art. 11.5(3)).
/// </summary>
public sealed class RetentionFromTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private static DebitMandate Mandate(LocalDate? lastCollection) => new()
    {
        Id = 1,
        CustomerId = "C-1",
        SignedOn = new LocalDate(2010, 4, 1),
        LastCollection = lastCollection,
        Iban = "NL91ABNA0417164300",
        MandateReference = "MND-0001",
        Segment = "family",
        SignedBy = "Jan de Vries",
    };

    [Fact]
    public void The_generated_descriptor_carries_the_words_of_the_moment_a_member_counts_from()
    {
        PersonalDataMember called = BilledCall.Descriptor.Members.Single(member => member.Name == nameof(BilledCall.CalledNumber));
        PersonalDataMember cell = BilledCall.Descriptor.Members.Single(member => member.Name == nameof(BilledCall.CellId));
        PersonalDataMember iban = DebitMandate.Descriptor.Members.Single(member => member.Name == nameof(DebitMandate.Iban));

        Assert.Equal(new RetentionAnchorText("na de factuurdatum", "after the invoice date"), called.RetentionFromText);
        Assert.Null(cell.RetentionFromText); // counts from the anchor
        Assert.Null(iban.RetentionFromText); // its moment names no words
        Assert.Equal(nameof(DebitMandate.LastCollection), iban.RetentionFrom);

        // The moment on a base type in another assembly (the sample's Device), read from metadata.
        PersonalDataMember imsi = LeasedDevice.Descriptor.Members.Single(member => member.Name == nameof(LeasedDevice.Imsi));
        Assert.Equal(new RetentionAnchorText("na het afsluiten van de simkaart", "after the SIM was deactivated"), imsi.RetentionFromText);
    }

    [Fact]
    public void A_mandate_still_in_use_keeps_what_counts_from_its_last_collection_and_is_never_deleted()
    {
        // Signed sixteen years ago, still collected from: only what counts from the signature has run out.
        RetentionDecision decision = At(new LocalDateTime(2026, 11, 30, 12, 0)).EvaluateRetention(Mandate(lastCollection: null));

        Assert.Equal(RetentionAction.EraseMembers, decision.Action);
        Assert.Equal(["SignedBy"], decision.ExpiredMembers);
        Assert.Null(decision.NextChangeAt); // nothing still in use announces an end
        Assert.False(decision.AnchorMissing);
    }

    [Fact]
    public void An_ended_mandate_counts_each_member_from_its_last_collection()
    {
        DebitMandate mandate = Mandate(new LocalDate(2025, 1, 15));

        RetentionDecision before = At(Local(2026, 2, 15) - Duration.FromTicks(1)).EvaluateRetention(mandate);
        RetentionDecision at = At(Local(2026, 2, 15)).EvaluateRetention(mandate);
        RetentionDecision afterBookkeeping = At(Local(2033, 1, 1)).EvaluateRetention(mandate);

        // P13M from the last collection; the marketing tag's year ran out on 15 January.
        Assert.Equal(["Segment", "SignedBy"], before.ExpiredMembers);
        Assert.Equal(Local(2026, 2, 15), before.NextChangeAt);
        Assert.Equal(["Iban", "Segment", "SignedBy"], at.ExpiredMembers);

        // The bookkeeping copy: P7Y from the end of 2025, the book year of the last collection.
        Assert.Equal(Local(2033, 1, 1), at.NextChangeAt);
        Assert.Equal(RetentionAction.Delete, afterBookkeeping.Action);
    }

    [Fact]
    public void End_of_year_counts_from_the_end_of_the_configured_book_year()
    {
        var entry = new BookedEntry { BookedAt = new LocalDateTime(2024, 5, 10, 9, 0), Iban = "NL91ABNA0417164300", Note = "n" };
        var lastDay = new BookedEntry { BookedAt = new LocalDateTime(2024, 6, 30, 23, 59), Iban = "NL91ABNA0417164300", Note = "n" };
        var firstDay = new BookedEntry { BookedAt = new LocalDateTime(2024, 7, 1, 0, 0), Iban = "NL91ABNA0417164300", Note = "n" };
        Action<PrivacyPolicyOptions> july = options => options.BookYearEnd = "06-30";
        IPrivacyPolicy policy = At(new LocalDateTime(2024, 5, 11, 0, 0), july);

        // The book year 2023/24 ends on 30 June 2024: its month runs out on 1 August, its seven years on 1 July 2031.
        Assert.Equal(Local(2024, 8, 1), policy.EvaluateRetention(entry).NextChangeAt);
        Assert.Equal(Local(2024, 8, 1), policy.EvaluateRetention(lastDay).NextChangeAt);
        Assert.Equal(Local(2025, 8, 1), policy.EvaluateRetention(firstDay).NextChangeAt);
        Assert.Equal(RetentionAction.Delete, At(Local(2031, 7, 1), july).EvaluateRetention(entry).Action);
        Assert.Equal(RetentionAction.EraseMembers, At(Local(2031, 7, 1) - Duration.FromTicks(1), july).EvaluateRetention(entry).Action);

        // The calendar year stays the default.
        Assert.Equal(Local(2025, 2, 1), At(new LocalDateTime(2024, 5, 11, 0, 0)).EvaluateRetention(entry).NextChangeAt);
    }

    [Fact]
    public void A_book_year_ending_on_29_February_ends_on_the_28th_in_other_years()
    {
        var entry = new BookedEntry { BookedAt = new LocalDateTime(2025, 2, 28, 12, 0), Iban = "NL91ABNA0417164300", Note = "n" };
        var leap = new BookedEntry { BookedAt = new LocalDateTime(2024, 2, 29, 12, 0), Iban = "NL91ABNA0417164300", Note = "n" };
        IPrivacyPolicy policy = At(new LocalDateTime(2024, 1, 1, 0, 0), options => options.BookYearEnd = "02-29");

        Assert.Equal(Local(2025, 4, 1), policy.EvaluateRetention(entry).NextChangeAt);
        Assert.Equal(Local(2024, 4, 1), policy.EvaluateRetention(leap).NextChangeAt);
    }

    [Fact]
    public void Billing_traffic_data_counts_from_its_invoice_with_the_bill_dispute_window()
    {
        Instant start = Instant.FromUtc(2026, 1, 10, 10, 0);
        var unbilled = new BilledCall { CustomerId = "C-1", CallStart = start, CalledNumber = "0612345678", CellId = "cell" };
        BilledCall billed = unbilled with { InvoicedAt = Instant.FromUtc(2026, 2, 1, 9, 0) };
        Action<PrivacyPolicyOptions> options = options =>
        {
            options.BillDisputeWindow = "P3M";
            options.RetentionDefaults[Category.Usage] = "P6M"; // the window, not the category's default, applies
        };
        IPrivacyPolicy policy = At(start + Duration.FromDays(2), options);

        RetentionDecision notYetBilled = policy.EvaluateRetention(unbilled);
        RetentionDecision afterWindow = At(Instant.FromUtc(2026, 5, 1, 9, 0), options).EvaluateRetention(billed);

        Assert.Equal(["CellId"], notYetBilled.ExpiredMembers);
        Assert.Null(notYetBilled.NextChangeAt);
        Assert.Equal(Instant.FromUtc(2026, 5, 1, 8, 0), policy.EvaluateRetention(billed).NextChangeAt); // 10:00 CET + P3M = 10:00 CEST
        Assert.Equal(RetentionAction.Delete, afterWindow.Action);
        Assert.Equal(Instant.FromUtc(2026, 8, 1, 8, 0), At(start + Duration.FromDays(2), options => options.BillDisputeWindow = "P6M").EvaluateRetention(billed).NextChangeAt);
    }

    [Property(MaxTest = 300)]
    public Property With_RetentionFrom_and_a_book_year_retention_is_monotone_and_the_next_change_is_exact()
        => Prop.ForAll(Gen.Choose(-600, 2000).ToArbitrary(), Gen.Choose(0, 4000).ToArbitrary(), Gen.Choose(0, 4000).ToArbitrary(), (collectedDay, startDays, laterDays) =>
        {
            // Below zero (about a quarter of the cases): still in use. The book year ends on 31 March.
            LocalDate? lastCollection = collectedDay < 0 ? null : new LocalDate(2020, 1, 1).PlusDays(collectedDay);
            DebitMandate mandate = Mandate(lastCollection);
            Action<PrivacyPolicyOptions> book = options => options.BookYearEnd = "03-31";
            Instant t = Local(2020, 1, 1) + Duration.FromDays(startDays) + Duration.FromMinutes(startDays * 7 % 1440);
            Instant later = t + Duration.FromDays(laterDays);
            Func<Instant, RetentionDecision> decide = at => At(at, book).EvaluateRetention(mandate);

            RetentionDecision now = decide(t);
            RetentionDecision after = decide(later);

            bool monotone = now.ExpiredMembers.All(after.ExpiredMembers.Contains) && after.Action >= now.Action;
            bool exact = now.NextChangeAt is not { } next
                         || (Same(decide(next - Duration.FromTicks(1)), now) && !Same(decide(next), now));
            bool inUseKept = lastCollection is not null
                             || (!now.ExpiredMembers.Contains("Iban") && !now.ExpiredMembers.Contains("MandateReference") && now.Action != RetentionAction.Delete);
            return (monotone && exact && inUseKept).Label($"collected {lastCollection}, t={t}, later={later}: {now} / {after}, next {now.NextChangeAt}");
        });

    [Property(MaxTest = 300)]
    public Property Thresholds_compare_each_member_with_its_own_column()
        => Prop.ForAll(Gen.Choose(0, 3000).ToArbitrary(), Gen.Choose(0, 4000).ToArbitrary(), Gen.Choose(0, 4000).ToArbitrary(), (collectedDay, signedDay, nowDay) =>
        {
            var mandate = Mandate(new LocalDate(2018, 1, 1).PlusDays(collectedDay)) with { SignedOn = new LocalDate(2016, 1, 1).PlusDays(signedDay) };
            Instant now = new LocalDate(2018, 1, 1).PlusDays(nowDay).AtMidnight().InZoneLeniently(Amsterdam).ToInstant() + Duration.FromHours(13);
            IPrivacyPolicy policy = At(now, options => options.BookYearEnd = "09-30");

            var expired = policy.EvaluateRetention(mandate).ExpiredMembers.ToHashSet();
            return policy.GetRetentionThresholds<DebitMandate>()
                .All(threshold =>
                {
                    LocalDate column = DebitMandate.Descriptor.FindMember(threshold.Member)!.RetentionFrom is null ? mandate.SignedOn : mandate.LastCollection!.Value;
                    return (column.AtMidnight() <= threshold.ExpiredUpTo) == expired.Contains(threshold.Member);
                })
                .Label($"signed {mandate.SignedOn}, collected {mandate.LastCollection}, now {now}");
        });

    [Property(MaxTest = 200)]
    public Property A_book_year_end_is_monotone_in_the_anchor()
        => Prop.ForAll(Gen.Choose(0, 3000).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(1, 365).ToArbitrary(), (day, later, bookEnd) =>
        {
            LocalDate end = new LocalDate(2023, 1, 1).PlusDays(bookEnd - 1);
            string text = $"{end.Month:00}-{end.Day:00}";
            IPrivacyPolicy policy = At(Local(2000, 1, 1), options => options.BookYearEnd = text);
            LocalDateTime first = new LocalDate(2020, 1, 1).PlusDays(day).AtMidnight();
            LocalDateTime second = first.PlusDays(later);
            Instant? a = policy.EvaluateRetention(new BookedEntry { BookedAt = first, Note = "n" }).NextChangeAt;
            Instant? b = policy.EvaluateRetention(new BookedEntry { BookedAt = second, Note = "n" }).NextChangeAt;

            // The month counts from the midnight after the first book-year end on or after the booking day.
            LocalDate last = first.Date;
            while ((last.Month, last.Day) != (end.Month, end.Day))
            {
                last = last.PlusDays(1);
            }

            Instant expected = last.PlusDays(1).AtMidnight().PlusMonths(1).InZoneLeniently(Amsterdam).ToInstant();
            bool bounded = a == expected;
            return (a <= b && bounded).Label($"book year ends {text}: {first} -> {a} (expected {expected}), {second} -> {b}");
        });

    [Fact]
    public async System.Threading.Tasks.Task The_export_dates_each_member_from_its_own_moment_and_none_still_in_use()
    {
        using var stream = new System.IO.MemoryStream();
        await using (SubjectAccessExport export = At(new LocalDateTime(2026, 11, 30, 12, 0), options => options.BookYearEnd = "06-30").BeginExport(stream, "C-1"))
        {
            export.Add([Mandate(lastCollection: null), Mandate(new LocalDate(2026, 3, 10))]);
            await export.CompleteAsync();
        }

        using var document = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var records = document.RootElement.GetProperty("recordTypes")[0].GetProperty("records").EnumerateArray().Select(record => record.GetProperty("keptUntil")).ToArray();
        string? Until(int record, string member) => records[record].TryGetProperty(member, out var until) ? until.GetString() : null;

        // In use: no end for what counts from the last collection; the signature's still dated.
        Assert.Null(Until(0, "Iban"));
        Assert.Null(Until(0, "MandateReference"));
        Assert.NotNull(Until(0, "SignedBy"));

        // Ended: 13 months after 10 March 2026; seven years after the book year that ended 30 June 2026.
        Assert.Equal("2027-04-09T22:00:00Z", Until(1, "Iban"));
        Assert.Equal("2033-06-30T22:00:00Z", Until(1, "MandateReference"));
    }

    [Fact]
    public void A_member_others_count_from_goes_with_its_record_never_on_its_own()
    {
        var contract = new EndedContract { StartedOn = new LocalDate(2020, 1, 1), EndedOn = new LocalDate(2025, 1, 10), Address = "Dorpsstraat 1" };

        RetentionDecision monthsLater = At(new LocalDateTime(2025, 6, 1, 0, 0)).EvaluateRetention(contract);
        RetentionDecision yearsLater = At(new LocalDateTime(2027, 1, 10, 0, 0)).EvaluateRetention(contract);

        // Its own month ran out, but the address still counts from it: erased, the address would look in use for ever.
        Assert.Equal(RetentionAction.Keep, monthsLater.Action);
        Assert.Equal(Local(2027, 1, 10), monthsLater.NextChangeAt);
        Assert.Equal(RetentionAction.Delete, yearsLater.Action);
    }

    private static bool Same(RetentionDecision a, RetentionDecision b) => a.Action == b.Action && a.ExpiredMembers.SequenceEqual(b.ExpiredMembers);

    private static Instant Local(int year, int month, int day) => new LocalDateTime(year, month, day, 0, 0).InZoneLeniently(Amsterdam).ToInstant();

    private static IPrivacyPolicy At(LocalDateTime local, Action<PrivacyPolicyOptions>? configure = null) => At(local.InZoneLeniently(Amsterdam).ToInstant(), configure);

    private static IPrivacyPolicy At(Instant now, Action<PrivacyPolicyOptions>? configure = null) => TestPolicies.Create(now, configure);
}
