using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Holds;

namespace Privacy.Policy;

/// <summary>
/// A hold: an instruction that keeps one data subject's records, or one record, from retention sweeps and erasure
/// while it is active: a disputed bill (Telecommunicatiewet art. 11.5(3)), a legal claim (GDPR art. 17(3)(e)) or an
/// authority's demand (Sv art. 126n). A hold is active from when it is placed until <see cref="Until"/> (never, when
/// that is <see langword="null"/>) or until it is lifted (<see cref="Lift"/>), whichever comes first. Lifting never
/// deletes a hold: the lifted holds are the history of what was kept and why.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> shows the hold's id, its kind, the record type, the legal ground and its dates; never the
/// subject id, the record key, the reason or who placed or lifted it (each may be personal data).
/// </remarks>
public sealed class PrivacyHold
{
    // Entity Framework Core binds through the private setters; everything else goes through the factories.
    private PrivacyHold()
    {
        Reason = string.Empty;
        LegalGround = string.Empty;
        PlacedBy = string.Empty;
    }

    /// <summary>The hold's id, made when it is created.</summary>
    public Guid Id { get; private set; }

    /// <summary>
    /// The data subject whose records the hold keeps, as their records' <c>[DataSubject]</c> members hold it written as
    /// invariant text (a <see cref="Guid"/> in lower case with hyphens, a number in invariant digits); <see langword="null"/>
    /// for a hold on one record. This is personal data.
    /// </summary>
    public string? SubjectId { get; private set; }

    /// <summary>For a hold on one record: the full name of the record's type (<see cref="Type.FullName"/>); else <see langword="null"/>.</summary>
    public string? RecordType { get; private set; }

    /// <summary>
    /// For a hold on one record: its key in canonical text (<see cref="ForRecord{T}"/> says how it is written); else
    /// <see langword="null"/>.
    /// </summary>
    public string? RecordKey { get; private set; }

    /// <summary>Why the record or subject is held, in words (<c>Bill 2026-0042 disputed</c>). It may be personal data.</summary>
    public string Reason { get; private set; }

    /// <summary>
    /// The law that keeps the data while the hold lasts, as the erasure report cites it
    /// (<c>AVG art. 17(3)(e)</c>, <c>Telecommunicatiewet art. 11.5(3)</c>, <c>Sv art. 126n</c>).
    /// </summary>
    public string LegalGround { get; private set; }

    /// <summary>
    /// The legal basis the held data is kept under while the hold lasts: <see cref="LegalBasis.LegitimateInterest"/> for
    /// a legal claim (GDPR art. 6(1)(f) with 17(3)(e)), <see cref="LegalBasis.LegalObligation"/> for an authority's demand
    /// (art. 6(1)(c)).
    /// </summary>
    public LegalBasis LegalBasis { get; private set; }

    /// <summary>Who placed the hold (an employee or a system).</summary>
    public string PlacedBy { get; private set; }

    /// <summary>When the hold was placed.</summary>
    public Instant PlacedAt { get; private set; }

    /// <summary>When the hold ends by itself; <see langword="null"/>: it lasts until it is lifted.</summary>
    public Instant? Until { get; private set; }

    /// <summary>When the hold was lifted; <see langword="null"/> while it has not been.</summary>
    public Instant? LiftedAt { get; private set; }

    /// <summary>Who lifted the hold; <see langword="null"/> while it has not been.</summary>
    public string? LiftedBy { get; private set; }

    /// <summary>Whether the hold is on one data subject's records (<see cref="SubjectId"/>) rather than on one record.</summary>
    public bool IsOnSubject => SubjectId is not null;

