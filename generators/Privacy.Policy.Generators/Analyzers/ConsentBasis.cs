using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// Which of a member's purposes rest on consent, for the telecom rules (PRIV024, PRIV026): the member's own
/// <c>LegalBasis</c> when set, else each purpose's basis as declared (<c>[assembly: ProcessingPurpose]</c> in the
/// compilation or an assembly it references) or built in, resolved as PRIV012 resolves it.
/// </summary>
internal static class ConsentBasis
{
    private const string LegalBasisProperty = "LegalBasis";

    /// <summary>The flags of <paramref name="purposes"/> whose legal basis, for this member, is consent.</summary>
    public static int ConsentBased(int purposes, MemberAttributes attributes, PurposeTable table)
        => PurposeAnalyzer.ConsentBased(purposes, attributes.NamedArgument(LegalBasisProperty).Value as int? ?? 0, table);
}
