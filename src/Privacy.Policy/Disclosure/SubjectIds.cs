using System;

namespace Privacy.Policy.Disclosure;

/// <summary>
/// The one form of a data subject's id under which registers keep it: a <see cref="Guid"/> as generated code writes a
/// <c>[DataSubject]</c> Guid (lower case, hyphens), anything else as given. A Guid written in upper case or in braces by
/// a clerk is the same subject; a limit recorded under one form and asked under another must still apply.
/// </summary>
internal static class SubjectIds
{
    /// <summary><paramref name="subjectId"/> in the form registers keep and look up.</summary>
    public static string Canonical(string subjectId) => Guid.TryParse(subjectId, out Guid guid) ? guid.ToString() : subjectId;
}
