using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Retention;

/// <summary>
/// The retention step for consent: a member processed only on consent, for purposes whose <c>[ConsentRecord]</c> says
/// no (never given, refused or withdrawn), is due for erasure now, whatever its period (GDPR art. 6(1)(a): no basis
/// left; art. 7(3): withdrawal; art. 17(1)(b): erasure once consent is withdrawn). A member that also rests on another
/// basis (a contract, a legal obligation) keeps its period: that basis still holds it. A consent-only member counted
/// from the withdrawal (<see cref="CountsFromWithdrawal"/>) whose withdrawal instant is set is kept for its period after
/// it, at most <see cref="LongestAfterWithdrawal"/>: erasure "without undue delay" (art. 17(1)(b)), not at the instant.
/// </summary>
internal static class ConsentWithdrawal
{
    /// <summary>
    /// The longest period a consent-only member may be kept after the withdrawal it counts from (art. 17(1)(b): without
    /// undue delay). A longer one fails the build (PRIV027, whose analyzer holds the same bound); this is the fail-closed
    /// backstop for one built anyway (the diagnostic suppressed, a type from an assembly built without the analyzers):
    /// it is not honoured, and the member is erased at once, as one without a period from withdrawal.
    /// </summary>
    public static readonly Duration LongestAfterWithdrawal = Duration.FromDays(30);

    /// <summary><paramref name="decision"/> with the members that rest on withheld consent alone added as expired.</summary>
    public static RetentionDecision Apply<T>(T value, RetentionDecision decision, DateTimeZone zone)
        where T : IPersonalData<T>
    {
        if (decision.Action == RetentionAction.Delete)
        {
            return decision;
        }

        Purpose withheld = T.GetPurposesWithoutConsent(value);
        if (withheld == Purpose.None)
        {
            return decision;
        }

        PersonalDataDescriptor descriptor = T.Descriptor;
        bool[] origins = RetentionOrigins.Of(descriptor);
        var expired = new List<string>(decision.ExpiredMembers);
        bool added = false;
        bool changed = false;
        for (int i = 0; i < descriptor.Members.Count; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            if (origins[i] || !RestsOnlyOn(member, withheld))
            {
                continue; // a member others count from holds the record together, and goes with it
            }

            if (expired.Contains(member.Name))
            {
                changed = true; // its period has run out (one counted from the withdrawal): with the others, the record may go
                continue;
            }

            // Counted from the withdrawal, and the withdrawal is recorded: its period decides (the period step has
            // already expired it when that has run out). An empty withdrawal instant fails closed: erased now.
            if (CountsFromWithdrawal(member) && T.GetRetentionFrom(value, i, zone) is not null)
            {
                continue;
            }

            expired.Add(member.Name);
            added = changed = true;
        }

        // Nothing else keeps the record when every member but its subject id and anchor (which hold it together) is
        // now expired: it goes as a whole, as when its periods have all run out.
        bool nothingLeft = changed;
        var names = new List<string>(descriptor.Members.Count);
        for (int i = 0; i < descriptor.Members.Count; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            names.Add(member.Name);
            nothingLeft &= member.Name == descriptor.DataSubjectMember || member.Name == descriptor.RetentionAnchorMember || origins[i] || expired.Contains(member.Name);
        }

        if (nothingLeft)
        {
            return new RetentionDecision(RetentionAction.Delete, names, null, decision.AnchorMissing);
        }

        return added
            ? new RetentionDecision(RetentionAction.EraseMembers, Ordered(descriptor, expired), decision.NextChangeAt, decision.AnchorMissing)
            : decision;
    }

    /// <summary>
    /// Whether <paramref name="member"/>'s retention counts from a member of its own (its <c>RetentionFrom</c>, for a
    /// consent-only member the instant consent was withdrawn) and ends within <see cref="LongestAfterWithdrawal"/> of
    /// it: a period without years or months, of at most 30 days, counted from the instant itself (<see cref="RetentionStart.AtAnchor"/>).
    /// </summary>
    internal static bool CountsFromWithdrawal(PersonalDataMember member)
        => member.RetentionFrom is not null
           && member.RetentionFromStart is RetentionStart.AtAnchor
           && member.RetentionPeriod is { Years: 0, Months: 0 } period
           && period.ToDuration() <= LongestAfterWithdrawal; // the EF Core consent sweep applies the same rule

    /// <summary>Whether every purpose of <paramref name="member"/> rests on consent, and that consent is among <paramref name="withheld"/>.</summary>
    internal static bool RestsOnlyOn(PersonalDataMember member, Purpose withheld)
    {
        IReadOnlyList<PurposeDeclaration> declarations = member.Declarations;
        if (declarations.Count == 0)
        {
            return false;
        }

        foreach (PurposeDeclaration declaration in declarations)
        {
            if (declaration.LegalBasis != LegalBasis.Consent || (withheld & declaration.Purpose) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="names"/> in declaration order, as <see cref="RetentionDecision.ExpiredMembers"/> promises.</summary>
    private static List<string> Ordered(PersonalDataDescriptor descriptor, List<string> names)
    {
        var ordered = new List<string>(names.Count);
        foreach (PersonalDataMember member in descriptor.Members)
        {
            if (names.Contains(member.Name))
            {
                ordered.Add(member.Name);
            }
        }

        return ordered;
    }
}
