using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace Privacy.Policy;

/// <summary>
/// The personal-data types of every loaded assembly that was built with Privacy.Policy. Generated code registers
/// each assembly's descriptors when the assembly loads; start-up validation uses the catalog to know whether a
/// pseudonymisation key is needed.
/// </summary>
public static class PersonalDataCatalog
{
    private static PersonalDataDescriptor[] _descriptors = [];

    /// <summary>The descriptors registered so far.</summary>
    public static IReadOnlyList<PersonalDataDescriptor> Descriptors => Volatile.Read(ref _descriptors);

    /// <summary>Registers an assembly's descriptors. Called by generated module initializers.</summary>
    /// <param name="descriptors">The descriptors of one assembly.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(params PersonalDataDescriptor[] descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        PersonalDataDescriptor[] current, updated;
        do
        {
            current = Volatile.Read(ref _descriptors);
            updated = [.. current, .. descriptors];
        }
        while (Interlocked.CompareExchange(ref _descriptors, updated, current) != current);
    }

    /// <summary>Whether any registered member is redacted with <see cref="RedactionKind.Pseudonymize"/>.</summary>
    internal static bool UsesPseudonymization
    {
        get
        {
            foreach (PersonalDataDescriptor descriptor in Descriptors)
            {
                foreach (PersonalDataMember member in descriptor.Members)
                {
                    if (member.Redaction == RedactionKind.Pseudonymize)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
