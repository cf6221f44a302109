using System.Collections.Generic;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Each purpose of a member as it applies to that member: the member's own legal basis (and interest) if it gives one,
/// else the purpose's declaration, else the built-in row. A purpose nobody declares has none (PRIV020 fails the build).
/// </summary>
internal static class PurposeResolution
{
    public static IEnumerable<DeclaredPurpose> For(int purposes, int memberBasis, string? memberInterest, EquatableArray<DeclaredPurpose> table)
    {
        for (int bit = 0; bit < 31; bit++)
        {
            int flag = 1 << bit;
            if ((purposes & flag) == 0 || Find(table, flag) is not { } declared)
            {
                continue;
            }

            if (memberBasis != 0)
            {
                // The member's basis replaces the purpose's; so does its interest, which belongs to that basis alone.
                bool interested = memberBasis == (int)LegalBasis.LegitimateInterest;
                yield return declared with
                {
                    LegalBasis = memberBasis,
                    Interest = interested ? memberInterest : null,
                    EnglishInterest = null,
                };
            }
            else if (memberInterest is not null && declared.LegalBasis == (int)LegalBasis.LegitimateInterest)
            {
                yield return declared with { Interest = memberInterest, EnglishInterest = null };
            }
            else
            {
                yield return declared;
            }
        }
    }

    public static DeclaredPurpose? Find(EquatableArray<DeclaredPurpose> table, int flag)
    {
        foreach (DeclaredPurpose declared in table)
        {
            if (declared.Purpose == flag)
            {
                return declared;
            }
        }

        return null;
    }
}
