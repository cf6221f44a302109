using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class FormatAnalyzerTests
{
    private static string Member(string type, string arguments)
        => $$"""
            using System.Collections.Generic;
            using NodaTime;
            using Privacy.Policy;
            public partial class C
            {
                [PersonalData({{arguments}})]
                public {{type}} Value { get; init; } = default!;
            }
            """;

    [Theory]
    [InlineData("int", "Category.Contact, {|#0:Format = DataFormat.EmailAddress|}")]
    [InlineData("Instant", "Category.Usage, {|#0:Format = DataFormat.PhoneNumber|}")]
    [InlineData("double", "Category.TechnicalIdentifier, {|#0:Format = DataFormat.IpAddress|}")]
    [InlineData("string", "Category.Usage, {|#0:Redaction = RedactionKind.Mask|}")]
    [InlineData("string", "Category.Correspondence, Format = DataFormat.FreeText, {|#0:Redaction = RedactionKind.Mask|}")]
    [InlineData("string", "Category.NationalIdentifier, Format = DataFormat.Bsn, {|#0:Redaction = RedactionKind.Mask|}")]
    [InlineData("string", "Category.NationalIdentifier, Format = DataFormat.Bsn, {|#0:Redaction = RedactionKind.Pseudonymize|}")]
    [InlineData("string", "Category.Credentials, {|#0:Redaction = RedactionKind.Pseudonymize|}")]
    [InlineData("string", "Category.Credentials, Format = DataFormat.Secret, {|#0:Redaction = RedactionKind.Mask|}")]
    [InlineData("int", "Category.Usage, {|#0:Redaction = RedactionKind.Pseudonymize|}")]
    [InlineData("ulong", "Category.TechnicalIdentifier, Format = DataFormat.Imsi, {|#0:Redaction = RedactionKind.Mask|}")]
    [InlineData("Dictionary<string, int>", "Category.Contact, {|#0:Format = DataFormat.EmailAddress|}")]
    [InlineData("LocalDate", "Category.Identity, Format = DataFormat.Timestamp, {|#0:Redaction = RedactionKind.Mask|}")]
    [InlineData("long", "Category.TechnicalIdentifier, {|#0:Format = DataFormat.Iccid|}")]
    [InlineData("string", "Category.Contact, Format = DataFormat.PhoneNumber, {|#0:Redaction = RedactionKind.Scrub|}")]
    [InlineData("string", "Category.Correspondence, {|#0:Redaction = RedactionKind.Scrub|}")]
    [InlineData("string", "Category.Credentials, Format = DataFormat.FreeText, {|#0:Redaction = RedactionKind.Scrub|}")]
    public Task Misfit_format_or_impossible_redaction_is_a_warning_at_the_argument(string type, string arguments)
        => Verify.AnalyzerAsync<FormatAnalyzer>(Member(type, arguments), Verify.Diagnostic("PRIV005").WithLocation(0));

    [Fact]
    public Task Message_says_what_does_not_fit()
        => Verify.AnalyzerAsync<FormatAnalyzer>(
            Member("int", "Category.Contact, {|#0:Format = DataFormat.EmailAddress|}"),
            Verify.Diagnostic("PRIV005").WithLocation(0).WithArguments("C", "Value", "format EmailAddress does not fit a member whose values are 'int'"));

    [Fact]
    public Task Scrub_on_a_value_that_is_not_free_text_says_why()
        => Verify.AnalyzerAsync<FormatAnalyzer>(
            Member("string", "Category.Contact, Format = DataFormat.PhoneNumber, {|#0:Redaction = RedactionKind.Scrub|}"),
            Verify.Diagnostic("PRIV005").WithLocation(0).WithArguments("C", "Value", "redaction Scrub is impossible: only FreeText is scrubbed (scanned for the identifiers in it); a PhoneNumber value is one identifier, redacted by its own rule: use Mask, Pseudonymize or Erase"));

    [Theory]
    [InlineData("string", "Category.Correspondence, Format = DataFormat.FreeText, Redaction = RedactionKind.Scrub")]
    [InlineData("List<string>", "Category.Correspondence, Format = DataFormat.FreeText, Redaction = RedactionKind.Scrub")]
    [InlineData("string", "Category.Usage, Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize")]
    [InlineData("string?", "Category.TechnicalIdentifier, Format = DataFormat.Imsi, Redaction = RedactionKind.Mask")]
    [InlineData("string", "Category.TechnicalIdentifier, Format = DataFormat.Iccid, Redaction = RedactionKind.Mask")]
    [InlineData("ulong", "Category.TechnicalIdentifier, Format = DataFormat.Imsi")]
    [InlineData("long?", "Category.TechnicalIdentifier, Format = DataFormat.Imei, Redaction = RedactionKind.Erase")]
    [InlineData("Instant", "Category.Usage, Format = DataFormat.Timestamp, Redaction = RedactionKind.Mask")]
    [InlineData("LocalDate?", "Category.Identity, Format = DataFormat.Timestamp")]
    [InlineData("System.Net.IPAddress", "Category.TechnicalIdentifier, Format = DataFormat.IpAddress, Redaction = RedactionKind.Mask")]
    [InlineData("List<string>", "Category.Contact, Format = DataFormat.EmailAddress, Redaction = RedactionKind.Mask")]
    [InlineData("string[]", "Category.Usage, Format = DataFormat.PhoneNumber")]
    [InlineData("IReadOnlyDictionary<string, string>", "Category.Contact, Format = DataFormat.PhoneNumber")]
    [InlineData("double", "Category.Location, Format = DataFormat.GeoCoordinate, Redaction = RedactionKind.Mask")]
    [InlineData("(double Latitude, double Longitude)", "Category.Location, Format = DataFormat.GeoCoordinate")]
    [InlineData("byte[]", "Category.Credentials, Format = DataFormat.Secret")]
    [InlineData("int", "Category.NationalIdentifier, Format = DataFormat.Bsn")]
    [InlineData("decimal", "Category.Payment, Redaction = RedactionKind.Erase")]
    [InlineData("object", "Category.Correspondence")]
    public Task Fitting_format_and_possible_redaction_are_clean(string type, string arguments)
        => Verify.AnalyzerAsync<FormatAnalyzer>(Member(type, arguments));

    [Fact]
    public Task A_collection_that_is_not_redacted_element_by_element_is_a_warning_on_the_member()
        => Verify.AnalyzerAsync<FormatAnalyzer>(
            """
            using System.Collections.Generic;
            using Privacy.Policy;
            public partial class C
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                public HashSet<string> {|#0:Emails|} { get; set; } = new();
            }
            """,
            Verify.Diagnostic("PRIV005").WithLocation(0).WithArguments("C", "Emails", "a 'System.Collections.Generic.HashSet<string>' is not redacted element by element, so it is erased whole; use an array, List<T>, IReadOnlyList<T> or a dictionary"));

    [Fact]
    public Task Personal_data_nested_deeper_than_one_collection_is_a_warning()
        => Verify.AnalyzerAsync<FormatAnalyzer>(
            """
            using System.Collections.Generic;
            using Privacy.Policy;
            public partial record Contact
            {
                [PersonalData(Category.Contact)]
                public string Email { get; init; } = "";
            }

            public partial record Holder
            {
                [PersonalData(Category.Contact)]
                public Contact[][] {|#0:Grid|} { get; init; } = [];

                [PersonalData(Category.Contact)]
                public HashSet<Contact> {|#1:Set|} { get; init; } = new();

                [PersonalData(Category.Contact)]
                public List<Contact> Fine { get; init; } = new();
            }
            """,
            Verify.Diagnostic("PRIV005").WithLocation(0).WithArguments("Holder", "Grid", "a 'Contact[][]' holds personal data generated code cannot copy element by element, so it is erased whole; use an array, List<T>, IReadOnlyList<T> or a dictionary of the personal-data type"),
            Verify.Diagnostic("PRIV005").WithLocation(1));
}
