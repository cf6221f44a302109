using System;
using System.Collections.Generic;

namespace Privacy.Policy.Disclosure;

/// <summary>
/// Which members a disclosure holds: for a declared purpose, the members processed for it (never credentials); for
/// a data subject's request, the members and paths they named, and what is nested under them (never what is not
/// exportable).
/// </summary>
internal sealed class DisclosureSelection
{
    private readonly Purpose _purpose;
    private readonly HashSet<string>? _paths;

    private DisclosureSelection(Purpose purpose, HashSet<string>? paths)
    {
        _purpose = purpose;
        _paths = paths;
    }

    public static DisclosureSelection ForPurpose(Purpose purpose) => new(purpose, null);

    /// <summary>Whether this is a data subject's request, decided by member paths rather than a purpose.</summary>
    public bool IsRequest => _paths is not null;

    public static DisclosureSelection ForRequest(IEnumerable<string> paths) => new(Purpose.None, new HashSet<string>(paths, StringComparer.Ordinal));

    /// <summary>
    /// Whether the nested value a holder member holds may be looked into: for a purpose, when the holder declares no
    /// purposes (its data's purposes are its members') or declares this one; for a request, always (paths decide).
    /// </summary>
    public bool AllowsNested(PersonalDataMember holder)
        => _paths is not null || holder.Purposes == Purpose.None || (holder.Purposes & _purpose) != 0;

    /// <summary>Whether <paramref name="member"/> is disclosed; <paramref name="path"/> matters only for a request.</summary>
    public bool Allows(PersonalDataMember member, string path)
    {
        if (_paths is null)
        {
            return member.Category != Category.Credentials && (member.Purposes & _purpose) != 0;
        }

        if (!member.Exportable)
        {
            return false;
        }

        // The path itself, or any member it is nested under (Device for Device.Imei).
        for (int end = path.Length; end > 0; end = path.LastIndexOf('.', end - 1))
        {
            if (_paths.Contains(path.Substring(0, end)))
            {
                return true;
            }
        }

        return false;
    }
}
