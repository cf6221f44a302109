using System.Collections.Generic;
using Privacy.Policy.Disclosure;
using Xunit;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>Each refusal of a path a data subject asked to have sent, on its own: a member that is not there, one that never leaves.</summary>
public sealed class SubjectRequestRefusalsTests
{
    private static readonly PersonalDataDescriptor Customer = new(
        "Customer",
        [
            new PersonalDataMember("Email", Category.Contact, Purpose.ServiceDelivery, null, DataFormat.EmailAddress, RedactionKind.Mask, exportable: true),
            new PersonalDataMember("PasswordHash", Category.Credentials, Purpose.ServiceDelivery, null, DataFormat.Unspecified, RedactionKind.Erase, exportable: true),
            new PersonalDataMember("Device", Category.TechnicalIdentifier, Purpose.ServiceDelivery, null, DataFormat.Unspecified, RedactionKind.Erase, exportable: true),
        ]);

    // What projecting a customer with a device met: the device's own members under its path.
    private static readonly List<(string Path, bool Exportable)> WithDevice =
    [
        ("Email", true),
        ("PasswordHash", false),
        ("Device", true),
        ("Device.Imei", true),
        ("Device.Pin", false),
    ];

    // The same customer without a device: nothing under Device was met.
    private static readonly List<(string Path, bool Exportable)> WithoutDevice =
    [
        ("Email", true),
        ("PasswordHash", false),
        ("Device", true),
    ];

    [Theory]
    [InlineData("Email")]
    [InlineData("Device")]
    [InlineData("Device.Imei")]
    public void An_exportable_member_met_is_disclosed(string path)
        => Assert.Null(SubjectRequestRefusals.Check(path, WithDevice, Customer));

    [Theory]
    [InlineData("PasswordHash")]
    [InlineData("Device.Pin")]
    public void A_member_that_never_leaves_the_controller_is_refused(string path)
        => Assert.Equal(DisclosureRefusal.NotDisclosable, SubjectRequestRefusals.Check(path, WithDevice, Customer));

    [Theory]
    [InlineData("Name")]
    [InlineData("Phone.Imei")]
    [InlineData("Device.Colour")]
    public void A_path_that_is_not_a_personal_data_member_is_refused(string path)
        => Assert.Equal(DisclosureRefusal.UnknownMember, SubjectRequestRefusals.Check(path, WithDevice, Customer));

    [Fact]
    public void A_path_under_a_nested_value_this_record_does_not_have_is_not_refused()
        => Assert.Null(SubjectRequestRefusals.Check("Device.Imei", WithoutDevice, Customer));

    [Fact]
    public void A_path_that_holds_members_met_is_disclosed_without_being_met_itself()
        => Assert.Null(SubjectRequestRefusals.Check("Device", [("Device.Imei", true)], Customer));

    [Fact]
    public void The_messages_name_the_request_the_type_and_the_path()
    {
        Assert.Equal(
            "Subject request R-1 refused: 'Name' is not a personal-data member of Customer.",
            SubjectRequestRefusals.Explain(DisclosureRefusal.UnknownMember, "R-1", "Name", "Customer"));
        Assert.Equal(
            "Subject request R-1 refused: Customer member 'PasswordHash' never leaves the controller (credentials, or not exportable).",
            SubjectRequestRefusals.Explain(DisclosureRefusal.NotDisclosable, "R-1", "PasswordHash", "Customer"));
    }
}
