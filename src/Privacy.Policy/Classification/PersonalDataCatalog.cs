using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using Privacy.Policy.Classification;

namespace Privacy.Policy;

/// <summary>
/// The personal-data types of one assembly, with their descriptors: what the record of processing activities and the
/// privacy statement are written from. The source generator emits one per assembly
/// (<c>Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog</c>, internal to it) and registers it when the
/// assembly loads, so <see cref="Loaded"/> holds the catalog of every loaded assembly built with Privacy.Policy.
/// </summary>
public sealed class PersonalDataCatalog
{
    private static PersonalDataCatalog[] _loaded = [];

    /// <summary>Creates a catalog.</summary>
    /// <param name="assemblyName">The name of the assembly the types are in.</param>
    /// <param name="descriptors">The descriptors of its personal-data types.</param>
    public PersonalDataCatalog(string assemblyName, IReadOnlyList<PersonalDataDescriptor> descriptors)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyName);
        ArgumentNullException.ThrowIfNull(descriptors);
        AssemblyName = assemblyName;
        Descriptors = descriptors is PersonalDataDescriptor[] array ? Array.AsReadOnly(array) : descriptors;
    }

    /// <summary>The name of the catalog's JSON format, written as <c>"format"</c> by <see cref="ToJson"/> and by the build.</summary>
    public const string FormatName = "privacy-policy/catalog";

    /// <summary>The version of the catalog's JSON format, written as <c>"version"</c>.</summary>
    public const int FormatVersion = 1;

    /// <summary>The name of the assembly the types are in.</summary>
    public string AssemblyName { get; }

    /// <summary>
    /// The purposes declared with <c>[assembly: ProcessingPurpose]</c> that are in effect in the assembly (its own and
    /// those of the assemblies it references), in the order of their flags. Empty when it declares none. Merging the
    /// catalogs of several services compares them: one purpose declared with two legal bases is a disagreement.
    /// </summary>
    public IReadOnlyList<PurposeDeclaration> Declarations { get; init; } = [];

    /// <summary>The descriptors of the assembly's personal-data types (generic types excepted), ordered by type name.</summary>
    public IReadOnlyList<PersonalDataDescriptor> Descriptors { get; }

    /// <summary>The catalogs of the assemblies loaded so far, in the order they loaded.</summary>
    public static IReadOnlyList<PersonalDataCatalog> Loaded => Volatile.Read(ref _loaded);

    /// <summary>Registers an assembly's catalog. Called by generated module initializers.</summary>
    /// <param name="catalog">The catalog of one assembly.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(PersonalDataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        PersonalDataCatalog[] current, updated;
        do
        {
            current = Volatile.Read(ref _loaded);
            updated = [.. current, catalog];
        }
        while (Interlocked.CompareExchange(ref _loaded, updated, current) != current);
    }

    /// <summary>
    /// Writes the catalog as JSON (format <see cref="FormatName"/>, version <see cref="FormatVersion"/>): every type,
    /// member, purpose declaration and retention, never a value. docs/schemas/privacy-catalog-1.schema.json describes it.
    /// </summary>
    /// <returns>The UTF-8 JSON text, indented.</returns>
    public string ToJson() => PersonalDataCatalogJsonWriter.Write(this);

    /// <summary>Reads a catalog written by <see cref="ToJson"/> or by the build.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="FormatException">The text is not a catalog of a version this package reads; the message names the JSON path.</exception>
    public static PersonalDataCatalog FromJson(string json) => PersonalDataCatalogJsonReader.Read(json);

    /// <inheritdoc />
    public override string ToString() => $"{AssemblyName} ({Descriptors.Count} personal-data types)";

    /// <summary>Whether any loaded member is redacted with <see cref="RedactionKind.Pseudonymize"/>.</summary>
    internal static bool UsesPseudonymization
    {
        get
        {
            foreach (PersonalDataCatalog catalog in Loaded)
            {
                foreach (PersonalDataDescriptor descriptor in catalog.Descriptors)
                {
                    foreach (PersonalDataMember member in descriptor.Members)
                    {
                        if (member.Redaction == RedactionKind.Pseudonymize)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }
    }
}
