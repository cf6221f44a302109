using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// Which of a member's purposes rest on consent, for the telecom rules (PRIV024, PRIV026). The one place they ask:
/// until the declared purposes (<c>[assembly: ProcessingPurpose]</c>) are resolved for the analyzers, a purpose's
/// basis is the member's own <c>LegalBasis</c> when set, else the built-in purpose's basis from
/// <see cref="PurposeRows"/>; a purpose of the company's own (bits 16 to 30) counts as consent-based only through the
/// member's <c>LegalBasis</c>. Switch this method to the declared resolution when it lands, and the telecom rules
/// follow.
/// </summary>
internal static class ConsentBasis
{
    private const string LegalBasisProperty = "LegalBasis";

    /// <summary>The flags of <paramref name="purposes"/> whose legal basis, for this member, is consent.</summary>
    public static int ConsentBased(int purposes, MemberAttributes attributes)
    {
        if (attributes.NamedArgument(LegalBasisProperty).Value is int memberBasis && memberBasis != 0)
        {
            // A per-member basis replaces the basis of every purpose of the member.
            return memberBasis == (int)LegalBasis.Consent ? purposes : 0;
        }

        int result = 0;
        for (int flag = 1; flag > 0 && flag <= purposes; flag <<= 1)
        {
            if ((purposes & flag) != 0 && PurposeRows.Of((Purpose)flag)?.LegalBasis == LegalBasis.Consent)
            {
                result |= flag;
            }
        }

        return result;
    }
}
