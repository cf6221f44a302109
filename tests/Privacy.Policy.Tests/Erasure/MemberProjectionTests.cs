using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Privacy.Policy.Erasure;
using Privacy.Policy.Generated;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Erasure;

/// <summary>
/// The member projection on its own, with a selector that decides by name: the copy keeps exactly what the selector
/// keeps, whatever the rules of erasure or disclosure would say, and the selector hears of every kept member read.
/// </summary>
public sealed class MemberProjectionTests
{
    private static readonly CallRecord Call = new()
    {
        CustomerId = "C-100234",
        CallingNumber = "06 12345678",
        CalledNumber = "+31 20 7654321",
        CallStart = Instant.FromUtc(2026, 3, 10, 10, 0),
        Imsi = "204081234567890",
        Imei = "352099001761481",
    };

    private static readonly Customer Customer = new()
    {
        CustomerNumber = "C-100234",
        Name = "Jan de Vries",
        Email = "jan.devries@example.nl",
        RecentCalls = [Call],
    };

    [Fact]
    public void The_copy_keeps_exactly_the_members_the_selector_keeps()
    {
        var selector = new ByName("Imei", "CalledNumber");

        CallRecord copy = MemberProjection.Project(Call, selector);

        Assert.Equal(Call.Imei, copy.Imei);
        Assert.Equal(Call.CalledNumber, copy.CalledNumber);
        Assert.Equal(string.Empty, copy.CustomerId);
        Assert.Equal(string.Empty, copy.CallingNumber);
        Assert.Equal(string.Empty, copy.Imsi);
        Assert.Equal(["CalledNumber", "Imei"], selector.KeptPaths.Order().ToArray());
    }

    [Fact]
    public void A_nested_value_is_decided_member_by_member_under_its_holders_path_unless_kept_whole()
    {
        var selector = new ByName("Name", "RecentCalls", "RecentCalls.Imei") { WholeNested = false };

        Customer copy = MemberProjection.Project(Customer, selector);

        Assert.Equal(Customer.Name, copy.Name);
        Assert.Equal(string.Empty, copy.Email);
        CallRecord call = Assert.Single(copy.RecentCalls);
        Assert.Equal(Call.Imei, call.Imei);
        Assert.Equal(string.Empty, call.CustomerId);
        Assert.Contains("RecentCalls.Imei", selector.KeptPaths);
    }

    [Fact]
    public void A_nested_value_the_selector_does_not_open_keeps_nothing()
    {
        var selector = new ByName("Name", "RecentCalls", "RecentCalls.Imei", "RecentCalls.CustomerId") { WholeNested = false, Opens = false };

        Customer copy = MemberProjection.Project(Customer, selector);

        Assert.Equal(Customer.Name, copy.Name);
        CallRecord call = Assert.Single(copy.RecentCalls);
        Assert.Equal(string.Empty, call.Imei);
        Assert.Equal(string.Empty, call.CustomerId);
    }

    [Fact]
    public void A_kept_nested_value_is_kept_whole_when_the_selector_says_so()
    {
        var selector = new ByName("RecentCalls") { WholeNested = true };

        Customer copy = MemberProjection.Project(Customer, selector);

        Assert.Same(Customer.RecentCalls[0], Assert.Single(copy.RecentCalls));
        Assert.Equal(string.Empty, copy.Name);
    }

    /// <summary>Keeps the member paths it is given; records the kept members the generated code read.</summary>
    private sealed class ByName(params string[] paths) : MemberSelector
    {
        private readonly HashSet<string> _paths = [.. paths];

        public List<string> KeptPaths { get; } = [];

        public bool WholeNested { get; init; }

        public bool Opens { get; init; } = true;

        public override bool KeepsNestedWhole => WholeNested;

        public override int Mark => 0;

        public override bool[] Select<T>(T value, string prefix, int[] reportedAt)
            => T.Descriptor.Members.Select(member => _paths.Contains(prefix + member.Name)).ToArray();

        public override bool OpensNested(PersonalDataDescriptor holder, string member) => Opens;

        public override void Kept(string prefix, PersonalDataMember member) => KeptPaths.Add(prefix + member.Name);

        public override void Rewind(int mark)
        {
        }
    }
}
