using System;
using System.Linq;
using Xunit;

namespace Privacy.Policy.Tests.Classification;

public class PersonalDataAttributeTests
{
    [Fact]
    public void Credentials_are_never_exportable_whatever_is_written()
    {
        var attribute = new PersonalDataAttribute(Category.Credentials) { Exportable = true };
        Assert.False(attribute.Exportable);
    }

    [Fact]
    public void Other_categories_are_exportable_unless_told_otherwise()
    {
        foreach (Category category in Enum.GetValues<Category>().Where(c => c != Category.Credentials))
        {
            Assert.True(new PersonalDataAttribute(category).Exportable);
            Assert.False(new PersonalDataAttribute(category) { Exportable = false }.Exportable);
        }
    }

    [Fact]
    public void Attribute_is_sealed_and_not_a_compliance_classification_attribute()
    {
        // Microsoft's logging generator news up every DataClassificationAttribute without arguments (contract §5).
        Assert.True(typeof(PersonalDataAttribute).IsSealed);
        Assert.Equal(typeof(Attribute), typeof(PersonalDataAttribute).BaseType);
    }

    [Fact]
    public void Attributes_apply_to_fields_and_properties_only()
    {
        foreach (Type type in new[] { typeof(PersonalDataAttribute), typeof(NotPersonalDataAttribute), typeof(DataSubjectAttribute), typeof(RetentionAnchorAttribute) })
        {
            var usage = (AttributeUsageAttribute)Attribute.GetCustomAttribute(type, typeof(AttributeUsageAttribute))!;
            Assert.Equal(AttributeTargets.Property | AttributeTargets.Field, usage.ValidOn);
            Assert.False(usage.AllowMultiple);
        }
    }
}
