using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class DictionaryKeyAnalyzerTests
{
    private static string Member(string type, string attribute = "[PersonalData(Category.Usage, Format = DataFormat.PhoneNumber, Purposes = Purpose.Billing)]")
        => $$"""
            using System.Collections.Generic;
            using NodaTime;
            using Privacy.Policy;
            public partial class C
            {
                {{attribute}}
                public {{type}} {|#0:Value|} { get; init; } = default!;
            }

            public partial class Person
            {
                [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
                public string? Name { get; init; }
            }
            """;

    [Theory]
    [InlineData("Dictionary<string, string>")]
    [InlineData("IDictionary<string, string>")]
    [InlineData("IReadOnlyDictionary<string, string?>?")]
    [InlineData("Dictionary<Person, string>")]
    public Task A_dictionary_keyed_by_text_or_personal_data_warns_at_the_member(string type)
        => Verify.AnalyzerAsync<DictionaryKeyAnalyzer>(Member(type), Verify.Diagnostic("PRIV016").WithLocation(0));

    [Fact]
    public Task Message_names_the_member_and_the_key_type()
        => Verify.AnalyzerAsync<DictionaryKeyAnalyzer>(
            Member("Dictionary<string, string>"),
            Verify.Diagnostic("PRIV016").WithLocation(0).WithArguments("C", "Value", "string"));

    [Theory]
    [InlineData("Dictionary<int, string>")]
    [InlineData("Dictionary<System.Guid, string>")]
    [InlineData("Dictionary<Instant, string>")]
    [InlineData("List<string>")]
    [InlineData("string")]
    public Task Other_keys_and_other_shapes_do_not_warn(string type)
        => Verify.AnalyzerAsync<DictionaryKeyAnalyzer>(Member(type).Replace("{|#0:Value|}", "Value"));

    [Fact]
    public Task A_dictionary_that_is_not_personal_data_does_not_warn()
        => Verify.AnalyzerAsync<DictionaryKeyAnalyzer>(Member("Dictionary<string, string>", "[NotPersonalData(\"Tariff codes.\")]").Replace("{|#0:Value|}", "Value"));
}
