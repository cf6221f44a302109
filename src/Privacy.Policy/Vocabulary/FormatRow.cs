#if !PRIVACY_POLICY_GENERATOR
using System;
#endif

#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>
/// Everything the package derives from one <see cref="DataFormat"/>: its name, what it can be redacted to, the member
/// types it fits, its fideslang key and its words in the statement. One row per value, in <see cref="FormatRows"/>;
/// the runtime and the generator compile the same rows, so the analyzers and the redactors cannot disagree.
/// </summary>
internal sealed class FormatRow
{
    /// <summary>The format this row describes.</summary>
    public DataFormat Format { get; init; }

    /// <summary>
    /// The format's name: the hash domain of its pseudonyms (the same digits as a phone number and as an IMSI do not
    /// link) and the prefix of its redaction classifications (<c>PhoneNumber.Mask</c>).
    /// </summary>
    public string Name { get; init; } = "";

    /// <summary>Whether the format has a masking rule for text (<c>RedactionKind.Mask</c> keeps what is not personal).</summary>
    public bool Masks { get; init; }

    /// <summary>Why values of the format are never masked, whatever is asked; <see langword="null"/> when they may be.</summary>
    public string? NeverMaskedBecause { get; init; }

    /// <summary>Why values of the format are never pseudonymised; <see langword="null"/> when they may be.</summary>
    public string? NeverPseudonymizedBecause { get; init; }

    /// <summary>Whether values may be pseudonymised (a keyed hash of their normalised form).</summary>
    public bool Pseudonymizes => NeverPseudonymizedBecause is null;

    /// <summary>
    /// Whether values are text a person typed, in any script: they are composed (Unicode NFC) before hashing, so
    /// that one name typed two ways gives one pseudonym.
    /// </summary>
    public bool IsTypedText { get; init; }

    /// <summary>
    /// The member types the format fits besides <see cref="string"/>, as the compiler displays them (<c>long</c>,
    /// <c>System.Net.IPAddress</c>, <c>(double, double)</c> for a pair of doubles, named or not). PRIV005 warns on
    /// any other type.
    /// </summary>
    public string[] Fits { get; init; } = [];

    /// <summary>
    /// Whether masked values keep their own type (a timestamp truncated, a coordinate rounded, an IP address's
    /// network) where every other format masks into text.
    /// </summary>
    public bool MasksInOwnType { get; init; }

    /// <summary>The category values of this format usually belong to: the code fix suggests it, and the fideslang key refines it.</summary>
    public Category? UsualCategory { get; init; }

    /// <summary>
    /// The fideslang data-category key of a member of <see cref="UsualCategory"/> with this format (more specific than
    /// the category's own); <see langword="null"/> when the format refines nothing.
    /// </summary>
    public string? FideslangKey { get; init; }

    /// <summary>Member-name words that make the format obvious (<c>Iccid</c>, <c>SimIccid</c>); the PRIV001 code fix suggests it for them.</summary>
    public string[] NameWords { get; init; } = [];

    /// <summary>The format's words in the Dutch statement (<c>telefoonnummers</c>); <see langword="null"/> for none.</summary>
    public string? Dutch { get; init; }

    /// <summary>The format's words in the English statement (<c>phone numbers</c>); <see langword="null"/> for none.</summary>
    public string? English { get; init; }

#if !PRIVACY_POLICY_GENERATOR
    /// <summary>The masking rule for text; <see langword="null"/> when <see cref="Masks"/> is false.</summary>
    public FormatRule? Mask { get; init; }

    /// <summary>
    /// Writes the canonical form of a value before it is hashed, so every way of writing one phone number gives one
    /// pseudonym; <see langword="null"/> when values are never pseudonymised.
    /// </summary>
    public FormatRule? Normalize { get; init; }
#endif
}
