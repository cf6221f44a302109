using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using static Privacy.Policy.Tests.Disclosure.DisclosurePolicies;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>Invariants of disclosure, for any record and purpose, and any sequence of calls.</summary>
public sealed class DisclosureProperties
{
    private static readonly Purpose[] Purposes = Enum.GetValues<Purpose>().Where(p => p != Purpose.None).ToArray();

    /// <summary>Each personal-data member of a call record, read as text, with the text of its erased value.</summary>
    private static readonly (string Name, Func<CallRecord, string?> Read, string? Erased)[] CallMembers =
    [
        ("CustomerId", c => c.CustomerId, string.Empty),
        ("CallingNumber", c => c.CallingNumber, string.Empty),
        ("CalledNumber", c => c.CalledNumber, string.Empty),
        ("CallStart", c => c.CallStart.ToString(), default(Instant).ToString()),
        ("Duration", c => c.Duration.ToString(), Duration.Zero.ToString()),
        ("Imsi", c => c.Imsi, string.Empty),
        ("Imei", c => c.Imei, string.Empty),
        ("CellLatitude", c => c.CellLatitude?.ToString("R"), null),
        ("CellLongitude", c => c.CellLongitude?.ToString("R"), null),
        ("ForwardedTo", c => string.Join(";", c.ForwardedTo), string.Empty),
    ];

    [Property(MaxTest = 300)]
    public Property A_disclosure_never_contains_a_member_outside_the_purpose()
        => Prop.ForAll(CallRecords().ToArbitrary(), Gen.Elements(Purposes).ToArbitrary(), (call, purpose) =>
        {
            (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();
            CallRecord disclosed = policy.Disclose(call, Partner, purpose);

            var allowed = new List<string>();
            foreach ((string name, Func<CallRecord, string?> read, string? erased) in CallMembers)
            {
                PersonalDataMember member = CallRecord.Descriptor.FindMember(name)!;
                bool forPurpose = (member.Purposes & purpose) != 0;
                if (forPurpose)
                {
                    allowed.Add(name);
                }

                string? expected = forPurpose ? read(call) : erased;
                if (read(disclosed) != expected)
                {
                    return false.Label($"{name} for {purpose}: '{read(disclosed)}', expected '{expected}'");
                }
            }

            return (disclosed.TariffPlanId == call.TariffPlanId).Label("a member that is not personal data is copied")
                .And(audit.Records.Single().Members.SequenceEqual(allowed)).Label("the audit names exactly the disclosed members");
        });

    [Property(MaxTest = 100)]
    public Property The_table_above_covers_every_member()
        => (CallRecord.Descriptor.Members.Select(m => m.Name).Order().SequenceEqual(CallMembers.Select(m => m.Name).Order())).ToProperty();

    [Property(MaxTest = 200)]
    public Property The_audit_sink_sees_every_call_exactly_once()
    {
        string[] recipients = [RepairService, Carrier, FormerCarrier, TaxAuthority, Partner, "Onbekend BV"];
        Gen<(int Recipient, int Purpose, bool SubjectRequest)> call =
            from recipient in Gen.Choose(0, recipients.Length - 1)
            from purpose in Gen.Choose(0, Purposes.Length - 1)
            from subjectRequest in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            select (recipient, purpose, subjectRequest);

        return Prop.ForAll(call.ListOf().ToArbitrary(), calls =>
        {
            (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();
            var outcomes = new List<bool>();
            foreach ((int recipient, int purpose, bool subjectRequest) in calls)
            {
                try
                {
                    if (subjectRequest)
                    {
                        policy.Disclose(SampleCall, new SubjectDisclosureRequest(recipients[recipient], [purpose % 2 == 0 ? "CalledNumber" : "NoSuchMember"], "REQ-" + outcomes.Count));
                    }
                    else
                    {
                        policy.Disclose(SampleCall, recipients[recipient], Purposes[purpose]);
                    }

                    outcomes.Add(true);
                }
                catch (DisclosureRefusedException)
                {
                    outcomes.Add(false);
                }
            }

            bool matches = audit.Records.Count == calls.Count
                && audit.Records.Select(r => r.Allowed).SequenceEqual(outcomes)
                && audit.Records.Zip(calls).All(pair => pair.First.Basis == (pair.Second.SubjectRequest ? DisclosureBasis.SubjectRequest : DisclosureBasis.DeclaredPurpose)
                    && (pair.Second.SubjectRequest || pair.First.Purpose == Purposes[pair.Second.Purpose]));
            return matches.Label($"{calls.Count} calls, {audit.Records.Count} records");
        });
    }

    private static readonly CallRecord SampleCall = new() { CustomerId = "C-1", CallingNumber = "0612345678", CalledNumber = "0201234567", ForwardedTo = ["0687654321"] };

    private static Gen<CallRecord> CallRecords()
    {
        Gen<string> digits = Gen.Choose(10_000_000, 99_999_999).Select(n => "06" + n);
        return from customer in Gen.Choose(1, 999_999)
               from calling in digits
               from called in digits
               from seconds in Gen.Choose(1, 400_000_000)
               from minutes in Gen.Choose(1, 600)
               from imsi in Gen.Choose(100_000, 999_999)
               from latitude in Gen.Choose(-90_000, 90_000)
               from forwarded in digits.ListOf()
               from tariff in Gen.Choose(1, 40)
               select new CallRecord
               {
                   CustomerId = "C-" + customer,
                   CallingNumber = calling,
                   CalledNumber = called,
                   CallStart = Instant.FromUnixTimeSeconds(1_400_000_000L + seconds),
                   Duration = Duration.FromMinutes(minutes),
                   Imsi = "204080000" + imsi,
                   Imei = "35209900" + imsi + "1",
                   CellLatitude = latitude / 1000.0,
                   CellLongitude = latitude / 2000.0,
                   ForwardedTo = forwarded.ToArray(),
                   TariffPlanId = tariff,
               };
    }
}