    /// <summary>
    /// Creates a hold on every record of one data subject.
    /// </summary>
    /// <param name="subjectId">The subject's id, as <see cref="SubjectId"/> describes it.</param>
    /// <param name="reason">Why, in words.</param>
    /// <param name="legalGround">The law that keeps the data (<c>AVG art. 17(3)(e)</c>).</param>
    /// <param name="placedBy">Who places it.</param>
    /// <param name="placedAt">When it is placed (from the clock).</param>
    /// <param name="until">When it ends by itself; <see langword="null"/> until lifted.</param>
    /// <param name="legalBasis">The legal basis the held data is kept under.</param>
    /// <returns>The hold, not yet stored.</returns>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="until"/> is not after <paramref name="placedAt"/>.</exception>
    public static PrivacyHold ForSubject(string subjectId, string reason, string legalGround, string placedBy, Instant placedAt, Instant? until = null, LegalBasis legalBasis = LegalBasis.LegitimateInterest)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        PrivacyHold hold = Create(reason, legalGround, placedBy, placedAt, until, legalBasis);
        hold.SubjectId = subjectId;
        return hold;
    }

    /// <summary>
    /// Creates a hold on one record of <typeparamref name="T"/>, found by its primary key. The key is stored as
    /// canonical text, which the database compares with the row's key in SQL: a string as it is; an <see cref="int"/>,
    /// <see cref="long"/>, <see cref="short"/> or <see cref="byte"/> in invariant digits; a <see cref="Guid"/> in lower case
    /// with hyphens; a composite key (an <see cref="object"/> array, in the key's order) as its parts joined by <c>|</c>,
    /// each part's <c>\</c> and <c>|</c> escaped with a <c>\</c>. A hold on a record of a type in a hierarchy holds the
    /// row whichever type of that hierarchy it names.
    /// </summary>
    /// <typeparam name="T">The record's entity type.</typeparam>
    /// <param name="key">The record's key: one value, or an <see cref="object"/> array for a composite key.</param>
    /// <param name="reason">Why, in words.</param>
    /// <param name="legalGround">The law that keeps the data (<c>Telecommunicatiewet art. 11.5(3)</c>).</param>
    /// <param name="placedBy">Who places it.</param>
    /// <param name="placedAt">When it is placed (from the clock).</param>
    /// <param name="until">When it ends by itself; <see langword="null"/> until lifted.</param>
    /// <param name="legalBasis">The legal basis the held data is kept under.</param>
    /// <returns>The hold, not yet stored.</returns>
    /// <exception cref="ArgumentException">
    /// A key part is null or of another type than those above, a text is empty, or <paramref name="until"/> is not after
    /// <paramref name="placedAt"/>. The message never shows the key.
    /// </exception>
    public static PrivacyHold ForRecord<T>(object key, string reason, string legalGround, string placedBy, Instant placedAt, Instant? until = null, LegalBasis legalBasis = LegalBasis.LegitimateInterest)
    {
        string recordKey = RecordKeyOf(key);
        PrivacyHold hold = Create(reason, legalGround, placedBy, placedAt, until, legalBasis);
        hold.RecordType = typeof(T).FullName ?? typeof(T).Name;
        hold.RecordKey = recordKey;
        return hold;
    }

    /// <summary>
    /// The canonical text of a record's key, as <see cref="RecordKey"/> holds it (<see cref="ForRecord{T}"/> says how it
    /// is written): for an <see cref="IPrivacyHolds"/> that finds record holds by their key.
    /// </summary>
    /// <param name="key">The record's key: one value, or an <see cref="object"/> array for a composite key.</param>
    /// <returns>The key's canonical text.</returns>
    /// <exception cref="ArgumentException">A key part is null or of a type a hold cannot name; the message never shows the key.</exception>
    public static string RecordKeyOf(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return HoldKeys.Canonical(key);
    }

    /// <summary>Whether the hold holds at <paramref name="at"/>: placed, not lifted, and not past <see cref="Until"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> while the hold is active.</returns>
    public bool IsActiveAt(Instant at) => LiftedAt is null && (Until is not { } until || until > at);

    /// <summary>Lifts the hold: records when and by whom. The hold stays, as the history of what was kept.</summary>
    /// <param name="liftedBy">Who lifts it.</param>
    /// <param name="liftedAt">When (from the clock).</param>
    /// <exception cref="InvalidOperationException">The hold was lifted already.</exception>
    public void Lift(string liftedBy, Instant liftedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(liftedBy);
        if (LiftedAt is not null)
        {
            throw new InvalidOperationException($"Hold {Id} was lifted already.");
        }

        LiftedAt = liftedAt;
        LiftedBy = liftedBy;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        string target = IsOnSubject ? "a data subject" : $"one {RecordType} record";
        string until = Until is { } end ? InstantPattern.ExtendedIso.Format(end) : "lifted";
        string state = LiftedAt is { } lifted ? $", lifted at {InstantPattern.ExtendedIso.Format(lifted)}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"PrivacyHold {Id} on {target} ({LegalGround}), placed at {InstantPattern.ExtendedIso.Format(PlacedAt)}, until {until}{state}");
    }

    private static PrivacyHold Create(string reason, string legalGround, string placedBy, Instant placedAt, Instant? until, LegalBasis legalBasis)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        ArgumentException.ThrowIfNullOrEmpty(legalGround);
        ArgumentException.ThrowIfNullOrEmpty(placedBy);
        if (until is { } end && end <= placedAt)
        {
            throw new ArgumentException("A hold must end after it is placed.", nameof(until));
        }

        if (!Enum.IsDefined(legalBasis))
        {
            throw new ArgumentOutOfRangeException(nameof(legalBasis), "Not a legal basis.");
        }

        return new PrivacyHold
        {
            Id = Guid.NewGuid(),
            Reason = reason,
            LegalGround = legalGround,
            PlacedBy = placedBy,
            PlacedAt = placedAt,
            Until = until,
            LegalBasis = legalBasis,
        };
    }
}
