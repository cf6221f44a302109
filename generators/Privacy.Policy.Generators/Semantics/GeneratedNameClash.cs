using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which hand-written members clash with the members the generator writes: a member of the same name (and, for a
/// method, the same number of parameters) as one of the generated ones, declared in the user's source rather than in
/// a generated file. The generator writes nothing for a type with a clash (<see cref="GenerationRule.IsRefused"/>),
/// and PRIV010 names the member.
/// </summary>
internal static class GeneratedNameClash
{
    /// <summary>
    /// Whether <paramref name="type"/>, or a base type of it, declares by hand a member that would clash with the
    /// generated code: a derived type's generated members would hide an inherited one just as they clash with its own.
    /// </summary>
    public static bool IsInTypeOrBases(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (!member.IsImplicitlyDeclared
                    && (current.Equals(type, SymbolEqualityComparer.Default) || member.DeclaredAccessibility != Accessibility.Private)
                    && IsHandWritten(member)
                    && UseOf(member) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="member"/> is declared in the user's source, not in a file this package generated.</summary>
    public static bool IsHandWritten(ISymbol member)
    {
        foreach (Location location in member.Locations)
        {
            if (location.IsInSource && !location.SourceTree!.FilePath.EndsWith(".PersonalData.g.cs", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the generated code uses the member's name for, when the member would clash with it.</summary>
    public static string? UseOf(ISymbol member)
    {
        // A method with another number of parameters is an overload, not a clash.
        int? parameters = (member as IMethodSymbol)?.Parameters.Length;
        return member.Name switch
        {
            "Descriptor" => "the static descriptor property",
            "Redact" when parameters is null or 2 => "the static method that returns a redacted copy",
            "RecordPersonalDataTags" when parameters is null or 2 => "the logging tag provider",
            "RedactedCopy" when parameters is null or 1 => "the method that lets derived records redact their members",
            "RedactMembers" when parameters is null or 1 => "the method that lets derived classes redact their members",
            "Erase" when parameters is null or 2 => "the static method that returns an erased copy",
            "ErasedCopy" when parameters is null or 1 => "the method that lets derived records erase their members",
            "EraseMembers" when parameters is null or 1 => "the method that lets derived classes erase their members",
            "GetRetentionAnchor" when parameters is null or 2 => "the static method that reads the retention anchor",
            "GetDataSubject" when parameters is null or 1 => "the static method that reads the data subject's id",
            "WriteExport" when parameters is null or 2 => "the static method that writes a subject-access export",
            "WriteExportMembers" when parameters is null or 1 => "the method that lets derived types export their members",
            "CheckExportSubjects" when parameters is null or 2 => "the static method that checks an export's nested records name its subject",
            "CheckExportSubjectMembers" when parameters is null or 1 => "the method that lets derived types check their nested records",
            "OverridesPersonalDataMember" when parameters is null or 2 => "the method that tells a base type's code which members a derived type overrides",
            "EraseAsRuntimeType" when parameters is null or 2 => "the method that erases a value held as its base type with its own type's code",
            _ => null,
        };
    }
}
