using System.Threading.Tasks;
using Privacy.Policy.CodeFixes;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.CodeFixes;

public class ReclassifyNotPersonalDataCodeFixTests
{
    private const string Contact = """
        using System.Collections.Generic;
        using Privacy.Policy;
        public partial record Contact
        {
            [PersonalData(Category.Contact)]
            public string Email { get; init; } = "";
        }

        """;

    [Fact]
    public Task NotPersonalData_with_a_reason_becomes_PersonalData_of_the_chosen_category()
        => Verify.CodeFixAsync<NotPersonalDataAnalyzer, ReclassifyNotPersonalDataCodeFixProvider>(Contact + """
            public partial record Wrapper
            {
                /// <summary>The contacts.</summary>
                [NotPersonalData(Reason = "only ids")]
                public List<Contact> {|PRIV018:Contacts|} { get; init; } = new();
            }
            """, Contact + """
            public partial record Wrapper
            {
                /// <summary>The contacts.</summary>
                [PersonalData(Category.Contact)]
                public List<Contact> Contacts { get; init; } = new();
            }
            """, ReclassifyNotPersonalDataCodeFixProvider.CategoryKeyPrefix + "Contact");

    [Fact]
    public Task The_attribute_is_replaced_in_its_list_and_on_a_positional_record_parameter()
        => Verify.CodeFixAsync<NotPersonalDataAnalyzer, ReclassifyNotPersonalDataCodeFixProvider>(Contact + """
            public partial record Wrapper([property: NotPersonalData] Contact? {|PRIV018:Primary|})
            {
                [System.Obsolete, NotPersonalData]
                public Contact? {|PRIV018:Other|};
            }
            """, Contact + """
            public partial record Wrapper([property: PersonalData(Category.Identity)] Contact? Primary)
            {
                [System.Obsolete, PersonalData(Category.Identity)]
                public Contact? Other;
            }
            """, ReclassifyNotPersonalDataCodeFixProvider.CategoryKeyPrefix + "Identity");
}
