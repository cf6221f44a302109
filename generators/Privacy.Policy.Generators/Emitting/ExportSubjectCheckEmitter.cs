using System.Globalization;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;
using static Privacy.Policy.Generators.Emitting.ExportEmitter;
using static Privacy.Policy.Generators.Emitting.RuntimeDispatchEmitter;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes <c>CheckExportSubjects</c>: every nested personal-data value the export writes goes through the export's
/// check before any of the record is written, so that no record carries another data subject's nested in it.
/// </summary>
internal static class ExportSubjectCheckEmitter
{
    private const string Check = GeneratedNames.Runtime.ExportSubjectCheck;

    public static void Write(SourceWriter writer, PersonalDataType type)
    {
        string self = type.FullyQualifiedName;
        bool isReference = IsReference(type);

        // As with WriteExport, a value held as its base type is checked through a virtual method, so that members of
        // the derived type, and a [DataSubject] only the derived type declares, are checked too.
        bool virtualCheck = isReference && IsOverridable(type);
        writer.WriteLine("/// <summary>Passes every nested personal-data value the export writes to the export's subject check.</summary>");
        writer.WriteLine("/// <param name=\"value\">The value.</param>");
        writer.WriteLine("/// <param name=\"check\">The export's check.</param>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"public static void {GeneratedNames.CheckExportSubjects}({self} value, {Check} check)"))
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(check);");
            if (isReference)
            {
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
            }

            if (virtualCheck)
            {
                writer.WriteLine($"value.{GeneratedNames.CheckExportSubjectMembers}(check);");
            }
            else
            {
                WriteNestedSubjectChecks(writer, type, "value");
                WriteRuntimeSubjectChecks(writer, type, "value");
            }
        }

        if (virtualCheck)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Passes this instance's nested personal-data values to the check; derived types add their own.</summary>");
            writer.WriteLine("/// <param name=\"check\">The export's check.</param>");
            writer.WriteLine(GeneratedCodeAttribute);
            using (writer.Block($"{OverridingModifier(type)} void {GeneratedNames.CheckExportSubjectMembers}({Check} check)"))
            {
                if (type.PersonalBaseType is not null)
                {
                    writer.WriteLine($"base.{GeneratedNames.CheckExportSubjectMembers}(check);");
                    if (type.DataSubjectMember is not null)
                    {
                        // Held as a base type, the record's subject was read by the base's GetDataSubject, which does
                        // not see a [DataSubject] declared here.
                        writer.WriteLine($"check.CheckSubject<{self}>(this);");
                    }
                }

                WriteNestedSubjectChecks(writer, type, "this", guarded: true);
                WriteRuntimeSubjectChecks(writer, type, "this", guarded: true);
            }
        }
    }

    private static void WriteNestedSubjectChecks(SourceWriter writer, PersonalDataType type, string source, bool guarded = false)
    {
        foreach (DataMember member in Exported(type))
        {
            ValueShape value = member.Value;
            if (value.Json != JsonWrite.Nested || value.IsTooDeep)
            {
                continue; // not a personal-data type, or written as text (PRIV005): no record of anyone is written
            }

            using SourceWriter.Scope? scope = guarded ? Guard(writer, type, member) : null;

            string access = source + "." + Id(member);
            string typeArgument = value.NestedType is null ? string.Empty : $"<{value.NestedType}>";
            string name = Literal(member.Name);
            if (value.Collection == CollectionShape.None)
            {
                WriteNestedSubjectCheck(writer, value, access, $"check.Check{typeArgument}({{0}}, {name});");
                continue;
            }

            using (writer.Block($"if ({access} is not null)"))
            {
                writer.WriteLine("int index = 0;");
                if (value.Collection == CollectionShape.Dictionary)
                {
                    using (writer.Block($"foreach (global::System.Collections.Generic.KeyValuePair<{value.KeyType}, {value.ElementType}> entry in {access})"))
                    {
                        WriteNestedSubjectCheck(writer, value, "entry.Value", $"check.CheckValue{typeArgument}({{0}}, {name}, index);");
                        writer.WriteLine("index++;");
                    }
                }
                else
                {
                    using (writer.Block($"foreach ({value.ElementType} item in {access})"))
                    {
                        WriteNestedSubjectCheck(writer, value, "item", $"check.CheckElement{typeArgument}({{0}}, {name}, index);");
                        writer.WriteLine("index++;");
                    }
                }
            }
        }
    }

    private static void WriteRuntimeSubjectChecks(SourceWriter writer, PersonalDataType type, string source, bool guarded = false)
    {
        foreach (DataMember member in RuntimeChecked(type))
        {
            using (guarded ? Guard(writer, type, member) : null)
            {
                writer.WriteLine($"check.CheckRuntimeValue({source}.{Id(member)}, {Literal(member.Name)});");
            }
        }
    }

    private static void WriteNestedSubjectCheck(SourceWriter writer, ValueShape value, string access, string callFormat)
    {
        if (!value.ElementIsNullableValue)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, callFormat, access));
            return;
        }

        using (writer.Block($"if ({access}.HasValue)"))
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, callFormat, access + ".GetValueOrDefault()"));
        }
    }
}
