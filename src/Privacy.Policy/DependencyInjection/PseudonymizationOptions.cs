namespace Privacy.Policy;

/// <summary>
/// The secret key of keyed pseudonyms (HMAC-SHA256) and its id. Keep the key apart from the data (GDPR art. 4(5)):
/// in a secret store, not in the database. Rotating the key means a new <see cref="KeyId"/>; every pseudonym carries
/// the id of the key that made it.
/// </summary>
public sealed class PseudonymizationOptions
{
    /// <summary>
    /// The id of the key, carried in every pseudonym (<c>ps:2026-11:…</c>): 1 to 32 letters, digits, <c>.</c>,
    /// <c>_</c> or <c>-</c>.
    /// </summary>
    public string? KeyId { get; set; }

    /// <summary>The key in base64, at least 32 bytes once decoded. It never appears in any message or log.</summary>
    public string? Key { get; set; }

    /// <inheritdoc />
    public override string ToString() => KeyId is null ? "Pseudonymization (no key)" : $"Pseudonymization (key id {KeyId})";
}
