using System.Net;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Privacy.Policy.Generated;
using Privacy.Policy.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Redaction;

/// <summary>IP addresses that are not text (<see cref="IPAddress"/> members) keep what the text rule keeps.</summary>
public sealed class NetworkMaskTests
{
    [Theory]
    [InlineData("192.0.2.77", "192.0.2.0")]
    [InlineData("2001:db8:abcd:12::1", "2001:db8:abcd::")]
    [InlineData("2002:c000:24d::1", "2002:c000:200::")] // 6to4 of 192.0.2.77: its /24 only
    [InlineData("::ffff:192.0.2.77", "::")]
    public void An_address_keeps_its_network(string input, string expected)
        => Assert.Equal(IPAddress.Parse(expected), ValueMasks.MaskNetwork(IPAddress.Parse(input)));

    [Property(MaxTest = 2000)]
    public Property An_address_keeps_exactly_what_the_text_rule_keeps()
    {
        Gen<IPAddress> v4 = Gen.Choose(0, 255).ArrayOf(4).Select(octets => new IPAddress(System.Array.ConvertAll(octets, octet => (byte)octet)));
        Gen<IPAddress> v6 = Gen.Zip(Gen.Choose(0, 255).ArrayOf(16), Gen.Elements(true, false)).Select(t =>
        {
            byte[] bytes = System.Array.ConvertAll(t.Item1, octet => (byte)octet);
            if (t.Item2)
            {
                (bytes[0], bytes[1]) = ((byte)0x20, (byte)0x02); // 6to4
            }

            return new IPAddress(bytes);
        });

        return Prop.ForAll(Gen.OneOf(v4, v6).ToArbitrary(), address =>
        {
            string text = TestRedactors.Keyed.Redact(address.ToString(), DataFormat.IpAddress, RedactionKind.Mask)!;
            IPAddress network = IPAddress.Parse(text.Substring(0, text.IndexOf('/')));
            return network.Equals(ValueMasks.MaskNetwork(address));
        });
    }
}
