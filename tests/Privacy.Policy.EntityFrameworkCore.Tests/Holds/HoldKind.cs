using System;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>
/// How a key kind's rows are made and read back: row <c>index</c> of subject <c>subject</c> anchored at an instant,
/// its key for <see cref="PrivacyHold.ForRecord{T}"/>, a subject's id as the generated code writes it, and a row's index.
/// </summary>
public sealed record HoldKind<TRow>(Func<int, int, NodaTime.Instant, TRow> Make, Func<int, object> Key, Func<int, string> Subject, Func<TRow, int> Index, Func<TRow, string?> Called, Func<TRow, string?> Imsi)
    where TRow : class, IPersonalData<TRow>;
