using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Privacy.Policy.Generators.Analyzers;
using Privacy.Policy.Generators.Tests.Generation;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

/// <summary>
/// PRIV018: a [NotPersonalData] member whose static type holds personal data is a build error naming the member and
/// the path to the personal data, for every way a type can hold it (issue 12, class 4).
/// </summary>
public class NotPersonalDataAnalyzerTests
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

    /// <summary>A library that used the generator: its Contact implements IPersonalData&lt;Contact&gt; and keeps its attributes.</summary>
    private static readonly Lazy<MetadataReference> GeneratedLibrary = new(() =>
    {
        CSharpCompilation library = CSharpCompilation.Create(
            "Contacts",
            [CSharpSyntaxTree.ParseText("namespace Contacts;\n" + Contact.Replace("public partial record Contact", "public partial record LibraryContact"), GeneratorHarness.ParseOptions, path: "/lib/Contacts.cs")],
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        (Compilation output, _) = GeneratorHarness.Run(library);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    });

    /// <summary>A library that did not use the generator: its type declares [PersonalData] members and nothing else.</summary>
    private static readonly MetadataReference PlainLibrary = GeneratorHarness.CompileLibrary("Plain", """
        namespace Plain;
        public class Subscriber
        {
            [Privacy.Policy.PersonalData(Privacy.Policy.Category.Identity)]
            public string Name { get; set; } = "";
        }

        public class Envelope
        {
            public Subscriber? Sender { get; set; }
        }
        """);

    [Fact]
    public Task A_personal_data_type_and_a_nullable_of_one_are_reported_with_the_type()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>(Contact + """
            public partial struct Card
            {
                [PersonalData(Category.Payment)]
                public string Number;
            }

            public partial record Wrapper
            {
                [NotPersonalData]
                public Contact {|#0:Primary|} { get; init; } = new();

                [NotPersonalData]
                public Card? {|#1:Payment|} { get; init; }

                [PersonalData(Category.Contact)]
                public Contact? Secondary { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV018").WithLocation(0).WithArguments("Wrapper", "Primary", "'Primary' is a 'Contact', which holds personal data"),
            Verify.Diagnostic("PRIV018").WithLocation(1).WithArguments("Wrapper", "Payment", "'Payment' is a 'Card', which holds personal data"));

    [Fact]
    public Task Arrays_collections_and_dictionaries_of_one_are_reported_with_the_path()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>(Contact + """
            public partial record Wrapper
            {
                [NotPersonalData]
                public List<Contact[]> {|#0:Others|} { get; init; } = new();

                [NotPersonalData]
                public IReadOnlyDictionary<int, Contact> {|#1:ByLine|} { get; init; } = new Dictionary<int, Contact>();

                [NotPersonalData]
                public HashSet<Contact> {|#2:Set|} = new();

                [NotPersonalData]
                public System.Lazy<Contact>? {|#3:Later|};

                [NotPersonalData]
                public ContactList? {|#4:Own|};

                [NotPersonalData]
                public Dictionary<Contact, int>? {|#5:Keyed|};
            }

            public class ContactList : List<Contact>
            {
            }
            """,
            Verify.Diagnostic("PRIV018").WithLocation(0).WithArguments("Wrapper", "Others", "'Others[][]' is a 'Contact', which holds personal data"),
            Verify.Diagnostic("PRIV018").WithLocation(1).WithArguments("Wrapper", "ByLine", "'ByLine[]' is a 'Contact', which holds personal data"),
            Verify.Diagnostic("PRIV018").WithLocation(2).WithArguments("Wrapper", "Set", "'Set[]' is a 'Contact', which holds personal data"),
            Verify.Diagnostic("PRIV018").WithLocation(3).WithArguments("Wrapper", "Later", "'Later<>' is a 'Contact', which holds personal data"),
            Verify.Diagnostic("PRIV018").WithLocation(4).WithArguments("Wrapper", "Own", "'Own[]' is a 'Contact', which holds personal data"),
            Verify.Diagnostic("PRIV018").WithLocation(5).WithArguments("Wrapper", "Keyed", "'Keyed<>' is a 'Contact', which holds personal data"));

    [Fact]
    public Task A_type_whose_members_hold_one_at_any_depth_is_reported_with_the_member_path()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>(Contact + """
            public class Household
            {
                public string Name = "";
                public List<Member> Members { get; } = new();
            }

            public struct Member
            {
                private Contact? _contact;
                public Contact? Contact { readonly get => _contact; set => _contact = value; }
            }

            public class Node
            {
                public Node? Next { get; set; }
                public Household? Home { get; set; }
            }

            public sealed class Plain
            {
                [NotPersonalData]
                public Household? {|#0:Home|} { get; set; }

                [NotPersonalData]
                public Node? {|#1:Chain|} { get; set; }
            }
            """,
            Verify.Diagnostic("PRIV018").WithLocation(0).WithArguments("Plain", "Home", "'Home.Members[]._contact' is a 'Contact', which holds personal data"),
            Verify.Diagnostic("PRIV018").WithLocation(1).WithArguments("Plain", "Chain", "'Chain.Home.Members[]._contact' is a 'Contact', which holds personal data"));

    [Fact]
    public Task A_type_with_personal_data_members_but_no_generated_code_is_reported()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using Privacy.Policy;
            public class NotPartial
            {
                [PersonalData(Category.Contact)]
                public string Email { get; set; } = "";
            }

            public class Derived : NotPartial
            {
            }

            public class Holder
            {
                [NotPersonalData]
                public Derived? {|#0:Item|};
            }
            """,
            Verify.Diagnostic("PRIV018").WithLocation(0).WithArguments("Holder", "Item", "'Item' is a 'Derived', which holds personal data"));

    [Fact]
    public Task A_personal_data_type_from_a_referenced_assembly_is_reported()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using System.Collections.Generic;
            using Privacy.Policy;
            public class Holder
            {
                [NotPersonalData]
                public List<Contacts.LibraryContact> {|#0:Contacts|} { get; set; } = new();
            }
            """,
            GeneratedLibrary.Value,
            Verify.Diagnostic("PRIV018").WithLocation(0).WithArguments("Holder", "Contacts", "'Contacts[]' is a 'Contacts.LibraryContact', which holds personal data"));

    [Fact]
    public Task A_type_from_an_assembly_without_generated_code_is_followed_through_its_members()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using Privacy.Policy;
            public class Holder
            {
                [NotPersonalData]
                public Plain.Envelope? {|#0:Mail|} { get; set; }

                [NotPersonalData]
                public Plain.Subscriber? {|#1:From|} { get; set; }
            }
            """,
            PlainLibrary,
            Verify.Diagnostic("PRIV018").WithLocation(0).WithArguments("Holder", "Mail", "'Mail.Sender' is a 'Plain.Subscriber', which holds personal data"),
            Verify.Diagnostic("PRIV018").WithLocation(1).WithArguments("Holder", "From", "'From' is a 'Plain.Subscriber', which holds personal data"));

    [Fact]
    public Task A_type_parameter_constrained_to_personal_data_is_reported()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using Privacy.Policy;
            public class Holder<T>
                where T : IPersonalData<T>
            {
                [NotPersonalData]
                public T[]? {|#0:Items|};
            }
            """,
            Verify.Diagnostic("PRIV018").WithLocation(0).WithArguments("Holder<T>", "Items", "'Items[]' is a 'T', which holds personal data"));

    [Fact]
    public Task Values_that_hold_no_personal_data_and_open_types_are_not_reported()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>(Contact + """
            public interface IHasEmail { string Email { get; } }

            public class Node
            {
                public Node? Next { get; set; }
                public List<string> Tags { get; } = new();
                public System.Uri? Link { get; set; }
                public NodaTime.Instant At { get; set; }
            }

            public partial record Wrapper
            {
                [PersonalData(Category.Contact)]
                public Contact? Secondary { get; init; }

                // Open types: what their runtime values hold, generated code decides at run time.
                [NotPersonalData] public object? Payload { get; init; }
                [NotPersonalData] public IHasEmail? Mail { get; init; }

                [NotPersonalData] public Node? Chain { get; init; }
                [NotPersonalData] public Dictionary<string, List<int>> Counts { get; init; } = new();
                [NotPersonalData] public int? Count { get; init; }
                [NotPersonalData] public string Plan { get; init; } = "";
            }
            """);

    /// <summary>docs/diagnostics/PRIV018.md's example, as written there.</summary>
    [Fact]
    public Task The_documented_example_is_reported_where_the_page_says()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using System.Collections.Generic;
            using Privacy.Policy;

            public partial record Contact
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
                public string Email { get; init; } = "";
            }

            public class Household
            {
                public List<Contact> Members { get; } = new();
            }

            public partial record Ticket
            {
                [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)]
                public string Text { get; init; } = "";

                [NotPersonalData]
                public Household? {|#0:Home|} { get; init; }      // PRIV018: 'Home.Members[]' is a 'Contact', which holds personal data

                [PersonalData(Category.Contact, Purposes = Purpose.Support)]
                public List<Contact> Members { get; init; } = new();   // classified: each Contact is redacted by its own rules
            }
            """,
            Verify.Diagnostic("PRIV018").WithLocation(0).WithArguments("Ticket", "Home", "'Home.Members[]' is a 'Contact', which holds personal data"));

    /// <summary>docs/redaction.md's open-type example, as written there: an interface-typed member is checked at run time, not refused.</summary>
    [Fact]
    public Task The_documented_open_type_example_is_not_reported()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using Privacy.Policy;

            public interface ITicketSubject { }

            public sealed partial class TicketContact : ITicketSubject
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Billing, Format = DataFormat.EmailAddress)]
                public string? Email { get; set; }
            }

            public sealed partial class Ticket
            {
                [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)]
                public string? Text { get; set; }

                [NotPersonalData("What the ticket is about; checked at run time.")]
                public ITicketSubject? About { get; set; }
            }
            """);

    private static string CannotSet(string member, string how, bool init = false)
        => $"the generated copy cannot set '{member}' because {how}, so it cannot check its value; give it a setter (a private one is enough){(init ? " or init" : string.Empty)}";

    private static string CannotCopy(string member)
        => $"'{member}' is a collection that generated code cannot copy element by element, so it cannot check each element; hold the values in an array, a List<T>, an IReadOnlyList<T> or a dictionary of them with keys that are not open types";

    /// <summary>
    /// PRIV019: an open [NotPersonalData] member (object, dynamic, an interface, a class that may be derived from) that
    /// the generated copy cannot set is copied as it is, personal-data value and all: a build error naming the member.
    /// </summary>
    [Fact]
    public Task An_open_member_the_copy_cannot_set_is_reported()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using System.Collections.Generic;
            using Privacy.Policy;

            public interface IAttachment { }

            public class Party { }

            public sealed class Sealed { }

            public partial class Ticket
            {
                [PersonalData(Category.Contact)]
                public string? Email { get; set; }

                [NotPersonalData] public object? {|#0:Payload|} { get; }
                [NotPersonalData] public IAttachment? {|#1:Attachment|} { get; init; }
                [NotPersonalData] public readonly Party? {|#2:From|};
                [NotPersonalData] public dynamic? {|#3:Extra|} { get; }
                [NotPersonalData] public List<object> {|#4:Items|} { get; } = new();

                // Settable, or not open: checked at run time, or nothing to check.
                [NotPersonalData] public object? Settable { get; set; }
                [NotPersonalData] public dynamic? DynamicSettable { get; set; }
                [NotPersonalData] public List<object>? ItemsSettable { get; set; }
                [NotPersonalData] public Sealed? Closed { get; }
                [NotPersonalData] public string Code { get; } = "";
                [NotPersonalData] public List<string> Tags { get; } = new();
                [NotPersonalData] public System.Uri? Endpoint { get; }
                [NotPersonalData] public System.Exception? LastError { get; }
            }

            public partial record Note
            {
                [PersonalData(Category.Contact)]
                public string? Email { get; init; }

                [NotPersonalData] public object? {|#5:Payload|} { get; }
                [NotPersonalData] public object? InitOnly { get; init; }
            }

            // Copied with an object initializer: init-only members are set by the copy.
            public sealed partial class Card
            {
                [PersonalData(Category.Contact)]
                public string? Email { get; init; }

                [NotPersonalData] public object? Payload { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV019").WithLocation(0).WithArguments("Ticket", "Payload", CannotSet("Payload", "it has no setter")),
            Verify.Diagnostic("PRIV019").WithLocation(1).WithArguments("Ticket", "Attachment", CannotSet("Attachment", "it is init-only and the type is copied by MemberwiseClone")),
            Verify.Diagnostic("PRIV019").WithLocation(2).WithArguments("Ticket", "From", CannotSet("From", "it is readonly")),
            Verify.Diagnostic("PRIV019").WithLocation(3).WithArguments("Ticket", "Extra", CannotSet("Extra", "it has no setter")),
            Verify.Diagnostic("PRIV019").WithLocation(4).WithArguments("Ticket", "Items", CannotSet("Items", "it has no setter")),
            Verify.Diagnostic("PRIV019").WithLocation(5).WithArguments("Note", "Payload", CannotSet("Payload", "it has no setter", init: true)));

    /// <summary>PRIV019: a collection of an open type that generated code cannot copy element by element.</summary>
    [Fact]
    public Task A_collection_of_an_open_type_the_copy_cannot_follow_is_reported()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using System.Collections;
            using System.Collections.Generic;
            using Privacy.Policy;

            public interface IAttachment { }

            public class Bag : List<object> { }

            public partial record Ticket
            {
                [PersonalData(Category.Contact)]
                public string? Email { get; init; }

                [NotPersonalData] public HashSet<object>? {|#0:Set|} { get; init; }
                [NotPersonalData] public List<List<object>>? {|#1:Nested|} { get; init; }
                [NotPersonalData] public object[][]? {|#2:Jagged|} { get; init; }
                [NotPersonalData] public Dictionary<object, int>? {|#3:Keyed|} { get; init; }
                [NotPersonalData] public ArrayList? {|#4:Untyped|} { get; init; }
                [NotPersonalData] public Bag? {|#5:Own|} { get; init; }

                // Copied element by element, each element checked at run time.
                [NotPersonalData] public List<object>? List { get; init; }
                [NotPersonalData] public object[]? Array { get; init; }
                [NotPersonalData] public IReadOnlyList<IAttachment>? ReadOnly { get; init; }
                [NotPersonalData] public Dictionary<int, object>? ById { get; init; }
                [NotPersonalData] public List<dynamic>? Dynamic { get; init; }
                [NotPersonalData] public HashSet<string>? Words { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV019").WithLocation(0).WithArguments("Ticket", "Set", CannotCopy("Set")),
            Verify.Diagnostic("PRIV019").WithLocation(1).WithArguments("Ticket", "Nested", CannotCopy("Nested")),
            Verify.Diagnostic("PRIV019").WithLocation(2).WithArguments("Ticket", "Jagged", CannotCopy("Jagged")),
            Verify.Diagnostic("PRIV019").WithLocation(3).WithArguments("Ticket", "Keyed", CannotCopy("Keyed")),
            Verify.Diagnostic("PRIV019").WithLocation(4).WithArguments("Ticket", "Untyped", CannotCopy("Untyped")),
            Verify.Diagnostic("PRIV019").WithLocation(5).WithArguments("Ticket", "Own", CannotCopy("Own")));

    /// <summary>PRIV019 for a member inherited from a base without generated code, reported at the type that copies it.</summary>
    [Fact]
    public Task An_open_member_inherited_from_a_base_without_generated_code_is_reported_at_the_derived_type()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using Privacy.Policy;

            public class Entity
            {
                [NotPersonalData] public object? Tag { get; private set; }
                [NotPersonalData] public object? Settable { get; set; }
            }

            public partial class {|#0:Customer|} : Entity
            {
                [PersonalData(Category.Contact)]
                public string? Email { get; set; }
            }
            """,
            Verify.Diagnostic("PRIV019").WithLocation(0).WithArguments("Entity", "Tag", CannotSet("Tag", "it cannot be set from this type")));

    /// <summary>docs/diagnostics/PRIV019.md's example, as written there.</summary>
    [Fact]
    public Task The_documented_PRIV019_example_is_reported_where_the_page_says()
        => Verify.AnalyzerAsync<NotPersonalDataAnalyzer>("""
            using System.Collections.Generic;
            using Privacy.Policy;

            public partial class Ticket
            {
                [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)]
                public string? Text { get; set; }

                [NotPersonalData("Whatever the caller attached.")]
                public object? {|#0:Payload|} { get; }                 // PRIV019: the copy cannot set it

                [NotPersonalData("Whatever the caller attached.")]
                public HashSet<object> {|#1:Attachments|} { get; set; } = new();   // PRIV019: a set is not copied element by element

                [NotPersonalData("Whatever the caller attached; each element checked at run time.")]
                public List<object> Labels { get; set; } = new();     // fine: each element is checked at run time
            }
            """,
            Verify.Diagnostic("PRIV019").WithLocation(0).WithArguments("Ticket", "Payload", CannotSet("Payload", "it has no setter")),
            Verify.Diagnostic("PRIV019").WithLocation(1).WithArguments("Ticket", "Attachments", CannotCopy("Attachments")));
}
