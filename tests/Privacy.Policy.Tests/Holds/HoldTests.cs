using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.DependencyInjection;
using Privacy.Policy.Holds;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Holds;

/// <summary>
/// Holds in memory: <see cref="IPrivacyPolicy.EvaluateRetention{T}(T)"/> and <see cref="IPrivacyPolicy.Erase{T}(T)"/>
/// keep a held value whole, say which hold keeps it and under which law; an expired or lifted hold, or one on another
/// subject, changes nothing; without a holds service nothing is looked up and nothing more is allocated.
/// </summary>
public sealed class HoldTests
{
    // Nine years after the call: everything but nothing has run out (CalledNumber's P7Y too).
    private static readonly Instant Late = Instant.FromUtc(2035, 6, 1, 12, 0);

    // A year after the call: the short defaults have run out, CalledNumber's bookkeeping has not.
    private static readonly Instant Year = Instant.FromUtc(2027, 3, 20, 12, 0);

    [Fact]
    public void A_held_subjects_record_is_kept_whole_by_retention_naming_the_hold()
    {
        CallRecord call = GeneratedRedactTests.Call();
        PrivacyHold hold = SubjectHold(call.CustomerId, until: Late + Duration.FromDays(30));

        RetentionDecision unheld = Policy(Late, holds: null).EvaluateRetention(call);
        RetentionDecision held = Policy(Late, new SubjectHolds().Add(hold)).EvaluateRetention(call);

        Assert.Equal(RetentionAction.Delete, unheld.Action);
        Assert.Null(unheld.Hold);
        Assert.Equal(RetentionAction.Keep, held.Action);
        Assert.Empty(held.ExpiredMembers);
        Assert.Same(hold, held.Hold);
        Assert.Equal(hold.Until, held.NextChangeAt); // the decision is made again when the hold ends
        Assert.EndsWith(", held)", held.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_ended_hold_keeps_until_lifted_and_erasure_reports_every_member_it_keeps_with_its_law()
    {
        CallRecord call = GeneratedRedactTests.Call();
        PrivacyHold hold = SubjectHold(call.CustomerId, until: null);
        IPrivacyPolicy policy = Policy(Year, new SubjectHolds().Add(hold));

        Assert.Null(policy.EvaluateRetention(call).NextChangeAt);
        ErasureResult<CallRecord> unheld = Policy(Year, holds: null).Erase(call);
        ErasureResult<CallRecord> held = policy.Erase(call);

        Assert.Equal(call, held.Value);
        Assert.NotSame(call, held.Value);
        Assert.Empty(held.Erased);

        // What a legal obligation keeps is reported as before; everything erasure would erase, as kept by the hold.
        Assert.All(unheld.Retained, retained => Assert.Contains(retained, held.Retained));
        Assert.Equal(unheld.Erased, held.Retained.Where(member => member.Ground == RetentionGround.Hold).Select(member => member.Member));
        Assert.All(held.Retained.Where(member => member.Ground == RetentionGround.Hold), member =>
        {
            Assert.Equal("Telecommunicatiewet art. 11.5(3)", member.Article);
            Assert.Equal(Instant.MaxValue, member.Until);
            Assert.Equal(LegalBasis.LegitimateInterest, member.LegalBasis);
            Assert.Equal(CallRecord.Descriptor.FindMember(member.Member)!.Purposes, member.Purpose);
        });
    }

    [Fact]
    public void An_expired_a_lifted_and_another_subjects_hold_change_nothing()
    {
        CallRecord call = GeneratedRedactTests.Call();
        PrivacyHold expired = SubjectHold(call.CustomerId, until: Year - Duration.FromDays(1));
        PrivacyHold lifted = SubjectHold(call.CustomerId, until: null);
        lifted.Lift("teamleider", Year - Duration.FromHours(1));
        PrivacyHold other = SubjectHold("C-999", until: null);

        RetentionDecision unheld = Policy(Year, holds: null).EvaluateRetention(call);
        foreach (IPrivacyHolds holds in new IPrivacyHolds[] { new SubjectHolds().Add(expired), new SubjectHolds().Add(lifted), new SubjectHolds().Add(other) })
        {
            IPrivacyPolicy policy = Policy(Year, holds);
            RetentionDecision decision = policy.EvaluateRetention(call);
            Assert.Equal(RetentionAction.EraseMembers, decision.Action);
            Assert.Equal(unheld.ExpiredMembers, decision.ExpiredMembers);
            Assert.Null(decision.Hold);
            Assert.DoesNotContain(policy.Erase(call).Retained, member => member.Ground == RetentionGround.Hold);
        }
    }

    [Fact]
    public void A_record_hold_reaches_the_policy_through_the_holds_service()
    {
        CallRecord held = GeneratedRedactTests.Call();
        CallRecord free = GeneratedRedactTests.Call();
        PrivacyHold hold = PrivacyHold.ForRecord<CallRecord>(17L, "Bill disputed", "Telecommunicatiewet art. 11.5(3)", "billing", Year - Duration.FromDays(3));
        IPrivacyPolicy policy = Policy(Year, new SubjectHolds().AddRecord(held, hold));

        Assert.Same(hold, policy.EvaluateRetention(held).Hold);
        Assert.Null(policy.EvaluateRetention(free).Hold);
        Assert.Equal(held.CallingNumber, policy.Erase(held).Value.CallingNumber);
        Assert.Equal(string.Empty, policy.Erase(free).Value.CallingNumber);
    }

    [Fact]
    public void Without_a_holds_service_nothing_more_is_allocated()
    {
        CallRecord call = GeneratedRedactTests.Call();
        var policy = (PrivacyPolicy)Policy(Year, holds: null);
        Instant now = Year;
        for (int i = 0; i < 3; i++)
        {
            _ = policy.Retention.Evaluate(call, now);
            _ = policy.EvaluateRetention(call);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = policy.Retention.Evaluate(call, now);
        long engine = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        _ = policy.EvaluateRetention(call);
        long facade = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(policy.Holds);
        Assert.Equal(engine, facade);
    }

    [Fact]
    public void A_holds_service_is_asked_once_per_decision_with_the_subject_as_invariant_text()
    {
        var holds = new SubjectHolds();
        IPrivacyPolicy policy = Policy(Year, holds);
        policy.EvaluateRetention(GeneratedRedactTests.Call());
        policy.Erase(GeneratedRedactTests.Call());
        Assert.Equal(2, holds.Calls);
    }

    /// <summary>Adding a hold, active or not, never makes retention expire more nor erasure erase more.</summary>
    [Property(MaxTest = 200)]
    public Property A_hold_never_expires_or_erases_more()
        => Prop.ForAll(Gen.Choose(-100, 4000).ToArbitrary(), Gen.Choose(-400, 400).ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (days, holdDays, state) =>
        {
            CallRecord call = GeneratedRedactTests.Call();
            Instant now = call.CallStart + Duration.FromDays(days);
            Instant placed = now - Duration.FromDays(500);
            PrivacyHold hold = SubjectHold(call.CustomerId, until: state == 1 ? null : now + Duration.FromDays(holdDays) is var end && end > placed ? end : null, placedAt: placed);
            if (state == 2)
            {
                hold.Lift("someone", now - Duration.FromDays(1));
            }

            IPrivacyPolicy unheld = Policy(now, holds: null);
            IPrivacyPolicy held = Policy(now, new SubjectHolds().Add(hold));
            RetentionDecision without = unheld.EvaluateRetention(call);
            RetentionDecision with = held.EvaluateRetention(call);
            ErasureResult<CallRecord> erasedWithout = unheld.Erase(call);
            ErasureResult<CallRecord> erasedWith = held.Erase(call);

            bool active = hold.IsActiveAt(now);
            bool subset = with.ExpiredMembers.All(without.ExpiredMembers.Contains) && erasedWith.Erased.All(erasedWithout.Erased.Contains);
            bool actionNoWorse = with.Action <= without.Action;
            bool activeKeepsAll = !active || (with.Action == RetentionAction.Keep && erasedWith.Erased.Count == 0 && erasedWith.Value == call);
            bool inactiveIsNoHold = active || (with.ExpiredMembers.SequenceEqual(without.ExpiredMembers) && erasedWith.Erased.SequenceEqual(erasedWithout.Erased));
            return (subset && actionNoWorse && activeKeepsAll && inactiveIsNoHold).Label($"now={now}, hold={hold}: {without} / {with}");
        });

    [Fact]
    public void A_holds_text_never_shows_the_subject_the_key_the_reason_or_who()
    {
        PrivacyHold subject = PrivacyHold.ForSubject("C-424242", "Jan Jansen betwist factuur", "AVG art. 17(3)(e)", "medewerker.piet", Year, Year + Duration.FromDays(1));
        PrivacyHold record = PrivacyHold.ForRecord<CallRecord>(new object[] { "NL-31612345678", 42 }, "reason", "Sv art. 126n", "officier.anna", Year, legalBasis: LegalBasis.LegalObligation);
        subject.Lift("teamleider.kees", Year + Duration.FromHours(1));

        foreach (string text in new[] { subject.ToString(), record.ToString() })
        {
            foreach (string secret in new[] { "424242", "Jansen", "betwist", "piet", "kees", "31612345678", "anna", "reason" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Contains("AVG art. 17(3)(e)", subject.ToString(), StringComparison.Ordinal);
        Assert.Contains(typeof(CallRecord).FullName!, record.ToString(), StringComparison.Ordinal);
        Assert.Equal(LegalBasis.LegalObligation, record.LegalBasis);
    }

    [Theory]
    [InlineData(42, "42")]
    [InlineData(-7L, "-7")]
    [InlineData("Code-1", "Code-1")]
    public void A_record_key_is_written_canonically(object key, string expected)
        => Assert.Equal(expected, HoldKeys.Canonical(key));

    [Fact]
    public void A_composite_or_guid_key_is_written_canonically_and_a_key_of_another_type_is_refused_without_its_value()
    {
        Assert.Equal("x\\|y|z", HoldKeys.Canonical(new object[] { "x|y", "z" }));
        Assert.Equal("x|y\\|z", HoldKeys.Canonical(new object[] { "x", "y|z" }));
        Assert.Equal("a\\\\|1", HoldKeys.Canonical(new object[] { "a\\", 1 }));
        Assert.Equal("abcdef01-2345-6789-abcd-ef0123456789", HoldKeys.Canonical(Guid.Parse("ABCDEF01-2345-6789-ABCD-EF0123456789")));
        ArgumentException refused = Assert.Throws<ArgumentException>(() => PrivacyHold.ForRecord<CallRecord>(new DateTime(1980, 5, 17), "r", "g", "p", Year));
        Assert.DoesNotContain("1980", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PrivacyHold.ForSubject("C-1", "r", "g", "p", Year, until: Year));
        Assert.Throws<InvalidOperationException>(() =>
        {
            PrivacyHold hold = SubjectHold("C-1", until: null);
            hold.Lift("a", Year);
            hold.Lift("b", Year);
        });
    }

    private static PrivacyHold SubjectHold(string subject, Instant? until, Instant? placedAt = null)
        => PrivacyHold.ForSubject(subject, "Bill 2026-0042 disputed", "Telecommunicatiewet art. 11.5(3)", "billing-desk", placedAt ?? Year - Duration.FromDays(400), until);

    private static IPrivacyPolicy Policy(Instant now, IPrivacyHolds? holds)
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(now));
        if (holds is not null)
        {
            services.AddSingleton(holds);
        }

        return services
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
                options.RetentionDefaults[Category.Usage] = "P6M";
                options.RetentionDefaults[Category.TechnicalIdentifier] = "P3M";
                options.RetentionDefaults[Category.Location] = "P1M";
                options.RetentionDefaults[Category.Identity] = "P2Y";
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();
    }
}
