using System;
using System.Linq;
using Microsoft.AspNetCore.Identity;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// Types deriving from a base compiled in another assembly, ASP.NET Core Identity's IdentityUser: its members are
/// unclassified, and no copy (redacted, erased or disclosed) may carry them in clear.
/// </summary>
public sealed class ExternalBaseTypeTests
{
    private const string Email = "jan.devries@example.nl";
    private const string Phone = "0612345678";
    private const string PasswordHash = "AQAAAAIAAYagAAAAEH3x-secret-hash";
    private const string SecurityStamp = "Q4ZJ7Y3XKSTAMP";

    private static IPrivacyPolicy Policy { get; } = TestPolicies.Create(configure: options =>
        options.Recipients.Add(new RecipientDeclaration("Portal BV", RecipientRole.Processor, Purpose.CustomerPortal) { ProcessingAgreementUntil = new NodaTime.LocalDate(2099, 12, 31) }));

    private static IdentityPortalUser User() => new()
    {
        UserName = "jdevries",
        Email = Email,
        PhoneNumber = Phone,
        PasswordHash = PasswordHash,
        SecurityStamp = SecurityStamp,
        DisplayName = "Jan de Vries",
        PrefersDarkMode = true,
    };

    private static void AssertNoIdentityValue(IdentityUser copy)
    {
        string?[] values = [copy.UserName, copy.Email, copy.PhoneNumber, copy.PasswordHash, copy.SecurityStamp];
        foreach (string secret in new[] { "jdevries", Email, Phone, PasswordHash, SecurityStamp })
        {
            Assert.DoesNotContain(values, value => value is not null && value.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Redact_erases_what_identity_user_holds()
    {
        IdentityPortalUser redacted = Policy.Redact(User());

        AssertNoIdentityValue(redacted);
        Assert.Equal("J. d. V.", redacted.DisplayName);
        Assert.True(redacted.PrefersDarkMode);
    }

    [Fact]
    public void Erase_erases_what_identity_user_holds()
    {
        ErasureResult<IdentityPortalUser> erased = Policy.Erase(User());

        AssertNoIdentityValue(erased.Value);
        Assert.Equal(string.Empty, erased.Value.DisplayName);
        Assert.True(erased.Value.PrefersDarkMode);
    }

    [Fact]
    public void Disclose_keeps_only_the_classified_member_for_the_purpose()
    {
        IdentityPortalUser disclosed = Policy.Disclose(User(), "Portal BV", Purpose.CustomerPortal);

        AssertNoIdentityValue(disclosed);
        Assert.Equal("Jan de Vries", disclosed.DisplayName);
    }

    [Fact]
    public void The_descriptor_names_the_unclassified_members_it_erases()
    {
        Assert.Contains("Email", IdentityPortalUser.Descriptor.UnclassifiedMembers);
        Assert.Contains("PasswordHash", IdentityPortalUser.Descriptor.UnclassifiedMembers);
        Assert.DoesNotContain("DisplayName", IdentityPortalUser.Descriptor.UnclassifiedMembers);
        Assert.DoesNotContain("Email", ClassifiedIdentityUser.Descriptor.UnclassifiedMembers);
        Assert.Contains("PhoneNumber", ClassifiedIdentityUser.Descriptor.UnclassifiedMembers);
    }

    [Fact]
    public void A_generated_base_type_from_another_assembly_keeps_its_classification()
    {
        var device = new LeasedDevice
        {
            CustomerNumber = "MV-100234",
            Imsi = "204081234567890",
            Imei = "352099001761481",
            Iccid = "8931160000123456786",
            LineNumber = "0612345678",
            DeactivatedOn = new NodaTime.LocalDate(2026, 1, 10),
            LeaseIban = "NL91ABNA0417164300",
            LeaseNumber = 7,
        };

        LeasedDevice redacted = Policy.Redact(device);
        LeasedDevice erased = Policy.Erase(device).Value;
        string text = device.ToString();

        Assert.Equal(["CustomerNumber", "Imsi", "Imei", "Iccid", "LineNumber", "LeaseIban"], LeasedDevice.Descriptor.Members.Select(member => member.Name));
        Assert.Empty(LeasedDevice.Descriptor.UnclassifiedMembers);
        Assert.Equal("ActivatedOn", LeasedDevice.Descriptor.RetentionAnchorMember);
        Assert.Equal("20408**********", redacted.Imsi);
        Assert.Equal("893116*************", redacted.Iccid);
        Assert.Equal("NL************4300", redacted.LeaseIban);
        Assert.Equal(7, redacted.LeaseNumber);
        Assert.Equal((string.Empty, string.Empty, string.Empty), (erased.Imsi, erased.Imei, erased.LeaseIban));
        Assert.Equal(string.Empty, erased.Iccid);
        foreach (string value in new[] { "204081234567890", "352099001761481", "8931160000123456786", "0612345678", "NL91ABNA0417164300", "MV-100234" })
        {
            Assert.DoesNotContain(value, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToString_shows_no_identity_value()
    {
        string text = User().ToString();

        foreach (string secret in new[] { "jdevries", Email, Phone, PasswordHash, SecurityStamp })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_overriding_auto_property_classifies_the_base_member()
    {
        var user = new ClassifiedIdentityUser { Email = Email, PhoneNumber = Phone, PasswordHash = PasswordHash };

        ClassifiedIdentityUser redacted = Policy.Redact(user);

        Assert.Equal("j***@example.nl", redacted.Email);
        Assert.Equal(string.Empty, redacted.PhoneNumber);
        Assert.Equal(string.Empty, redacted.PasswordHash);
        Assert.Equal(["Email"], ClassifiedIdentityUser.Descriptor.Members.Select(member => member.Name));
    }
}
