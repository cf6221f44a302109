using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace Privacy.Policy.Generated;

/// <summary>
/// Walks one record of a subject-access export, before any of it is written, through every nested personal-data
/// value it exports, at every depth, and fails when one names another data subject in its <c>[DataSubject]</c>
/// member: one person's copy must not carry another's data (GDPR art. 15(4)). Generated code calls it from
/// <see cref="IPersonalData{TSelf}.CheckExportSubjects"/>; it is not meant to be used directly.
/// </summary>
/// <remarks>
/// A value reached twice (shared, or in a cycle) is checked once. The failure names the record types and the path
/// of member names and positions; never a subject id, a dictionary key or any other value.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ExportSubjectCheck
{
    private readonly Func<string, bool> _isExportSubject;
    private readonly List<(string Member, int Index, bool IsDictionaryValue)> _path = [];
    private HashSet<object>? _visited;
    private string _recordType = string.Empty;

    internal ExportSubjectCheck(Func<string, bool> isExportSubject) => _isExportSubject = isExportSubject;

    /// <summary>Checks a nested personal-data value held directly by a member.</summary>
    /// <typeparam name="T">The value's personal-data type.</typeparam>
    /// <param name="value">The value; <see langword="null"/> is skipped.</param>
    /// <param name="member">The member's name, for the path in a failure.</param>
    public void Check<T>(T? value, string member)
        where T : IPersonalData<T>
        => Visit(value, member, -1, isDictionaryValue: false);

    /// <summary>Checks a nested personal-data value held in an array or list.</summary>
    /// <typeparam name="T">The value's personal-data type.</typeparam>
    /// <param name="value">The element; <see langword="null"/> is skipped.</param>
    /// <param name="member">The member's name, for the path in a failure.</param>
    /// <param name="index">The element's position.</param>
    public void CheckElement<T>(T? value, string member, int index)
        where T : IPersonalData<T>
        => Visit(value, member, index, isDictionaryValue: false);

    /// <summary>Checks a nested personal-data value held as a dictionary value.</summary>
    /// <typeparam name="T">The value's personal-data type.</typeparam>
    /// <param name="value">The dictionary value; <see langword="null"/> is skipped.</param>
    /// <param name="member">The member's name, for the path in a failure.</param>
    /// <param name="index">The entry's position in enumeration order: the key itself may be personal data, so it is never named.</param>
    public void CheckValue<T>(T? value, string member, int index)
        where T : IPersonalData<T>
        => Visit(value, member, index, isDictionaryValue: true);

    /// <summary>
    /// Checks the value of a <c>[NotPersonalData]</c> member typed <see cref="object"/>, an interface, a class that may
    /// be derived from or a type parameter, which the export writes when it is a personal-data type at run time: as a
    /// nested value of its own type. Any other value is skipped.
    /// </summary>
    /// <typeparam name="T">The member's declared type.</typeparam>
    /// <param name="value">The member's value.</param>
    /// <param name="member">The member's name, for the path in a failure.</param>
    public void CheckRuntimeValue<T>(T value, string member)
    {
        if (value is IPersonalDataValue personal)
        {
            personal.Accept(new RuntimeValueCheck(this, member));
        }
    }

    /// <summary>
    /// Checks the subject a derived type declares, which the <c>GetDataSubject</c> of the base type the value is held
    /// as does not read.
    /// </summary>
    /// <typeparam name="T">The value's own type.</typeparam>
    /// <param name="value">The value being checked.</param>
    public void CheckSubject<T>(T value)
        where T : IPersonalData<T>
    {
        if (value is not null && T.GetDataSubject(value) is { } owner && !_isExportSubject(owner))
        {
            throw OfAnotherSubject(T.Descriptor.TypeName);
        }
    }

    /// <summary>Checks every nested value of one record; its own subject the export has checked.</summary>
    internal void CheckRecord<T>(T record)
        where T : IPersonalData<T>
    {
        _path.Clear();
        if (_visited is { Count: > 0 })
        {
            _visited.Clear();
        }

        _recordType = T.Descriptor.TypeName;
        if (!typeof(T).IsValueType)
        {
            (_visited ??= new HashSet<object>(ReferenceEqualityComparer.Instance)).Add(record!);
        }

        T.CheckExportSubjects(record, this);
    }

    private void Visit<T>(T? value, string member, int index, bool isDictionaryValue)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            return;
        }

        // Only references can be shared or form a cycle; a struct is a copy and its members are walked each time.
        if (!typeof(T).IsValueType && !(_visited ??= new HashSet<object>(ReferenceEqualityComparer.Instance)).Add(value))
        {
            return;
        }

        // The export writes nested values no deeper than GraphPath.MaxDepth levels (the record itself counted) and cuts
        // the rest; what it never writes needs no check.
        if (_path.Count >= Redaction.GraphPath.MaxDepth)
        {
            return;
        }

        _path.Add((member, index, isDictionaryValue));

        // A value whose subject id is null cannot be checked and is written, as a top-level record is.
        if (T.GetDataSubject(value) is { } owner && !_isExportSubject(owner))
        {
            throw OfAnotherSubject(T.Descriptor.TypeName);
        }

        T.CheckExportSubjects(value, this);
        _path.RemoveAt(_path.Count - 1);
    }

    private InvalidOperationException OfAnotherSubject(string typeName)
        => new(_path.Count == 0
            ? $"A {typeName} record of another data subject was added to this export; it was not written, and the export is void."
            : $"A {typeName} record of another data subject is nested in a {_recordType} record added to this export, at {Path()}; nothing of that {_recordType} record was written, and the export is void (GDPR art. 15(4): one person's copy must not carry another's data).");

    private string Path()
    {
        var path = new StringBuilder();
        foreach ((string member, int index, bool isDictionaryValue) in _path)
        {
            if (path.Length > 0)
            {
                path.Append('.');
            }

            path.Append(member);
            if (isDictionaryValue)
            {
                path.Append(".Values[").Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (index >= 0)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return path.ToString();
    }

    /// <summary>Receives a value held by an open member as its own type and checks it as a nested value of that type.</summary>
    private sealed class RuntimeValueCheck(ExportSubjectCheck check, string member) : IPersonalDataValueVisitor
    {
        public void Visit<T>(T value)
            where T : IPersonalData<T>
            => check.Visit(value, member, -1, isDictionaryValue: false);
    }
}
