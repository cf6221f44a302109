using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>The pieces of C# syntax every emitter writes: literals, identifiers, keywords and the attribute on generated members.</summary>
internal static class CSharpCode
{
    /// <summary>The <c>[GeneratedCode]</c> attribute on every generated member, with this assembly's version.</summary>
    public static string GeneratedCodeAttribute { get; } =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"Privacy.Policy.Generators\", \"{typeof(CSharpCode).Assembly.GetName().Version?.ToString(3)}\")]";

    /// <summary>The member's name as an identifier: <c>@default</c> for a member called <c>default</c>.</summary>
    public static string Id(DataMember member) => Identifier(member.Name);

    /// <summary>
    /// <paramref name="name"/> as an identifier: escaped when it is a keyword, or <c>field</c>, which C# 14 reads as the
    /// backing field inside an accessor.
    /// </summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.FieldKeyword
            ? "@" + name
            : name;

    /// <summary>The keyword that declares a type of <paramref name="shape"/>.</summary>
    public static string Keyword(TypeShape shape) => shape switch
    {
        TypeShape.Record => "record",
        TypeShape.RecordStruct => "record struct",
        TypeShape.Struct => "struct",
        _ => "class",
    };

    /// <summary>Whether a value of the type may be null: a class or a record class.</summary>
    public static bool IsReference(PersonalDataType type) => type.Shape is TypeShape.Class or TypeShape.Record;

    /// <summary>A C# string literal.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }
}
