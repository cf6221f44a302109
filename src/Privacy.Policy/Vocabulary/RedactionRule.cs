#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>
/// The one rule for which redaction applies, read from the rows: the generator (<c>FormatRules</c>, which adds what
/// the member's type allows), the redactor (<c>PersonalDataRedactor</c>) and the logging classifications
/// (<c>RedactionClassifications</c>) all ask it, so they cannot drift apart. It fails closed: whatever cannot be
/// masked or pseudonymised as asked is erased.
/// </summary>
internal static class RedactionRule
{
    /// <summary>Why a secret (the format <c>Secret</c>, the category <c>Credentials</c>) is never masked.</summary>
    public const string SecretsNeverMasked = "credentials and secrets are always erased, never masked";

    /// <summary>Why a secret is never pseudonymised.</summary>
    public const string SecretsNeverHashed = "credentials and secrets are always erased: a keyed hash of a secret still lets the key holder test guesses";

    /// <summary>
    /// The redaction a text value of <paramref name="format"/> gets when <paramref name="kind"/> is asked: a
    /// pseudonym where the format allows one, a mask where it has a masking rule (also for
    /// <see cref="RedactionKind.Default"/>), scrubbing for free text that asks for it, else erasure. An undefined
    /// format or kind is erased.
    /// </summary>
    /// <param name="format">The value's format.</param>
    /// <param name="kind">The kind asked for.</param>
    /// <returns>
    /// <see cref="RedactionKind.Mask"/>, <see cref="RedactionKind.Pseudonymize"/>, <see cref="RedactionKind.Scrub"/>
    /// (only for <see cref="DataFormat.FreeText"/>) or <see cref="RedactionKind.Erase"/>.
    /// </returns>
    public static RedactionKind ForText(DataFormat format, RedactionKind kind)
    {
        FormatRow? row = FormatRows.Of(format);
        if (row is null)
        {
            return RedactionKind.Erase;
        }

        return kind switch
        {
            RedactionKind.Pseudonymize when row.Pseudonymizes => RedactionKind.Pseudonymize,
            RedactionKind.Mask or RedactionKind.Default when row.Masks => RedactionKind.Mask,

            // Only free text is scanned for the identifiers in it: any other value is one identifier, whose own rule
            // (or erasure) applies, and a scan would leave it whole when it holds nothing the scanner knows.
            RedactionKind.Scrub when format == DataFormat.FreeText => RedactionKind.Scrub,
            _ => RedactionKind.Erase,
        };
    }

    /// <summary>
    /// Why a member of <paramref name="category"/> and <paramref name="format"/> is never redacted with
    /// <paramref name="kind"/>, whatever its type (credentials, secrets and BSNs are always erased), or
    /// <see langword="null"/> when nothing in the vocabulary forbids it.
    /// </summary>
    /// <param name="kind">The kind asked for.</param>
    /// <param name="category">The member's category.</param>
    /// <param name="format">The member's format.</param>
    /// <returns>The reason, in the words of diagnostic PRIV005.</returns>
    public static string? WhyNever(RedactionKind kind, Category category, DataFormat format)
    {
        CategoryRow? categoryRow = CategoryRows.Of(category);
        FormatRow? formatRow = FormatRows.Of(format);
        return kind switch
        {
            RedactionKind.Mask => categoryRow?.NeverMaskedBecause ?? formatRow?.NeverMaskedBecause,
            RedactionKind.Pseudonymize => categoryRow?.NeverPseudonymizedBecause ?? formatRow?.NeverPseudonymizedBecause,

            // Scrubbing masks the identifiers it finds and keeps the rest: a credential in free text keeps none of it.
            RedactionKind.Scrub => categoryRow?.NeverMaskedBecause,
            _ => null,
        };
    }
}
