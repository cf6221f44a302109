using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>C# 13 partial properties (MVVM Toolkit's <c>[ObservableProperty]</c>) are personal-data members like any other.</summary>
public sealed class PartialPropertyTests
{
    private static IPrivacyPolicy Policy { get; } = TestPolicies.Create();

    [Fact]
    public void A_partial_property_is_in_the_descriptor()
        => Assert.Equal(["Email"], ContactViewModel.Descriptor.Members.Select(member => member.Name));

    [Fact]
    public void Redact_and_Erase_do_not_keep_a_partial_property()
    {
        var model = new ContactViewModel { Email = "jan@example.nl", Revision = 3 };

        ContactViewModel redacted = Policy.Redact(model);
        ContactViewModel erased = Policy.Erase(model).Value;

        Assert.NotEqual("jan@example.nl", redacted.Email);
        Assert.NotEqual("jan@example.nl", erased.Email);
        Assert.Equal(3, redacted.Revision);
        Assert.Equal("jan@example.nl", model.Email);
    }

    [Fact]
    public async Task The_export_writes_a_partial_property()
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = Policy.BeginExport(stream, "C-100234"))
        {
            export.Add([new ContactViewModel { Email = "jan@example.nl" }]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        JsonElement values = document.RootElement.GetProperty("recordTypes")[0].GetProperty("records")[0].GetProperty("values");
        Assert.Equal("jan@example.nl", values.GetProperty("Email").GetString());
    }
}
