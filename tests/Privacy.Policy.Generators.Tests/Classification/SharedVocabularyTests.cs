using System;
using System.Linq;
using Privacy.Policy.Generators.Classification;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Classification;

/// <summary>
/// The analyzers read enum values as numbers. They compile the runtime's vocabulary files themselves (linked into the
/// generator project), so the values cannot drift; these tests prove the link holds and nothing is left out.
/// </summary>
public class SharedVocabularyTests
{
    private static void AssertSame<TRuntime, TGenerator>()
        where TRuntime : struct, Enum
        where TGenerator : struct, Enum
    {
        var runtime = Enum.GetValues<TRuntime>().Select(v => (Enum.GetName(v), Convert.ToInt32(v))).ToArray();
        var generator = Enum.GetValues<TGenerator>().Select(v => (Enum.GetName(v), Convert.ToInt32(v))).ToArray();
        Assert.Equal(runtime, generator);
        Assert.Equal("Privacy.Policy.Generators.Vocabulary", typeof(TGenerator).Namespace);
        Assert.False(typeof(TGenerator).IsPublic, "the generator's copy of the vocabulary must not be public");
    }

    [Fact]
    public void The_generator_compiles_the_runtime_enums()
    {
        AssertSame<Category, Vocabulary.Category>();
        AssertSame<DataFormat, Vocabulary.DataFormat>();
        AssertSame<RedactionKind, Vocabulary.RedactionKind>();
        AssertSame<Purpose, Vocabulary.Purpose>();
        AssertSame<RetentionStart, Vocabulary.RetentionStart>();
        AssertSame<LegalBasis, Vocabulary.LegalBasis>();
    }

    [Fact]
    public void The_generator_has_a_row_for_every_format_and_category()
    {
        Assert.All(Enum.GetValues<Vocabulary.DataFormat>(), format => Assert.Equal(format, Vocabulary.FormatRows.Of(format)?.Format));
        Assert.All(Enum.GetValues<Vocabulary.Category>(), category => Assert.Equal(category, Vocabulary.CategoryRows.Of(category)?.Category));
    }

    [Fact]
    public void No_mirror_enum_is_left_in_the_generator()
    {
        Type[] enums = typeof(Vocabulary.FormatRows).Assembly.GetTypes().Where(type => type.IsEnum).ToArray();
        string[] vocabulary = [nameof(Category), nameof(DataFormat), nameof(RedactionKind), nameof(Purpose), nameof(RetentionStart), nameof(LegalBasis)];
        Assert.DoesNotContain(enums, type => type.Namespace != "Privacy.Policy.Generators.Vocabulary" && (vocabulary.Contains(type.Name) || vocabulary.Contains(type.Name.Replace("Value", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void Names_the_generator_and_analyzers_use_match_the_runtime()
    {
        Assert.Equal(global::Privacy.Policy.Generators.Parsing.TypeParser.PersonalDataInterface, typeof(IPersonalData<>).FullName);
        Assert.Equal(global::Privacy.Policy.Generators.Analyzers.LogPropertiesAnalyzer.LogPropertiesAttribute, typeof(Microsoft.Extensions.Logging.LogPropertiesAttribute).FullName);
        Assert.NotNull(typeof(PersonalDataAttribute).GetProperty("Purposes"));
        Assert.NotNull(typeof(PersonalDataAttribute).GetProperty("Exportable"));
        Assert.NotNull(typeof(RetentionAnchorAttribute).GetProperty("Start"));
        Assert.NotNull(typeof(Privacy.Policy.Logging.PersonalDataTagProvider<>).GetMethod("RecordTags"));
    }

    [Fact]
    public void Metadata_names_match_the_runtime_types()
    {
        Assert.Equal(WellKnownNames.PersonalDataAttribute, typeof(PersonalDataAttribute).FullName);
        Assert.Equal(WellKnownNames.NotPersonalDataAttribute, typeof(NotPersonalDataAttribute).FullName);
        Assert.Equal(WellKnownNames.DataSubjectAttribute, typeof(DataSubjectAttribute).FullName);
        Assert.Equal(WellKnownNames.RetentionAnchorAttribute, typeof(RetentionAnchorAttribute).FullName);
        Assert.Equal(WellKnownNames.Category, typeof(Category).FullName);
        Assert.Equal(WellKnownNames.DataFormat, typeof(DataFormat).FullName);
        Assert.Equal(WellKnownNames.RedactionKind, typeof(RedactionKind).FullName);
        Assert.NotNull(typeof(PersonalDataAttribute).GetProperty(WellKnownNames.RetentionProperty));
        Assert.NotNull(typeof(PersonalDataAttribute).GetProperty(WellKnownNames.FormatProperty));
        Assert.NotNull(typeof(PersonalDataAttribute).GetProperty(WellKnownNames.RedactionProperty));
    }
}
