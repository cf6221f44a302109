using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class InheritedMembersAnalyzerTests
{
    [Fact]
    public Task Unclassified_inherited_members_are_a_warning_that_lists_them()
        => Verify.AnalyzerAsync<InheritedMembersAnalyzer>(
            """
            using Privacy.Policy;
            public class UserBase
            {
                public string? Email { get; set; }
                public string? PasswordHash { get; set; }
                public string Id { get; } = "";
            }

            public partial class {|#0:PortalUser|} : UserBase
            {
                [PersonalData(Category.Identity)]
                public string DisplayName { get; set; } = "";
            }
            """,
            Verify.Diagnostic("PRIV009").WithLocation(0).WithArguments(
                "PortalUser",
                "UserBase.Email, UserBase.PasswordHash, UserBase.Id",
                "; a copy cannot set Id, which keep their values"));

    [Fact]
    public Task Classified_or_generated_bases_are_clean()
        => Verify.AnalyzerAsync<InheritedMembersAnalyzer>(
            """
            using Privacy.Policy;
            public class EntityBase
            {
                [NotPersonalData]
                public int Id { get; set; }
            }

            public partial class Person : EntityBase
            {
                [PersonalData(Category.Identity)]
                public string Name { get; set; } = "";
            }

            public partial class Employee : Person
            {
                [PersonalData(Category.Contact)]
                public string? WorkEmail { get; set; }
            }
            """);
}
