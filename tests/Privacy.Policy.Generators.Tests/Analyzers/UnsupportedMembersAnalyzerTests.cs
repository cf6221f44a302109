using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class UnsupportedMembersAnalyzerTests
{
    [Fact]
    public Task An_explicit_interface_property_is_an_error_naming_it()
        => Verify.AnalyzerAsync<UnsupportedMembersAnalyzer>(
            """
            using Privacy.Policy;
            public interface IHasEmail
            {
                string Email { get; set; }
            }

            public partial class Account : IHasEmail
            {
                [PersonalData(Category.Contact)]
                string IHasEmail.{|#0:Email|} { get; set; } = "";

                [PersonalData(Category.Contact)]
                public string? Phone { get; set; }
            }
            """,
            Verify.Diagnostic("PRIV017").WithLocation(0).WithArguments(
                "Account",
                "IHasEmail.Email",
                "is an explicit interface implementation, which generated code cannot set by name: make it an ordinary property that implements the interface"));

    [Theory]
    [InlineData("public string MailTo() => \"mailto:\" + {|#0:email|};")]
    [InlineData("public string MailTo => \"mailto:\" + {|#0:email|};")]
    [InlineData("public string MailTo { get { return {|#0:email|}; } }")]
    [InlineData("public System.Func<string> MailTo() => () => {|#0:email|};")]
    public Task A_primary_constructor_parameter_read_by_a_member_is_an_error_naming_it(string member)
        => Verify.AnalyzerAsync<UnsupportedMembersAnalyzer>(
            $$"""
            using Privacy.Policy;
            public partial class Contact(string email, string name)
            {
                [PersonalData(Category.Contact)]
                public string Name { get; set; } = name;

                {{member}}
            }
            """,
            Verify.Diagnostic("PRIV017").WithLocation(0).WithArguments(
                "Contact",
                "email",
                "is a primary-constructor parameter that a member reads, so the compiler keeps it in a hidden field that Redact, Erase and the export cannot reach: assign it to a classified field or property and read that instead"));

    [Fact]
    public Task A_property_that_hides_an_inherited_one_with_new_is_an_error_naming_it()
        => Verify.AnalyzerAsync<UnsupportedMembersAnalyzer>(
            """
            using Privacy.Policy;
            public partial class Person
            {
                [PersonalData(Category.Contact)]
                public string? Email { get; set; }
            }

            public partial class Customer : Person
            {
                [PersonalData(Category.Contact)]
                public new string? {|#0:Email|} { get; set; }
            }
            """,
            Verify.Diagnostic("PRIV017").WithLocation(0).WithArguments(
                "Customer",
                "Email",
                "hides a stored member of a base type, which generated code would then copy and export by one name only: rename it, or override the base member"));

    [Fact]
    public Task Parameters_read_only_by_initializers_overrides_and_types_without_personal_data_are_clean()
        => Verify.AnalyzerAsync<UnsupportedMembersAnalyzer>(
            """
            using Privacy.Policy;
            public class Base(string id)
            {
                [NotPersonalData]
                public string Id { get; } = id;

                [PersonalData(Category.Contact)]
                public virtual string? Email { get; set; }
            }

            public partial class Contact(string email, string id) : Base(id)
            {
                [PersonalData(Category.Contact)]
                public string Mail { get; set; } = email;

                [PersonalData(Category.Contact)]
                public override string? Email { get; set; }
            }

            public class Plain(string text)
            {
                public string Show() => text;
            }
            """);
}
