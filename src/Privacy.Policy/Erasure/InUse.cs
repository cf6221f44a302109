using NodaTime;

namespace Privacy.Policy.Erasure;

/// <summary>
/// Data still in use: the moment its retention counts from (its <see cref="PersonalDataMember.RetentionFrom"/>
/// member, or the record's nullable <c>[RetentionAnchor]</c>) is still empty, as a mandate's last collection or a
/// contract's end is while the contract runs. An erasure request does not erase such data when one of its purposes
/// rests on the contract: it is still necessary for that purpose, so art. 17(1)(a) does not apply (processing under
/// art. 6(1)(b)). Data that rests on consent alone is still erased (art. 7(3), 17(1)(b)).
/// </summary>
internal static class InUse
{
    /// <summary>The article an erasure report cites for what an open contract keeps.</summary>
    public const string Article = "AVG art. 17(1)(a)";

    /// <summary>The first of <paramref name="member"/>'s purposes whose legal basis is a contract; <see langword="null"/> when none is.</summary>
    public static Purpose? ContractPurpose(PersonalDataMember member)
    {
        bool contract = false;
        foreach (LegalBasis basis in member.LegalBases)
        {
            contract |= basis == LegalBasis.Contract;
        }

        if (!contract)
        {
            return null;
        }

        Purpose first = Purpose.None;
        for (int bit = 0; bit < 31; bit++)
        {
            var purpose = (Purpose)(1 << bit);
            if ((member.Purposes & purpose) == 0)
            {
                continue;
            }

            if (Vocabulary.PurposeRows.Of(purpose)?.LegalBasis == LegalBasis.Contract)
            {
                return purpose;
            }

            first = first == Purpose.None ? purpose : first;
        }

        // The member's own basis (not its purposes' declared ones) is the contract: its first purpose is what it serves.
        return first;
    }

    /// <summary>The report of a member an open contract keeps: until it is no longer in use, which nobody knows yet.</summary>
    public static RetainedMember Retained(string member, Purpose purpose)
        => new(member, purpose, LegalBasis.Contract, Instant.MaxValue) { Ground = RetentionGround.InUse, Article = Article };
}
