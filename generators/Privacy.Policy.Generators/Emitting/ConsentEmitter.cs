using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes <c>GetPurposesWithoutConsent</c>: the purposes whose <c>[ConsentRecord]</c> says "no" in a value, so that
/// retention erases what rests on that consent alone (GDPR art. 6(1)(a), 7(3)) without reflection.
/// </summary>
internal static class ConsentEmitter
{
    /// <summary>
    /// The consent records generated code reads: the type's own, and inherited public ones (a base type's private
    /// record is out of its reach; the base type's own generated code reads it for values of that type).
    /// </summary>
    public static IEnumerable<DataMember> Records(PersonalDataType type)
        => type.InheritedMembers.Where(member => member.IsPublic).Concat(type.Members)
            .Where(member => member.Consent != ConsentShape.None && member.ConsentPurposes != 0);

    public static bool HasConsentRecords(PersonalDataType type) => Records(type).Any();

    public static void Write(SourceWriter writer, PersonalDataType type)
    {
        string self = type.FullyQualifiedName;
        string purpose = GeneratedNames.Runtime.Purpose;
        writer.WriteLine("/// <summary>The purposes whose <c>[ConsentRecord]</c> member says the person has not consented (false or null).</summary>");
        writer.WriteLine("/// <param name=\"value\">The value.</param>");
        writer.WriteLine("/// <returns>The purposes without consent.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"public static {purpose} {GeneratedNames.GetPurposesWithoutConsent}({self} value)"))
        {
            if (IsReference(type))
            {
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
            }

            writer.WriteLine($"{purpose} withheld = {purpose}.None;");
            foreach (DataMember member in Records(type))
            {
                string access = "value." + Id(member);
                string refused = member.Consent switch
                {
                    ConsentShape.Boolean => "!" + access,
                    ConsentShape.NullableBoolean => access + " != true",
                    _ => access + " is null",
                };
                using (writer.Block($"if ({refused})"))
                {
                    writer.WriteLine($"withheld |= {VocabularyCode.Purposes(member.ConsentPurposes)};");
                }
            }

            writer.WriteLine("return withheld;");
        }
    }
}
