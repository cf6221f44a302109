using System.Collections.Generic;

namespace Privacy.Policy.Retention;

/// <summary>
/// The retention step for consent: a member processed only on consent, for purposes whose <c>[ConsentRecord]</c> says
/// no (never given, refused or withdrawn), is due for erasure now, whatever its period (GDPR art. 6(1)(a): no basis
/// left; art. 7(3): withdrawal; art. 17(1)(b): erasure once consent is withdrawn). A member that also rests on another
/// basis (a contract, a legal obligation) keeps its period: that basis still holds it.
/// </summary>
internal static class ConsentWithdrawal
{
    /// <summary><paramref name="decision"/> with the members that rest on withheld consent alone added as expired.</summary>
    public static RetentionDecision Apply<T>(T value, RetentionDecision decision)
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
        List<string>? expired = null;
        foreach (PersonalDataMember member in descriptor.Members)
        {
            if (RestsOnlyOn(member, withheld) && !Contains(decision.ExpiredMembers, member.Name))
            {
                (expired ??= new List<string>(decision.ExpiredMembers)).Add(member.Name);
            }
        }

        if (expired is null)
        {
            return decision;
        }

        // Nothing else keeps the record when every member but its subject id and anchor (which hold it together) is
        // now expired: it goes as a whole, as when its periods have all run out.
        bool nothingLeft = true;
        var names = new List<string>(descriptor.Members.Count);
        foreach (PersonalDataMember member in descriptor.Members)
        {
            names.Add(member.Name);
            nothingLeft &= member.Name == descriptor.DataSubjectMember || member.Name == descriptor.RetentionAnchorMember || expired.Contains(member.Name);
        }

        return nothingLeft
            ? new RetentionDecision(RetentionAction.Delete, names, null, decision.AnchorMissing)
            : new RetentionDecision(RetentionAction.EraseMembers, expired, decision.NextChangeAt, decision.AnchorMissing);
    }

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

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (string candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}
