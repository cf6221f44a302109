#if PRIVACY_POLICY_GENERATOR
// The generator compiles this file too (linked in its project), as an internal copy in its own namespace.
#pragma warning disable CS1574 // crefs to runtime-only types
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy;
#endif

/// <summary>How a personal-data member is redacted.</summary>
#if PRIVACY_POLICY_GENERATOR
internal
#else
public
#endif
enum RedactionKind
{
    /// <summary>Chosen from the member's category and format (see <c>docs/redaction.md</c>).</summary>
    Default = 0,

    /// <summary>The value is removed whole: strings become empty, other types their neutral value.</summary>
    Erase = 1,

    /// <summary>
    /// Format-aware masking that keeps only what is not personal, for example an IMSI's country and network
    /// code or an IPv4 address's /24 network. Needs a <see cref="DataFormat"/> that has a masking rule.
    /// </summary>
    Mask = 2,

    /// <summary>
    /// A keyed HMAC of the normalised value, stable for one key and carrying the key id, so records can still
    /// be joined without revealing the value. Needs a member that can hold a string.
    /// </summary>
    Pseudonymize = 3,

    /// <summary>
    /// For a <see cref="DataFormat.FreeText"/> member: the personal data found in the text is redacted, each finding by
    /// its format's rule, and the rest of the text kept (see <c>docs/free-text.md</c>); text that cannot be scanned is
    /// erased whole. On any other format it is impossible (PRIV005) and the member is erased.
    /// </summary>
    Scrub = 4,
}
