using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// Records nested in a record of the export's subject: one of another data subject, at any depth, voids the export
/// before any of the outer record is written (GDPR art. 15(4)), naming the types and the path, never a subject.
/// </summary>
public sealed class NestedSubjectExportTests
{
    private const string Subject = "C-100234";
    private const string Other = "C-999999";
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public void A_call_of_another_subject_in_a_customers_recent_calls_voids_the_export_before_the_customer_is_written()
    {
        var customer = new Customer
        {
            CustomerNumber = Subject,
            Name = "Jan Jansen",
            RecentCalls = [GeneratedRedactTests.Call(), OthersCall()],
        };

        (InvalidOperationException refused, string written) = Refuse(export => export.Add([customer]));

        Assert.Contains("Privacy.Policy.Tests.Domain.CallRecord record of another data subject", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nested in a Privacy.Policy.Tests.Domain.Customer record", refused.Message, StringComparison.Ordinal);
        Assert.Contains("at RecentCalls[1]", refused.Message, StringComparison.Ordinal);
        Assert.Contains("GDPR art. 15(4)", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Jansen", written, StringComparison.Ordinal);
        Assert.DoesNotContain("555 0777", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_household_member_of_another_subject_voids_the_export()
    {
        var household = new Household
        {
            HeadCustomerNumber = Subject,
            Address = "Damrak 1, Amsterdam",
            Members = [new HouseholdMember { CustomerNumber = Other, Name = "Piet Jansen" }],
        };

        (InvalidOperationException refused, string written) = Refuse(export => export.Add([household]));

        Assert.Contains("HouseholdMember record of another data subject", refused.Message, StringComparison.Ordinal);
        Assert.Contains("at Members[0];", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Damrak", written, StringComparison.Ordinal);
        Assert.DoesNotContain("Piet Jansen", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_of_another_subject_two_levels_down_voids_the_export_asynchronously_too()
    {
        var household = new Household
        {
            HeadCustomerNumber = Subject,
            Members = [Member(Subject), new HouseholdMember { CustomerNumber = Subject, Name = "Anna", LastCall = OthersCall() }],
        };

        using var stream = new MemoryStream();
        await using SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, Subject);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () => await export.AddAsync([household]));

        Assert.Contains("CallRecord record of another data subject", refused.Message, StringComparison.Ordinal);
        Assert.Contains("at Members[1].LastCall;", refused.Message, StringComparison.Ordinal);
        AssertNamesNoSubject(refused);
        Assert.DoesNotContain("555 0777", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await export.CompleteAsync());
    }

    [Fact]
    public void A_dictionary_value_of_another_subject_is_named_by_position_not_by_its_key()
    {
        var household = new Household
        {
            HeadCustomerNumber = Subject,
            LastCallByLine = { ["+31 6 1111 1111"] = GeneratedRedactTests.Call(), ["+31 6 2222 2222"] = OthersCall() },
        };

        (InvalidOperationException refused, _) = Refuse(export => export.Add([household]));

        Assert.Contains("at LastCallByLine.Values[1];", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2222", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_record_held_as_its_base_type_is_checked_by_its_own_subject_and_members()
    {
        var ofAnother = new Household
        {
            HeadCustomerNumber = Subject,
            Contacts = [new ContactPerson { Name = "Helpdesk" }, new CustomerContact { CustomerNumber = Other, Name = "Piet" }],
        };
        var carryingAnothersCall = new Household
        {
            HeadCustomerNumber = Subject,
            Contacts = [new CustomerContact { CustomerNumber = Subject, Name = "Jan", LastCall = OthersCall() }],
        };

        (InvalidOperationException first, _) = Refuse(export => export.Add([ofAnother]));
        (InvalidOperationException second, _) = Refuse(export => export.Add([carryingAnothersCall]));

        Assert.Contains("CustomerContact record of another data subject", first.Message, StringComparison.Ordinal);
        Assert.Contains("at Contacts[1];", first.Message, StringComparison.Ordinal);
        Assert.Contains("CallRecord record of another data subject", second.Message, StringComparison.Ordinal);
        Assert.Contains("at Contacts[0].LastCall;", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partners_that_refer_to_each_other_are_walked_once_and_a_call_of_another_subject_is_still_found()
    {
        HouseholdMember jan = Member(Subject);
        var anna = new HouseholdMember { CustomerNumber = Subject, Name = "Anna", LastCall = OthersCall(), Partner = jan };
        jan.Partner = anna;
        var household = new Household { HeadCustomerNumber = Subject, Members = [jan] };

        (InvalidOperationException refused, _) = Refuse(export => export.Add([household]));

        Assert.Contains("at Members[0].Partner.LastCall;", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_records_of_the_subject_and_nested_data_without_a_subject_are_exported()
    {
        var household = new Household
        {
            HeadCustomerNumber = Subject,
            Address = "Damrak 1, Amsterdam",
            Members = [Member(Subject)],
            LastCallByLine = { ["+31 6 1111 1111"] = GeneratedRedactTests.Call() },
            Contacts = [new ContactPerson { Name = "Helpdesk" }, new CustomerContact { Name = "Unknown customer" }],
        };

        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, Subject))
        {
            export.Add([household]);
            await export.CompleteAsync();
        }

        JsonElement values = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("recordTypes")[0].GetProperty("records")[0].GetProperty("values");
        Assert.Equal("Jan Jansen", values.GetProperty("Members")[0].GetProperty("Name").GetString());
        Assert.Equal("+31 20 555 0199", values.GetProperty("LastCallByLine").GetProperty("+31 6 1111 1111").GetProperty("CalledNumber").GetString());
        Assert.Equal("Unknown customer", values.GetProperty("Contacts")[1].GetProperty("Name").GetString());
    }

    private static CallRecord OthersCall() => GeneratedRedactTests.Call() with { CustomerId = Other, CalledNumber = "+31 20 555 0777" };

    private static HouseholdMember Member(string subject) => new() { CustomerNumber = subject, Name = "Jan Jansen", LastCall = GeneratedRedactTests.Call() };

    private static (InvalidOperationException Refused, string Written) Refuse(Action<SubjectAccessExport> add)
    {
        using var stream = new MemoryStream();
        InvalidOperationException refused;
        using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, Subject))
        {
            refused = Assert.Throws<InvalidOperationException>(() => add(export));
        }

        AssertNamesNoSubject(refused);
        return (refused, Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void AssertNamesNoSubject(InvalidOperationException refused)
    {
        Assert.DoesNotContain(Subject, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Other, refused.Message, StringComparison.Ordinal);
    }
}
