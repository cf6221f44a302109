using System;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// The form under which the register keeps a subject's id: a <see cref="Guid"/> as generated code writes a
/// <c>[DataSubject]</c> Guid (lower case, hyphens), anything else as given. The same rule as Privacy.Policy's own
/// registers and disclosure audit (internal there, so this package states it again): a limit recorded under one
/// form of a Guid and asked under another must still apply.
/// </summary>
internal static class SubjectProcessingLimitIds
{
    /// <summary><paramref name="subjectId"/> in the form the register keeps and looks up.</summary>
    public static string Canonical(string subjectId) => Guid.TryParse(subjectId, out Guid guid) ? guid.ToString() : subjectId;
}
