using System.Collections.Generic;

namespace Privacy.Policy;

/// <summary>
/// What a service calls to apply the privacy statement to its data. Register it with
/// <c>services.AddPrivacyPolicy(...)</c>.
/// </summary>
public interface IPrivacyPolicy
{
    /// <summary>
    /// Returns a copy of <paramref name="value"/> in which every personal-data member is redacted as its
    /// <c>[PersonalData]</c> says (masked, pseudonymised with the configured key, or erased) and every other member is
    /// unchanged. Values a format rule cannot read are erased whole. Nested personal-data values are copied once each
    /// (a shared reference stays shared in the copy); a back-reference to a value still being copied (a cycle) and a
    /// value nested more than 64 levels deep are cut to <see langword="null"/>.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <param name="value">The value to redact; it is not changed.</param>
    /// <returns>The redacted copy.</returns>
    T Redact<T>(T value)
        where T : IPersonalData<T>;

    /// <summary>
    /// Erases a value (GDPR art. 17): returns a copy in which every personal-data member is erased, except members
    /// that a legal obligation still requires (a purpose whose legal basis is <see cref="LegalBasis.LegalObligation"/>,
    /// such as seven-year bookkeeping, whose retention from the value's anchor has not run out). A value held by a
    /// hold (<see cref="IPrivacyHolds"/>) keeps every member: what erasure would erase is reported retained on the
    /// ground of the hold (<see cref="RetentionGround.Hold"/>). The result says what was kept, why and until when.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <param name="value">The value to erase; it is not changed.</param>
    /// <returns>The erased copy, the retained members and the erased ones.</returns>
    ErasureResult<T> Erase<T>(T value)
        where T : IPersonalData<T>;

    /// <summary>
    /// Decides retention for <paramref name="value"/> at the clock's current instant: <see cref="RetentionAction.Keep"/>
    /// while the value is held (<see cref="IPrivacyHolds"/>, <see cref="RetentionDecision.Hold"/>) or nothing has expired, <see cref="RetentionAction.EraseMembers"/> when some personal-data members have,
    /// <see cref="RetentionAction.Delete"/> when all have; and when that decision next changes. A record without an
    /// anchor value is kept and flagged, never deleted.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <param name="value">The record.</param>
    /// <returns>The decision.</returns>
    RetentionDecision EvaluateRetention<T>(T value)
        where T : IPersonalData<T>;

    /// <summary>
    /// For each member of <typeparamref name="T"/> with a retention, the latest anchor (a local date and time in the
    /// configured zone) whose retention has run out at the clock's current instant: what a set-based sweep compares
    /// the anchor column with. Agrees with <see cref="EvaluateRetention{T}(T)"/> for every anchor. A member whose period
    /// reaches back past the calendar's first day has nothing expired and no threshold.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <returns>The thresholds, in the order of the type's descriptor.</returns>
    IReadOnlyList<RetentionThreshold> GetRetentionThresholds<T>()
        where T : IPersonalData<T>;

    /// <summary>The configured time zone, in which retention is counted.</summary>
    NodaTime.DateTimeZone TimeZone { get; }

    /// <summary>
    /// The clock the policy decides by: the container's <see cref="NodaTime.IClock"/>, or the system clock. Database
    /// sweeps read it to tell which holds are still active at the instant they count retention for.
    /// </summary>
    NodaTime.IClock Clock => NodaTime.SystemClock.Instance;

    /// <summary>
    /// Starts a subject-access export (GDPR articles 15 and 20) for one data subject, written to
    /// <paramref name="output"/> as UTF-8 JSON as records are added. Add the subject's records, then call
    /// <see cref="SubjectAccessExport.CompleteAsync"/>. Call <see cref="SubjectAccessExport.MustCover"/> on it to have it
    /// refuse to complete until every type with a <c>[DataSubject]</c> in the given catalogs is added or declared not held.
    /// </summary>
    /// <param name="output">Where the JSON goes; the export does not close it.</param>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    /// <returns>The export.</returns>
    SubjectAccessExport BeginExport(System.IO.Stream output, string subjectId);

