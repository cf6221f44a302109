using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Unicode;
using System.Text;
using System.Threading;
using System;
using Privacy.Policy.DependencyInjection;
using Privacy.Policy.Generated;
using Privacy.Policy.Redaction.Formats;
using Privacy.Policy.Text;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy.Redaction;

/// <summary>
/// Redacts single values by format and kind: the engine behind the generated <c>Redact</c> code, the generated
/// <c>ToString</c>, and the <see cref="Microsoft.Extensions.Compliance.Redaction.Redactor"/>s this package registers
/// for logging. Every method fails closed: a value its format rule cannot read is erased whole, never returned in
/// part. The rules are listed in <c>docs/redaction.md</c>.
/// </summary>
/// <remarks>
/// An instance holds the pseudonymisation key. It never shows the key or any value it redacted in
/// <see cref="ToString"/>, exception messages or the debugger.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PersonalDataRedactor
{
    /// <summary>The prefix of every pseudonym: <c>ps:&lt;key id&gt;:&lt;22 characters&gt;</c>.</summary>
    public const string PseudonymPrefix = "ps:";

    private const int HashBytesKept = 16; // 128 bits: collisions are out of reach, and the text stays short.
    private const int PseudonymHashChars = ((HashBytesKept * 4) + 2) / 3; // base64url without padding: 22

    private const int StackLimit = 512;

    /// <summary>What <see cref="ShowNested"/> shows for a back-reference.</summary>
    internal const string CycleText = "<cycle>";

    /// <summary>What <see cref="ShowNested"/> shows past <see cref="GraphPath.MaxDepth"/> levels.</summary>
    internal const string TooDeepText = "<too deep>";

    [ThreadStatic]
    private static long t_hashesComputed;

    // A thread's redaction and ToString in progress: generated code runs on many threads at once, and one walk
    // never leaves its thread (Redact and ToString are synchronous).
    [ThreadStatic]
    private static RedactionWalk? t_walk;

    [ThreadStatic]
    private static GraphPath? t_shown;

    private readonly byte[]? _key;
    private readonly string? _keyId;
    private readonly string _countryCode;
    private readonly string _erased;
    private readonly bool _forDisplay;

    // One HMAC per thread, reset after each use: creating an HMAC costs far more than hashing a short value.
    private readonly ThreadLocal<IncrementalHash>? _hmac;

    private PersonalDataRedactor(byte[]? key, string? keyId, string countryCode, string erased, bool forDisplay = false)
    {
        _key = key;
        _keyId = keyId;
        _countryCode = countryCode;
        _erased = erased;
        _forDisplay = forDisplay;
        _hmac = key is null ? null : new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key));
    }

    /// <summary>
    /// A redactor without a key, for showing values to people (the generated <c>ToString</c>): masks as usual and
    /// shows <c>***</c> for erased and pseudonymised values.
    /// </summary>
    public static PersonalDataRedactor Display { get; } = new(null, null, PrivacyPolicyOptions.NetherlandsCallingCode, "***", forDisplay: true);

    /// <summary>Whether this redactor has a pseudonymisation key.</summary>
    public bool CanPseudonymize => _key is not null;

    /// <summary>The id of the pseudonymisation key, carried in every pseudonym; <see langword="null"/> without a key.</summary>
    public string? KeyId => _keyId;

    /// <summary>Creates a redactor from validated options.</summary>
    /// <param name="options">The options; they are validated as at start-up.</param>
    /// <returns>The redactor.</returns>
    /// <exception cref="ArgumentException">The options are invalid; the message names the setting.</exception>
    public static PersonalDataRedactor Create(PrivacyPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (PrivacyPolicyOptionsValidator.FirstFailure(options, requirePseudonymization: false) is { } failure)
        {
            throw new ArgumentException(failure, nameof(options));
        }

        // An empty key is no key: an HMAC under it is a plain hash anyone can compute.
        byte[]? key = string.IsNullOrEmpty(options.Pseudonymization.Key) ? null : Convert.FromBase64String(options.Pseudonymization.Key);
        return new PersonalDataRedactor(key, key is null ? null : options.Pseudonymization.KeyId, options.DefaultCountryCallingCode, string.Empty);
    }

    /// <summary>Redacts a text value of <paramref name="format"/> with <paramref name="kind"/>.</summary>
    /// <param name="value">The value; <see langword="null"/> stays <see langword="null"/>.</param>
    /// <param name="format">What the value is; it decides the masking rule and the normalisation before hashing.</param>
    /// <param name="kind">
    /// How to redact. <see cref="RedactionKind.Default"/> masks formats that have a masking rule and erases the rest.
    /// BSNs and secrets are erased whatever the kind.
    /// </param>
    /// <returns>The redacted value: masked, a pseudonym, or empty.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="kind"/> is <see cref="RedactionKind.Pseudonymize"/> and no key is configured.</exception>
    public string? Redact(string? value, DataFormat format, RedactionKind kind)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length == 0)
        {
            return value;
        }

        if (kind == RedactionKind.Erase)
        {
            return _erased;
        }

        kind = Resolve(format, kind);
        if (kind == RedactionKind.Erase)
        {
            return _erased;
        }

        if (kind == RedactionKind.Scrub)
        {
            return TextScrubber.ScrubMember(value, this, out bool unchanged) ?? (unchanged ? value : _erased);
        }

        using var scratch = new ScratchBuffer(stackalloc char[StackLimit], Capacity(value.Length, kind));
        int written = Write(value.AsSpan(), scratch.Span, format, kind);
        return written < 0 ? _erased : new string(scratch.Span.Slice(0, written));
    }

    /// <summary>
    /// Redacts a value of a personal-data type with its own generated code: what generated code calls for a member
    /// whose type holds personal data of its own.
    /// </summary>
    /// <typeparam name="T">The personal-data type.</typeparam>
    /// <param name="value">The value; not <see langword="null"/>.</param>
    /// <returns>
    /// The redacted copy. Within one redaction, a value met again is not copied again: a value whose copy is done
    /// (a shared reference) gets that same copy, and a value still being copied (a back-reference, a cycle) and a
    /// value nested more than 64 levels deep are cut: <see langword="null"/> (<c>default</c> for a value type).
    /// </returns>
    public T Redact<T>(T value)
        where T : IPersonalData<T>
    {
        RedactionWalk walk = t_walk ??= new RedactionWalk();
        RedactionWalk? outer = null;
        if (walk.Path.Count == 0)
        {
            walk.Redactor = this;
        }
        else if (!ReferenceEquals(walk.Redactor, this))
        {
            // Another redactor inside a redaction (hand-written code): its copies are not this walk's.
            outer = walk;
            walk = t_walk = new RedactionWalk { Redactor = this };
        }

        try
        {
            return walk.Redact(value);
        }
        finally
        {
            if (outer is not null)
            {
                t_walk = outer;
            }
        }
    }

    /// <summary>
    /// What generated code calls for a <c>[NotPersonalData]</c> member typed <see cref="object"/>, an interface, a class
    /// that may be derived from, or a type parameter: a value that is a personal-data type at run time is redacted by
    /// its own generated code, as a nested value; any other value is returned as it is, as the declaration says.
    /// </summary>
    /// <typeparam name="T">The member's declared type.</typeparam>
    /// <param name="value">The member's value.</param>
    /// <returns>
    /// The value, or its redacted copy; <see langword="null"/> (<c>default</c>) where the copy is cut (a back-reference,
    /// more than 64 levels deep) or is not a <typeparamref name="T"/>: never the value in clear.
    /// </returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T RedactRuntimeValue<T>(T value)
        => value is IPersonalDataValue personal
            ? personal.RedactNested(this) is T copy ? copy : default!
            : value;

    /// <summary>
    /// What the generated <c>ToString</c> shows for a member that holds a nested personal-data value: its own
    /// <c>ToString</c>, or <c>&lt;cycle&gt;</c> for a value already being shown further up (a back-reference), or
    /// <c>&lt;too deep&gt;</c> past 64 levels, so that logging an entity of a cyclic or very deep graph cannot
    /// overflow the stack.
    /// </summary>
    /// <param name="holder">The value whose member it is (<c>this</c>).</param>
    /// <param name="value">The member's value.</param>
    /// <returns>The text, or <see langword="null"/> for <see langword="null"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static string? ShowNested(object holder, object? value)
    {
        if (value is null)
        {
            return null;
        }

        GraphPath path = t_shown ??= new GraphPath();
        bool root = path.Count == 0;
        if (root)
        {
            // The value being shown is on the path too, so that a member pointing back to it is a cycle at once.
            path.Push(holder);
        }

        try
        {
            if (path.LevelsUpTo(value) > 0)
            {
                return CycleText;
            }

            if (path.IsFull)
            {
                return TooDeepText;
            }

            path.Push(value);
            try
            {
                return value.ToString();
            }
            finally
            {
                path.Pop();
            }
        }
        finally
        {
            if (root)
            {
                path.Pop();
            }
        }
    }

    /// <summary>
    /// Redacts <paramref name="value"/> into <paramref name="destination"/>; the span form used by the logging
    /// redactors. Returns the number of characters written, or -1 when <paramref name="destination"/> is too small.
    /// </summary>
    internal int Redact(ReadOnlySpan<char> value, Span<char> destination, DataFormat format, RedactionKind kind)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        kind = Resolve(format, kind);
        if (kind == RedactionKind.Scrub)
        {
            return ScrubbedForLog(value, destination);
        }

        if (kind != RedactionKind.Erase)
        {
            using var scratch = new ScratchBuffer(stackalloc char[StackLimit], Capacity(value.Length, kind));
            int written = Write(value, scratch.Span, format, kind);
            if (written >= 0)
            {
                return scratch.Span.Slice(0, written).TryCopyTo(destination) ? written : -1;
            }
        }

        return _erased.AsSpan().TryCopyTo(destination) ? _erased.Length : -1;
    }

    /// <summary>The number of characters <see cref="Redact(ReadOnlySpan{char}, Span{char}, DataFormat, RedactionKind)"/> writes.</summary>
    internal int GetRedactedLength(ReadOnlySpan<char> value, DataFormat format, RedactionKind kind)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        // Exact, not an upper bound: Redactor.Redact(string) sizes its result with it. A pseudonym's length follows
        // from the key id alone, so only the value's readability is checked here: the HMAC runs once, in Redact.
        kind = Resolve(format, kind);
        if (kind == RedactionKind.Mask)
        {
            using var scratch = new ScratchBuffer(stackalloc char[StackLimit], Capacity(value.Length, kind));
            int written = Write(value, scratch.Span, format, kind);
            return written >= 0 ? written : _erased.Length;
        }

        if (kind == RedactionKind.Pseudonymize)
        {
            using var scratch = new ScratchBuffer(stackalloc char[StackLimit], Capacity(value.Length, kind));
            return TryNormalizeForPseudonym(value, scratch.Span, format, out _) ? PseudonymLength : _erased.Length;
        }

        if (kind == RedactionKind.Scrub)
        {
            return ScrubbedForLog(value, Span<char>.Empty, measureOnly: true);
        }

        return _erased.Length;
    }

    /// <summary>How many pseudonym hashes this thread has computed: lets tests see that sizing a pseudonym hashes nothing.</summary>
    internal static long HashesComputedOnThisThread => t_hashesComputed;

    /// <summary>The length of every pseudonym this redactor writes: <c>ps:</c>, the key id, <c>:</c> and the hash.</summary>
    private int PseudonymLength => PseudonymPrefix.Length + (_keyId?.Length ?? 0) + 1 + PseudonymHashChars;

    /// <inheritdoc />
    public override string ToString() => _key is null ? "PersonalDataRedactor (no key)" : $"PersonalDataRedactor (key id {_keyId})";

    internal static PersonalDataRedactor CreateUnchecked(byte[]? key, string? keyId, string countryCode = PrivacyPolicyOptions.NetherlandsCallingCode)
        => new(key, keyId, countryCode, string.Empty);

    private RedactionKind Resolve(DataFormat format, RedactionKind kind)
    {
        kind = RedactionRule.ForText(format, kind);
        if (kind == RedactionKind.Pseudonymize && _key is null)
        {
            return _forDisplay
                ? RedactionKind.Erase
                : throw new InvalidOperationException("RedactionKind.Pseudonymize needs a key: set PrivacyPolicyOptions.Pseudonymization.Key and KeyId.");
        }

        return kind;
    }

    /// <summary>
    /// Scrubs a logged free-text value into <paramref name="destination"/>: the number of characters written (or, with
    /// <paramref name="measureOnly"/>, that would be), -1 when <paramref name="destination"/> is too small. With its
    /// discriminator on, the logging pipeline appends <c>:&lt;tag name&gt;</c> before redacting; a value whose findings
    /// that suffix changes (an identifier at the very end that the colon could extend or cut) is erased whole.
    /// </summary>
    private int ScrubbedForLog(ReadOnlySpan<char> value, Span<char> destination, bool measureOnly = false)
    {
        string? scrubbed = TextScrubber.ScrubMember(value, this, out bool unchanged);
        ReadOnlySpan<char> result = (scrubbed is null && !unchanged) || TextScrubber.SuffixMayHideFinding(value)
            ? _erased.AsSpan()
            : scrubbed is null ? value : scrubbed.AsSpan();
        if (measureOnly)
        {
            return result.Length;
        }

        return result.TryCopyTo(destination) ? result.Length : -1;
    }

    private static int Capacity(int length, RedactionKind kind)
        => kind == RedactionKind.Pseudonymize ? Math.Max(StackLimit, length + 64) : (length * 2) + 32;

    /// <summary>Masks or pseudonymises into <paramref name="buffer"/>; -1 when the value cannot be read.</summary>
    private int Write(ReadOnlySpan<char> value, Span<char> buffer, DataFormat format, RedactionKind kind)
    {
        if (kind == RedactionKind.Mask)
        {
            return FormatRedaction.TryMask(format, value, buffer, _countryCode.AsSpan(), out int written) ? written : -1;
        }

        // Pseudonymize: normalise into the buffer, then replace it with the pseudonym.
        return TryNormalizeForPseudonym(value, buffer, format, out int normalized)
            ? WritePseudonym(format, buffer.Slice(0, normalized), buffer)
            : -1;
    }

    /// <summary>
    /// Normalises <paramref name="value"/> into <paramref name="buffer"/> for a pseudonym; false when the value cannot
    /// be read, is empty once normalised, or is not well-formed text (a lone surrogate would be replaced when
    /// encoded, so different values would share a pseudonym).
    /// </summary>
    private bool TryNormalizeForPseudonym(ReadOnlySpan<char> value, Span<char> buffer, DataFormat format, out int normalized)
    {
        // "José" typed precomposed (NFC) and as e + combining accent (NFD) is one name: both are composed (NFC) before
        // the format reads them, so that they share a pseudonym and the format's checks see one form. ASCII, the
        // common case, is already composed and pays nothing; other text allocates, which a pseudonym (a hash) can afford.
        bool text = IsText(format);
        if (text && !Ascii.IsValid(value))
        {
            if (!IsWellFormed(value))
            {
                normalized = 0;
                return false; // string.Normalize throws on a lone surrogate; such a value is erased, as below
            }

            value = Composed(value);
        }

        if (FormatRedaction.TryNormalize(format, value, buffer, _countryCode.AsSpan(), out normalized)
            && normalized > 0
            && IsWellFormed(buffer.Slice(0, normalized)))
        {
            // Upper-casing a composed letter can leave one without a composed capital beside a mark: compose again.
            ReadOnlySpan<char> result = buffer.Slice(0, normalized);
            if (text && !Ascii.IsValid(result) && Composed(result) is var composed && !composed.SequenceEqual(result))
            {
                if (!composed.TryCopyTo(buffer))
                {
                    normalized = 0;
                    return false;
                }

                normalized = composed.Length;
            }

            return true;
        }

        normalized = 0;
        return false;
    }

    /// <summary>The formats whose values are text a person typed, in any script: they are composed (NFC) before hashing.</summary>
    private static bool IsText(DataFormat format) => FormatRows.Of(format)?.IsTypedText == true;

    /// <summary>
    /// The text in Unicode normalisation form C. Not NFKC: compatibility forms (a ligature, a full-width or superscript
    /// letter) can be different data, and folding them would link values that are not the same text.
    /// </summary>
    private static ReadOnlySpan<char> Composed(ReadOnlySpan<char> value)
    {
        string text = value.ToString();
        return text.IsNormalized(NormalizationForm.FormC) ? text.AsSpan() : text.Normalize(NormalizationForm.FormC).AsSpan();
    }

    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int WritePseudonym(DataFormat format, ReadOnlySpan<char> normalized, Span<char> destination)
    {
        // The hash covers the format too, so the same digits as a phone number and as an IMSI do not link.
        string domain = FormatRows.Of(format)?.Name ?? nameof(DataFormat.Unspecified);
        int byteCount = Encoding.UTF8.GetMaxByteCount(domain.Length + 1 + normalized.Length);
        byte[]? rented = null;
        Span<byte> bytes = byteCount <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        try
        {
            int length = Encoding.UTF8.GetBytes(domain.AsSpan(), bytes);
            bytes[length++] = 0x1F;

            // Well-formed (TryNormalizeForPseudonym checked), so the encoding cannot fail; the check stays as a guard.
            if (Utf8.FromUtf16(normalized, bytes.Slice(length), out _, out int valueBytes, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return -1;
            }

            length += valueBytes;

            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            IncrementalHash hmac = _hmac!.Value!;
            hmac.AppendData(bytes.Slice(0, length));
            hmac.GetHashAndReset(hash);
            t_hashesComputed++;
            bytes.Slice(0, length).Clear();

            int position = 0;
            if (!MaskText.TryAppend(destination, ref position, PseudonymPrefix.AsSpan())
                || !MaskText.TryAppend(destination, ref position, _keyId.AsSpan())
                || !MaskText.TryAppend(destination, ref position, ':')
                || !Convert.TryToBase64Chars(hash.Slice(0, HashBytesKept), destination.Slice(position), out int encoded))
            {
                return -1;
            }

            // base64url, without padding
            Span<char> text = destination.Slice(position, encoded);
            text.Replace('+', '-');
            text.Replace('/', '_');
            return position + text.TrimEnd('=').Length;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
