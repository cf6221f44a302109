using System;
using System.Collections.Generic;
using System.Text;

namespace Privacy.Policy;

// Completeness (GDPR art. 15(1), art. 20): which types the export covers, and, when asked, that every catalog type
// with a [DataSubject] was either added or declared not held before the document is closed.
public sealed partial class SubjectAccessExport
{
    /// <summary>The full name of each type added, in the order first added.</summary>
    private readonly List<string> _added = [];

    /// <summary>The full name of each type declared not held, with the reason, in the order declared.</summary>
    private readonly List<(string Type, string Reason)> _notHeld = [];

    /// <summary>The catalogs whose subject types this export must cover, or null when none was asked for.</summary>
    private List<PersonalDataCatalog>? _covered;

    /// <summary>
    /// Makes the export cover every type with a <c>[DataSubject]</c> in <paramref name="catalogs"/> (GDPR art. 15(1):
    /// all the personal data concerning the subject): <see cref="CompleteAsync"/> then fails, naming the types, unless
    /// each was added or declared with <see cref="NotHeld{T}(string)"/>. Pass <see cref="PersonalDataCatalog.Loaded"/>
    /// for every loaded assembly built with Privacy.Policy. May be called more than once; the catalogs add up.
    /// </summary>
    /// <param name="catalogs">The catalogs to cover.</param>
    /// <returns>This export.</returns>
    /// <remarks>
    /// A type is covered by adding its own records, or none of them (<c>Add&lt;T&gt;([])</c>): records of a derived
    /// type added as their base type cover the derived type only when there is one, so a derived type with a
    /// <c>[DataSubject]</c> of which the subject has no records is added empty or declared not held.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The export is complete, or an earlier add failed.</exception>
    public SubjectAccessExport MustCover(IEnumerable<PersonalDataCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ThrowIfCompleted();
        _covered ??= [];
        foreach (PersonalDataCatalog catalog in catalogs)
        {
            ArgumentNullException.ThrowIfNull(catalog, nameof(catalogs));
            if (!_covered.Contains(catalog))
            {
                _covered.Add(catalog);
            }
        }

        return this;
    }

    /// <summary>
    /// Declares that the controller holds no records of <typeparamref name="T"/> for this subject, and why: the
    /// document's <c>coverage</c> lists the type with the reason, and the type counts as covered for
    /// <see cref="MustCover(IEnumerable{PersonalDataCatalog})"/>.
    /// </summary>
    /// <typeparam name="T">A personal-data type.</typeparam>
    /// <param name="reason">Why none are held (shown to the subject), e.g. "not a mobile customer".</param>
    /// <exception cref="InvalidOperationException">
    /// Records of <typeparamref name="T"/> were already added, the export is complete, or an earlier add failed.
    /// </exception>
    public void NotHeld<T>(string reason)
        where T : IPersonalData<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ThrowIfCompleted();
        string type = T.Descriptor.TypeName;
        if (_added.Contains(type))
        {
            throw new InvalidOperationException($"Records of {type} were added to this export, so it cannot be declared not held.");
        }

        if (IndexOfNotHeld(type) < 0)
        {
            _notHeld.Add((type, reason));
        }
    }

    /// <summary>Notes that a type's entry is written; one declared not held may not then have records.</summary>
    private void NoteAdded(PersonalDataDescriptor descriptor)
    {
        string type = descriptor.TypeName;
        if (_added.Contains(type))
        {
            return;
        }

        if (IndexOfNotHeld(type) >= 0)
        {
            throw new InvalidOperationException($"{type} was declared not held for this subject, yet records of it were added; the export is void.");
        }

        _added.Add(type);
    }

    private int IndexOfNotHeld(string type)
    {
        for (int i = 0; i < _notHeld.Count; i++)
        {
            if (string.Equals(_notHeld[i].Type, type, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Fails, before anything of the document's end is written, when a covered type with a <c>[DataSubject]</c> was
    /// neither added nor declared not held. The message names the types (never the subject); the export stays open,
    /// so the caller may still add them.
    /// </summary>
    private void ThrowIfIncomplete()
    {
        if (_covered is null)
        {
            return;
        }

        StringBuilder? missing = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (PersonalDataCatalog catalog in _covered)
        {
            foreach (PersonalDataDescriptor descriptor in catalog.Descriptors)
            {
                string type = descriptor.TypeName;
                if (descriptor.DataSubjectMember is null || !seen.Add(type) || _added.Contains(type) || IndexOfNotHeld(type) >= 0)
                {
                    continue;
                }

                missing = missing is null ? new StringBuilder() : missing.Append(", ");
                missing.Append(type);
            }
        }

        if (missing is not null)
        {
            throw new InvalidOperationException(
                $"The export does not cover every type of personal data it must (GDPR art. 15(1)): add the records of {missing}, or declare them NotHeld<T>(reason). Nothing was completed; the export is still open.");
        }
    }

    /// <summary>Writes the <c>coverage</c> section: the catalogs checked, each type added and each declared not held.</summary>
    private void WriteCoverage()
    {
        _writer.WriteStartObject("coverage");
        _writer.WriteStartArray("catalogs");
        foreach (PersonalDataCatalog catalog in _covered ?? [])
        {
            _writer.WriteStringValue(catalog.AssemblyName);
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("types");
        foreach (string type in _added)
        {
            _writer.WriteStartObject();
            _writer.WriteString("type", type);
            _writer.WriteString("status", "added");
            _writer.WriteEndObject();
        }

        foreach ((string type, string reason) in _notHeld)
        {
            _writer.WriteStartObject();
            _writer.WriteString("type", type);
            _writer.WriteString("status", "notHeld");
            _writer.WriteString("reason", reason);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }
}
