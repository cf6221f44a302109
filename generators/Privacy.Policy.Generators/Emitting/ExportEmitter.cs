using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;
using static Privacy.Policy.Generators.Emitting.RuntimeDispatchEmitter;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes the subject-access export: <c>WriteExport</c>, which writes the exportable members straight to a
/// <c>Utf8JsonWriter</c>, and the file-local class of their pre-encoded property names.
/// </summary>
internal static class ExportEmitter
{
    private const string Json = GeneratedNames.Runtime.PersonalDataJson;

    /// <summary>The type's own exportable members; a generated base type writes its own.</summary>
    public static IEnumerable<DataMember> Exported(PersonalDataType type)
        => type.Members.Where(member => member.IsPersonal && !member.IsUnclassified && member.Exportable);

    /// <summary>
    /// The type's own <c>[NotPersonalData]</c> members of an open type (<c>object</c>, an interface, a class that may be
    /// derived from): the export writes one when its value is a personal-data type at run time, as that type's record.
    /// </summary>
    public static IEnumerable<DataMember> RuntimeChecked(PersonalDataType type)
        => type.Members.Where(member => !member.IsPersonal && !member.IsUnclassified && member.Value.Element == ElementKind.RuntimeChecked && member.Value.Collection == CollectionShape.None);

    public static void Write(SourceWriter writer, PersonalDataType type)
    {
        string self = type.FullyQualifiedName;
        bool isReference = IsReference(type);

        // A class or record that may be derived from writes through a virtual method, so that a derived value
        // exported through its base type still shows its own members.
        bool virtualWrite = isReference && IsOverridable(type);
        writer.WriteLine("/// <summary>Writes the exportable personal-data members as properties of the current JSON object.</summary>");
        writer.WriteLine("/// <param name=\"writer\">The writer, inside an object.</param>");
        writer.WriteLine("/// <param name=\"value\">The value.</param>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"public static void {GeneratedNames.WriteExport}(global::System.Text.Json.Utf8JsonWriter writer, {self} value)"))
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
            if (isReference)
            {
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
            }

            if (virtualWrite)
            {
                writer.WriteLine($"value.{GeneratedNames.WriteExportMembers}(writer);");
            }
            else
            {
                WriteExportedMembers(writer, type, "value");
            }
        }

        if (virtualWrite)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Writes this instance's exportable members; derived types add their own.</summary>");
            writer.WriteLine("/// <param name=\"writer\">The writer, inside an object.</param>");
            writer.WriteLine(GeneratedCodeAttribute);
            using (writer.Block($"{OverridingModifier(type)} void {GeneratedNames.WriteExportMembers}(global::System.Text.Json.Utf8JsonWriter writer)"))
            {
                if (type.PersonalBaseType is not null)
                {
                    writer.WriteLine($"base.{GeneratedNames.WriteExportMembers}(writer);");
                }

                WriteExportedMembers(writer, type, "this", guarded: true);
            }
        }
    }

    /// <summary>The export's property names, encoded once: a file-local class beside the type.</summary>
    public static void WriteJsonNames(SourceWriter writer, PersonalDataType type)
    {
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"file static class {GeneratedNames.JsonNames}"))
        {
            foreach (DataMember member in Exported(type).Concat(RuntimeChecked(type)))
            {
                writer.WriteLine($"public static readonly global::System.Text.Json.JsonEncodedText {Id(member)} = global::System.Text.Json.JsonEncodedText.Encode({Literal(member.Name)});");
            }
        }
    }

    private static void WriteExportedMembers(SourceWriter writer, PersonalDataType type, string source, bool guarded = false)
    {
        foreach (DataMember member in Exported(type))
        {
            // Once per member: an override a derived type declares is written by that type.
            using (guarded ? Guard(writer, type, member) : null)
            {
                writer.WriteLine($"writer.WritePropertyName({GeneratedNames.JsonNames}.{Id(member)});");
                WriteJsonValue(writer, member, source + "." + Id(member));
            }
        }

        foreach (DataMember member in RuntimeChecked(type))
        {
            // Written only when its value is a personal-data type at run time: the subject's data, whatever holds it.
            using (guarded ? Guard(writer, type, member) : null)
            {
                writer.WriteLine($"{Json}.WriteRuntimeMember(writer, {GeneratedNames.JsonNames}.{Id(member)}, {source}.{Id(member)});");
            }
        }
    }

    private static void WriteJsonValue(SourceWriter writer, DataMember member, string access)
    {
        ValueShape value = member.Value;
        if (value.Collection == CollectionShape.None)
        {
            WriteJsonElement(writer, value, access);
            return;
        }

        if (value.IsTooDeep)
        {
            // Personal data nested deeper than generated code follows: written as text (PRIV005 warned).
            writer.WriteLine($"{Json}.WriteOther(writer, {access});");
            return;
        }

        using (writer.Block($"if ({access} is null)"))
        {
            writer.WriteLine("writer.WriteNullValue();");
        }

        using (writer.Block("else"))
        {
            if (value.Collection == CollectionShape.Dictionary)
            {
                writer.WriteLine("writer.WriteStartObject();");
                using (writer.Block($"foreach (global::System.Collections.Generic.KeyValuePair<{value.KeyType}, {value.ElementType}> entry in {access})"))
                {
                    writer.WriteLine($"{Json}.WriteKey(writer, entry.Key);");
                    WriteJsonElement(writer, value, "entry.Value");
                }

                writer.WriteLine("writer.WriteEndObject();");
            }
            else
            {
                writer.WriteLine("writer.WriteStartArray();");
                using (writer.Block($"foreach ({value.ElementType} item in {access})"))
                {
                    WriteJsonElement(writer, value, "item");
                }

                writer.WriteLine("writer.WriteEndArray();");
            }
        }
    }

    private static void WriteJsonElement(SourceWriter writer, ValueShape value, string access)
    {
        string argument = value.ElementIsNullableValue ? access + ".GetValueOrDefault()" : access;
        string call = value.Json switch
        {
            JsonWrite.Value => $"{Json}.WriteValue(writer, {argument});",
            JsonWrite.Enum => $"{Json}.WriteEnum(writer, {argument});",
            JsonWrite.Nested when value.NestedType is not null => $"{Json}.WriteNested<{value.NestedType}>(writer, {argument});",
            JsonWrite.Nested => $"{Json}.WriteNested(writer, {argument});",
            _ => $"{Json}.WriteOther(writer, {argument});",
        };

        if (!value.ElementIsNullableValue)
        {
            writer.WriteLine(call);
            return;
        }

        using (writer.Block($"if ({access}.HasValue)"))
        {
            writer.WriteLine(call);
        }

        using (writer.Block("else"))
        {
            writer.WriteLine("writer.WriteNullValue();");
        }
    }
}
