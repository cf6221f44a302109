using System.Collections.Generic;
using System.Globalization;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>The runtime's enum members as C# expressions, from the values the model holds as numbers.</summary>
internal static class VocabularyCode
{
    public static string Category(int value) => $"{GeneratedNames.Runtime.Category}.{(Vocabulary.Category)value}";

    public static string Format(int value) => $"{GeneratedNames.Runtime.DataFormat}.{(DataFormat)value}";

    public static string Redaction(int value) => $"{GeneratedNames.Runtime.RedactionKind}.{(RedactionKind)value}";

    public static string LegalBasis(int value) => $"{GeneratedNames.Runtime.LegalBasis}.{(Vocabulary.LegalBasis)value}";

    public static string Requirement(int value) => $"{GeneratedNames.Runtime.ProvisionRequirement}.{(ProvisionRequirement)value}";

    public static string RetentionStart(int value) => $"{GeneratedNames.Runtime.RetentionStart}.{(Vocabulary.RetentionStart)value}";

    /// <summary>The purposes flags as an or-expression of named flags; a bit no name has is written as a cast number.</summary>
    public static string Purposes(int purposes)
    {
        if (purposes == 0)
        {
            return $"{GeneratedNames.Runtime.Purpose}.None";
        }

        var names = new List<string>();
        for (int bit = 0; bit < 31; bit++)
        {
            int flag = 1 << bit;
            if ((purposes & flag) != 0)
            {
                names.Add(System.Enum.IsDefined(typeof(Purpose), flag)
                    ? $"{GeneratedNames.Runtime.Purpose}.{(Purpose)flag}"
                    : $"({GeneratedNames.Runtime.Purpose}){flag.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        return string.Join(" | ", names);
    }
}
