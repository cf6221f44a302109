using System;
using System.Linq;
using Privacy.Policy.Generators.Classification;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Classification;

/// <summary>The analyzers read enum values as numbers; their mirrors must match the runtime enums exactly.</summary>
public class MirroredEnumTests
{
    private static void AssertSame<TRuntime, TMirror>()
        where TRuntime : struct, Enum
        where TMirror : struct, Enum
    {
        var runtime = Enum.GetValues<TRuntime>().Select(v => (Enum.GetName(v), Convert.ToInt32(v))).ToArray();
        var mirror = Enum.GetValues<TMirror>().Select(v => (Enum.GetName(v), Convert.ToInt32(v))).ToArray();
        Assert.Equal(runtime, mirror);
    }

    [Fact]
    public void Category_mirror_matches() => AssertSame<Category, CategoryValue>();

    [Fact]
    public void DataFormat_mirror_matches() => AssertSame<DataFormat, DataFormatValue>();

    [Fact]
    public void RedactionKind_mirror_matches() => AssertSame<RedactionKind, RedactionKindValue>();

    [Fact]
    public void Purpose_mirror_matches() => AssertSame<Purpose, PurposeValue>();

    [Fact]
    public void RetentionStart_mirror_matches() => AssertSame<RetentionStart, RetentionStartValue>();

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