    /// <summary>
    /// Discloses a value to a declared recipient for one purpose (GDPR art. 5(1)(b) and 28): returns a copy holding
    /// only the personal-data members processed for <paramref name="purpose"/>, nested personal data by its own
    /// members; every other personal-data member is erased, and credentials always are. Members that are not personal
    /// data are copied unchanged. The <see cref="IDisclosureAuditSink"/> records the disclosure before it returns.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <param name="value">The value; it is not changed.</param>
    /// <param name="recipient">The name of a recipient in <see cref="PrivacyPolicyOptions.Recipients"/>.</param>
    /// <param name="purpose">One purpose the recipient is declared for.</param>
    /// <returns>The projected copy.</returns>
    /// <exception cref="DisclosureRefusedException">
    /// The recipient is not declared, is not declared for <paramref name="purpose"/>, or is a processor without a
    /// processing agreement in force today. The refusal is recorded first.
    /// </exception>
    /// <exception cref="System.ArgumentException"><paramref name="purpose"/> is not exactly one purpose.</exception>
    /// <remarks>
    /// When an <see cref="ISubjectProcessingLimits"/> is registered, a value whose <c>[DataSubject]</c> is restricted
    /// is refused with <see cref="DisclosureRefusal.Restricted"/> (GDPR art. 18(1)); disclose it for legal claims with
    /// <see cref="Disclose{T}(T, string, Purpose, RestrictionExemption)"/>.
    /// </remarks>
    T Disclose<T>(T value, string recipient, Purpose purpose)
        where T : IPersonalData<T>;

    /// <summary>
    /// Discloses a value as <see cref="Disclose{T}(T, string, Purpose)"/> does, on a ground that lets a restricted
    /// subject's data go (GDPR art. 18(2)): legal claims, another person's rights, an important public interest. Every
    /// other refusal still applies. An implementation that does not override it refuses as the overload without the
    /// ground does, so it fails closed.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <param name="value">The value; it is not changed.</param>
    /// <param name="recipient">The name of a recipient in <see cref="PrivacyPolicyOptions.Recipients"/>.</param>
    /// <param name="purpose">One purpose the recipient is declared for.</param>
    /// <param name="exemption">The ground of art. 18(2) the disclosure is made on.</param>
    /// <returns>The projected copy.</returns>
    /// <exception cref="DisclosureRefusedException">A refusal of the overload without the ground, other than the restriction.</exception>
    T Disclose<T>(T value, string recipient, Purpose purpose, RestrictionExemption exemption)
        where T : IPersonalData<T>
        => Disclose(value, recipient, purpose);

    /// <summary>
    /// Discloses a value on the data subject's explicit request (<see cref="DisclosureBasis.SubjectRequest"/>):
    /// returns a copy holding only the members the request names, and what is nested under them; every other
    /// personal-data member is erased. The <see cref="IDisclosureAuditSink"/> records the disclosure with the
    /// request's reference before it returns.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <param name="value">The value; it is not changed.</param>
    /// <param name="request">The recipient the subject chose, the members they named, and the request's reference.</param>
    /// <returns>The projected copy.</returns>
    /// <exception cref="DisclosureRefusedException">
    /// The request names a member that is not personal data of <typeparamref name="T"/>, or one that never leaves
    /// the controller (credentials, members not exportable). The refusal is recorded first.
    /// </exception>
    T Disclose<T>(T value, SubjectDisclosureRequest request)
        where T : IPersonalData<T>;

    /// <summary>
    /// Finds the personal data in free text (a support ticket, a call note, an e-mail): BSNs, IBANs, payment cards,
    /// IMEIs, phone numbers, e-mail addresses and IP and MAC addresses, each validated (11-test, mod-97, Luhn, number
    /// plans) so that look-alikes such as order numbers, amounts and dates are not reported. See <c>docs/free-text.md</c>.
    /// </summary>
    /// <remarks>
    /// The default implementation, for test doubles written before this member, reports the whole text as one
    /// <see cref="DataFormat.FreeText"/> finding: it fails closed.
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns>The findings in the order of the text, not overlapping; an empty list when nothing is found.</returns>
    IReadOnlyList<TextFinding> FindPersonalData(string text)
    {
        System.ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? System.Array.Empty<TextFinding>() : [new TextFinding(DataFormat.FreeText, 0, text.Length)];
    }

    /// <summary>
    /// Returns <paramref name="text"/> with every finding of <see cref="FindPersonalData(string)"/> redacted by its
    /// format's rule (a mask keeps what is not personal; a BSN is erased) and everything else unchanged. Scrubbing is
    /// idempotent, and a text without findings is returned as it is.
    /// </summary>
    /// <remarks>
    /// The default implementation, for test doubles written before this member, erases the whole text: it fails closed.
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns>The scrubbed text.</returns>
    string Scrub(string text)
    {
        System.ArgumentNullException.ThrowIfNull(text);
        return string.Empty;
    }
}
