using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Analyzers;
using Privacy.Policy.Generators.Tests.Generation;
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

    /// <summary>A base type compiled elsewhere, as IdentityUser reaches a command-line build: no backing fields to see.</summary>
    private static readonly MetadataReference UserLibrary = GeneratorHarness.CompileLibrary("Users", """
        namespace Users;
        public class UserBase
        {
            public virtual string? Email { get; set; }
            public virtual string? PhoneNumber { get; set; }
            public string? PasswordHash { get; set; }
            public string Id { get; } = "";
            public string this[int index] => "";
            public static string? Shared { get; set; }
        }
        """);

    [Fact]
    public Task Members_of_a_base_type_from_another_assembly_are_listed()
        => Verify.AnalyzerAsync<InheritedMembersAnalyzer>(
            """
            using Privacy.Policy;
            public partial class {|#0:PortalUser|} : Users.UserBase
            {
                [PersonalData(Category.Identity)]
                public string DisplayName { get; set; } = "";
            }
            """,
            UserLibrary,
            Verify.Diagnostic("PRIV009").WithLocation(0).WithArguments(
                "PortalUser",
                "UserBase.Email, UserBase.PhoneNumber, UserBase.PasswordHash, UserBase.Id",
                "; a copy cannot set Id, which keep their values"));

    [Fact]
    public Task A_stored_override_classifies_the_base_member_and_a_computed_one_does_not()
        => Verify.AnalyzerAsync<InheritedMembersAnalyzer>(
            """
            using Privacy.Policy;
            public partial class {|#0:PortalUser|} : Users.UserBase
            {
                [PersonalData(Category.Contact)]
                public override string? Email { get; set; }

                public override string? PhoneNumber { get => base.PhoneNumber; set => base.PhoneNumber = value; }
            }
            """,
            UserLibrary,
            Verify.Diagnostic("PRIV009").WithLocation(0).WithArguments(
                "PortalUser",
                "UserBase.PhoneNumber, UserBase.PasswordHash, UserBase.Id",
                "; a copy cannot set Id, which keep their values"));
}
