using System;
using System.Collections.Generic;

namespace Privacy.Policy.Disclosure;

/// <summary>
/// When a data subject's request to have members sent to a recipient (GDPR art. 15(3) and art. 20(1)) is refused,
/// checked against every member path the projection met: each requested path must be a personal-data member of the
/// type (or hold some), and one that may leave the controller (not credentials, not marked not exportable).
/// </summary>
internal static class SubjectRequestRefusals
{
    /// <summary>Why <paramref name="path"/> cannot be disclosed; <see langword="null"/> when it can.</summary>
    /// <param name="path">A requested member path, such as <c>Email</c> or <c>Device.Imei</c>.</param>
    /// <param name="visited">Every member path the projection met, with whether it is exportable.</param>
    /// <param name="descriptor">The descriptor of the disclosed value's type.</param>
    /// <returns>
    /// <see cref="DisclosureRefusal.NotDisclosable"/> for a path met that is not exportable;
    /// <see cref="DisclosureRefusal.UnknownMember"/> for a path neither met nor under a nested value this record does
    /// not have (then nothing is there, and nothing is refused).
    /// </returns>
    public static DisclosureRefusal? Check(string path, IReadOnlyList<(string Path, bool Exportable)> visited, PersonalDataDescriptor descriptor)
    {
        bool found = false;
        foreach ((string seen, bool exportable) in visited)
        {
            if (seen == path)
            {
                return exportable ? null : DisclosureRefusal.NotDisclosable;
            }

            found |= seen.Length > path.Length && seen[path.Length] == '.' && seen.StartsWith(path, StringComparison.Ordinal);
        }

        if (found)
        {
            return null;
        }

        // Unknown, unless it lies under a nested value this record does not have: then nothing is there.
        int dot = path.IndexOf('.');
        string parent = path.Substring(0, Math.Max(path.LastIndexOf('.'), 0)) + ".";
        bool parentSeen = false;
        foreach ((string seen, _) in visited)
        {
            if (seen.StartsWith(parent, StringComparison.Ordinal))
            {
                parentSeen = true;
                break;
            }
        }

        return dot < 0 || descriptor.FindMember(path.Substring(0, dot)) is null || parentSeen ? DisclosureRefusal.UnknownMember : null;
    }

    /// <summary>The message of the refusal: it names the request's reference, the type and the member, never a value.</summary>
    /// <param name="reason">What <see cref="Check"/> returned.</param>
    /// <param name="reference">The request's reference.</param>
    /// <param name="path">The refused path.</param>
    /// <param name="typeName">The disclosed value's type name.</param>
    /// <returns>The exception message.</returns>
    public static string Explain(DisclosureRefusal reason, string reference, string path, string typeName)
        => reason == DisclosureRefusal.UnknownMember
            ? $"Subject request {reference} refused: '{path}' is not a personal-data member of {typeName}."
            : $"Subject request {reference} refused: {typeName} member '{path}' never leaves the controller (credentials, or not exportable).";
}
