#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>The words of <see cref="LegalBasis"/> and <see cref="RetentionStart"/> values in the statement and record.</summary>
internal static class WordingRows
{
    /// <summary>One row per legal basis, at index value - 1.</summary>
    public static readonly WordingRow<LegalBasis>[] LegalBases =
    [
        new() { Value = LegalBasis.Contract, Dutch = "Uitvoering van de overeenkomst", English = "Performance of the contract" },
        new() { Value = LegalBasis.LegalObligation, Dutch = "Wettelijke verplichting", English = "Legal obligation" },
        new() { Value = LegalBasis.Consent, Dutch = "Toestemming", English = "Consent" },
        new() { Value = LegalBasis.LegitimateInterest, Dutch = "Gerechtvaardigd belang", English = "Legitimate interest" },
    ];

    /// <summary>One row per retention start, at the index of its value: how a retention period's start reads after its length.</summary>
    public static readonly WordingRow<RetentionStart>[] RetentionStarts =
    [
        new() { Value = RetentionStart.AtAnchor, Dutch = "", English = "" },
        new() { Value = RetentionStart.EndOfDay, Dutch = ", vanaf het einde van de dag", English = ", from the end of the day" },
        new() { Value = RetentionStart.EndOfMonth, Dutch = ", vanaf het einde van de maand", English = ", from the end of the month" },
        new() { Value = RetentionStart.EndOfYear, Dutch = ", vanaf het einde van het jaar", English = ", from the end of the year" },
    ];

    /// <summary>The row of <paramref name="basis"/>; <see langword="null"/> for an undefined value.</summary>
    public static WordingRow<LegalBasis>? Of(LegalBasis basis) => (uint)((int)basis - 1) < (uint)LegalBases.Length ? LegalBases[(int)basis - 1] : null;

    /// <summary>The row of <paramref name="start"/>; <see langword="null"/> for an undefined value.</summary>
    public static WordingRow<RetentionStart>? Of(RetentionStart start) => (uint)start < (uint)RetentionStarts.Length ? RetentionStarts[(int)start] : null;
}
