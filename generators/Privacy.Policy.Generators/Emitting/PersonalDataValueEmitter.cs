using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Implements <c>IPersonalDataValue</c>: a value of this type held where the generated code of its holder sees only
/// <c>object</c>, an interface or a base class is redacted and erased by this type's own code, through the same
/// walks as a nested value (cycles cut, decisions per member).
/// </summary>
internal static class PersonalDataValueEmitter
{
    public static void Write(SourceWriter writer, PersonalDataType type)
    {
        string self = type.FullyQualifiedName;
        const string Value = GeneratedNames.Runtime.IPersonalDataValue;
        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"object? {Value}.RedactNested({GeneratedNames.Runtime.PersonalDataRedactor} redactor) => redactor.{GeneratedNames.Redact}<{self}>(this);");
        writer.WriteLine();
        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"object? {Value}.{GeneratedNames.ProjectNested}({GeneratedNames.Runtime.MemberProjection} context, string member) => context.{GeneratedNames.ProjectNested}<{self}>(this, member);");
        writer.WriteLine();
        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"void {Value}.Accept({GeneratedNames.Runtime.IPersonalDataValueVisitor} visitor) => visitor.Visit<{self}>(this);");
    }
}
