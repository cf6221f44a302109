using System;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Policy.Redaction;

/// <summary>
/// A Microsoft.Extensions.Compliance <see cref="Redactor"/> for one format and kind, backed by a
/// <see cref="PersonalDataRedactor"/>: the same rules, key and fail-closed behaviour as generated code. Input it cannot
/// read, such as a value with a discriminator appended by the logging pipeline, is erased.
/// </summary>
public class PrivacyPolicyRedactor : Redactor
{
    private readonly PersonalDataRedactor _redactor;

    /// <summary>Creates a redactor.</summary>
    /// <param name="redactor">The engine, with the configured key.</param>
    /// <param name="format">The format of the values it redacts.</param>
    /// <param name="kind">How it redacts them.</param>
    public PrivacyPolicyRedactor(PersonalDataRedactor redactor, DataFormat format, RedactionKind kind)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        _redactor = redactor;
        Format = format;
        Kind = RedactionClassifications.Effective(format, kind);
    }

    /// <summary>The format of the values it redacts.</summary>
    public DataFormat Format { get; }

    /// <summary>How it redacts them: masked, pseudonymised, scrubbed (free text) or erased.</summary>
    public RedactionKind Kind { get; }

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input) => _redactor.GetRedactedLength(input, Format, Kind);

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        int written = _redactor.Redact(source, destination, Format, Kind);
        if (written < 0)
        {
            throw new ArgumentException("The destination is shorter than GetRedactedLength said.", nameof(destination));
        }

        return written;
    }

    /// <inheritdoc />
    public override string ToString() => $"PrivacyPolicyRedactor ({Format}, {Kind})";
}
