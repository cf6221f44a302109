using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Json.Schema;
using NodaTime;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// Entity graphs with cycles, shared references and great depth (what Entity Framework Core loads): ToString, Redact,
/// Erase, Disclose and the export end, leak nothing, and cut a back-reference as docs/redaction.md says. Before the
/// cut, each of these overflowed the stack (killing the test host), ran out of memory, or failed at JSON depth 1000.
/// </summary>
public sealed class ObjectGraphTests
{
    private const string Name = "Kanarie Zeldzaamheid";
    private const string MaskedName = "K. Z.";
    private const string Note = "Geheime notitie 7Q4X van de kanarie";
    private const int MaxDepth = 64;
    private const int ChainLength = 100_000;

    private static readonly Canary[] Canaries = [new(Name), new(Note)];

    public static TheoryData<string> Graphs => ["customer", "person", "shipment", "household", "chain"];

    [Fact]
    public void ToString_shows_a_back_reference_as_cycle()
    {
        Assert.Equal(
            "GraphCustomer { Name = K. Z., Note = ***, Account = GraphAccount { Holder = K. Z., Note = ***, Owner = <cycle> } }",
            CustomerWithAccount().ToString());
        Assert.Equal("GraphPerson { Name = K. Z., Note = ***, Partner = <cycle> }", SelfPartner().ToString());
        Assert.Equal(
            "GraphAccount { Holder = K. Z., Note = ***, Owner = GraphCustomer { Name = K. Z., Note = ***, Account = <cycle> } }",
            CustomerWithAccount().Account!.ToString());
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void ToString_of_any_graph_ends_and_shows_no_personal_data(string graph)
    {
        string text = Build(graph).ToString()!;

        Canary.AssertNoneIn(text, Canaries, graph + ".ToString()");
        Assert.Contains(MaskedName, text);
        if (graph == "chain")
        {
            Assert.Equal(MaxDepth, Count(text, "GraphLink {"));
            Assert.Contains("Next = <too deep>", text);
        }
    }

    [Fact]
    public void ToString_on_many_threads_at_once_cuts_each_graph_alone()
    {
        GraphCustomer customer = CustomerWithAccount();
        string expected = customer.ToString();
        string[] texts = new string[64];
        Parallel.For(0, texts.Length, i => texts[i] = i % 2 == 0 ? customer.ToString() : Chain(200).ToString());
        for (int i = 0; i < texts.Length; i += 2)
        {
            Assert.Equal(expected, texts[i]);
        }
    }

    [Fact]
    public void Redact_cuts_back_references_and_keeps_shared_references_shared()
    {
        IPrivacyPolicy policy = TestPolicies.Create();

        GraphCustomer customer = CustomerWithAccount();
        GraphCustomer copy = policy.Redact(customer);
        Assert.NotSame(customer.Account, copy.Account);
        Assert.Null(copy.Account!.Owner);
        AssertRedacted(copy.Name, copy.Note);
        AssertRedacted(copy.Account.Holder, copy.Account.Note);
        Assert.Same(customer, customer.Account!.Owner); // the original is not changed

        GraphPerson person = policy.Redact(SelfPartner());
        Assert.Null(person.Partner);
        AssertRedacted(person.Name, person.Note);

        GraphShipment shipment = SharedAddress();
        GraphShipment shipped = policy.Redact(shipment);
        Assert.NotSame(shipment.Billing, shipped.Billing);
        Assert.Same(shipped.Billing, shipped.Delivery);
        AssertRedacted(shipped.Billing!.Name, shipped.Billing.Note);

        GraphHousehold household = policy.Redact(Household());
        Assert.Equal(3, household.Members.Count);
        Assert.All(household.Members, member =>
        {
            Assert.Null(member.Household);
            AssertRedacted(member.Name, member.Note);
        });

        List<GraphLink> links = Links(policy.Redact(Chain(ChainLength)));
        Assert.Equal(MaxDepth, links.Count);
        Assert.All(links, link => AssertRedacted(link.Name, link.Note));
    }

    [Fact]
    public void Redact_on_many_threads_at_once_copies_each_graph_alone()
    {
        IPrivacyPolicy policy = TestPolicies.Create();
        GraphShipment shipment = SharedAddress();
        GraphShipment[] copies = new GraphShipment[64];
        Parallel.For(0, copies.Length, i =>
        {
            copies[i] = policy.Redact(shipment);
            Assert.Null(policy.Redact(CustomerWithAccount()).Account!.Owner);
        });

        Assert.All(copies, copy => Assert.Same(copy.Billing, copy.Delivery));
        Assert.Equal(copies.Length, copies.Select(copy => (object?)copy.Billing).Distinct(ReferenceEqualityComparer.Instance).Count()); // no copy leaks into another redaction
    }

    [Fact]
    public void Redact_cuts_a_back_reference_to_a_value_copied_through_its_base_type()
    {
        var leaf = new GraphLeaf { Name = Name };
        leaf.Next = leaf;
        var tree = new GraphTree { Leaf = leaf };

        GraphTree copy = TestPolicies.Create().Redact(tree);

        Assert.IsType<GraphLeaf>(copy.Leaf);
        Assert.NotSame(leaf, copy.Leaf);
        Assert.Equal(MaskedName, copy.Leaf!.Name);
        Assert.Null(copy.Leaf.Next);
        Assert.Equal("GraphTree { Leaf = GraphLeaf { Name = K. Z., Next = <cycle> } }", tree.ToString());
    }

    [Fact]
    public void Erase_cuts_back_references_and_reports_the_holding_member_erased()
    {
        IPrivacyPolicy policy = TestPolicies.Create(Instant.FromUtc(2026, 11, 29, 12, 0));

        ErasureResult<GraphCustomer> customer = policy.Erase(CustomerWithAccount());
        Assert.Null(customer.Value.Account!.Owner);
        AssertErased(customer.Value.Name, customer.Value.Note);
        AssertErased(customer.Value.Account.Holder, customer.Value.Account.Note);
        Assert.Contains("Account.Owner", customer.Erased);
        Assert.DoesNotContain(customer.Erased, path => path.StartsWith("Account.Owner.", System.StringComparison.Ordinal));

        ErasureResult<GraphPerson> person = policy.Erase(SelfPartner());
        Assert.Null(person.Value.Partner);
        AssertErased(person.Value.Name, person.Value.Note);

        ErasureResult<GraphShipment> shipment = policy.Erase(SharedAddress());
        AssertErased(shipment.Value.Billing!.Name, shipment.Value.Billing.Note);
        AssertErased(shipment.Value.Delivery!.Name, shipment.Value.Delivery.Note);
        Assert.NotSame(shipment.Value.Billing, shipment.Value.Delivery); // each path decides for itself
        Assert.Contains("Billing.Note", shipment.Erased);
        Assert.Contains("Delivery.Note", shipment.Erased);

        ErasureResult<GraphHousehold> household = policy.Erase(Household());
        Assert.All(household.Value.Members, member =>
        {
            Assert.Null(member.Household);
            AssertErased(member.Name, member.Note);
        });

        List<GraphLink> links = Links(policy.Erase(Chain(ChainLength)).Value);
        Assert.Equal(MaxDepth, links.Count);
        Assert.All(links, link => AssertErased(link.Name, link.Note));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Disclose_cuts_back_references_and_sends_only_the_purpose_s_members(string graph)
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = DisclosurePolicies.Create();
        object disclosed = graph switch
        {
            "customer" => policy.Disclose(CustomerWithAccount(), DisclosurePolicies.RepairService, Purpose.Support),
            "person" => policy.Disclose(SelfPartner(), DisclosurePolicies.RepairService, Purpose.Support),
            "shipment" => policy.Disclose(SharedAddress(), DisclosurePolicies.RepairService, Purpose.Support),
            "household" => policy.Disclose(Household(), DisclosurePolicies.RepairService, Purpose.Support),
            _ => policy.Disclose(Chain(ChainLength), DisclosurePolicies.RepairService, Purpose.Support),
        };

        // Names go for Support; notes are for Billing and never go.
        List<(string? Name, string? Note)> values = disclosed switch
        {
            GraphCustomer customer => [(customer.Name, customer.Note), (customer.Account!.Holder, customer.Account.Note)],
            GraphPerson person => [(person.Name, person.Note)],
            GraphShipment shipment => [(shipment.Billing!.Name, shipment.Billing.Note), (shipment.Delivery!.Name, shipment.Delivery.Note)],
            GraphHousehold household => [(household.Name, null), .. household.Members.Select(member => (member.Name, member.Note))],
            GraphLink link => [.. Links(link).Select(each => (each.Name, each.Note))],
            _ => [],
        };
        Assert.NotEmpty(values);
        Assert.All(values, value =>
        {
            Assert.Equal(Name, value.Name);
            Assert.True(string.IsNullOrEmpty(value.Note), value.Note);
        });

        switch (disclosed)
        {
            case GraphCustomer customer:
                Assert.Null(customer.Account!.Owner);
                break;
            case GraphPerson person:
                Assert.Null(person.Partner);
                break;
            case GraphHousehold household:
                Assert.All(household.Members, member => Assert.Null(member.Household));
                break;
            case GraphLink link:
                Assert.Equal(MaxDepth, Links(link).Count);
                break;
        }

        Assert.DoesNotContain(audit.Records.Single().Members, member => member.EndsWith("Note", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_writes_a_back_reference_as_levels_up_and_a_shared_value_in_full()
    {
        JsonDocument document = await ExportAsync();
        JsonElement[] recordTypes = [.. document.RootElement.GetProperty("recordTypes").EnumerateArray()];
        JsonElement Values(int type) => recordTypes[type].GetProperty("records")[0].GetProperty("values");

        JsonElement customer = Values(0);
        Assert.Equal(Name, customer.GetProperty("Account").GetProperty("Holder").GetString());
        Assert.Equal(2, customer.GetProperty("Account").GetProperty("Owner").GetProperty("$backReference").GetInt32());

        Assert.Equal(1, Values(1).GetProperty("Partner").GetProperty("$backReference").GetInt32());

        JsonElement shipment = Values(2);
        Assert.Equal(Note, shipment.GetProperty("Billing").GetProperty("Note").GetString());
        Assert.Equal(Note, shipment.GetProperty("Delivery").GetProperty("Note").GetString());

        Assert.All(Values(3).GetProperty("Members").EnumerateArray(), member =>
            Assert.Equal(2, member.GetProperty("Household").GetProperty("$backReference").GetInt32()));

        JsonElement link = Values(4);
        for (int level = 1; level < MaxDepth; level++)
        {
            Assert.Equal(Name, link.GetProperty("Name").GetString());
            link = link.GetProperty("Next");
        }

        Assert.Equal(Name, link.GetProperty("Name").GetString());
        Assert.True(link.GetProperty("Next").GetProperty("$truncated").GetBoolean());

        // One schema instance for the test run: the schema library registers each $id once.
        EvaluationResults results = Export.SubjectAccessExportTests.Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))));
    }

    private static async Task<JsonDocument> ExportAsync()
    {
        IPrivacyPolicy policy = TestPolicies.Create(Instant.FromUtc(2026, 11, 29, 12, 0));
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, "C-1"))
        {
            export.Add([CustomerWithAccount()]);
            export.Add([SelfPartner()]);
            export.Add([SharedAddress()]);
            export.Add([Household()]);
            export.Add([Chain(ChainLength)]);
            await export.CompleteAsync();
        }

        string json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        string html = SubjectAccessHtml.Render(json);
        Assert.Contains("↑ zie 2 niveau(s) hoger · see 2 level(s) up", System.Net.WebUtility.HtmlDecode(html), System.StringComparison.Ordinal);
        Assert.Contains("te diep genest, afgekapt · nested too deep, cut off", System.Net.WebUtility.HtmlDecode(html), System.StringComparison.Ordinal);
        Assert.DoesNotContain("$backReference", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("$truncated", html, System.StringComparison.Ordinal);
        return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
    }

    private static object Build(string graph) => graph switch
    {
        "customer" => CustomerWithAccount(),
        "person" => SelfPartner(),
        "shipment" => SharedAddress(),
        "household" => Household(),
        _ => Chain(ChainLength),
    };

    private static GraphCustomer CustomerWithAccount()
    {
        var customer = new GraphCustomer { Name = Name, Note = Note };
        customer.Account = new GraphAccount { Holder = Name, Note = Note, Owner = customer };
        return customer;
    }

    private static GraphPerson SelfPartner()
    {
        var person = new GraphPerson { Name = Name, Note = Note };
        person.Partner = person;
        return person;
    }

    private static GraphShipment SharedAddress()
    {
        var address = new GraphAddress { Name = Name, Note = Note };
        return new GraphShipment { Billing = address, Delivery = address };
    }

    private static GraphHousehold Household()
    {
        var household = new GraphHousehold { Name = Name };
        for (int i = 0; i < 3; i++)
        {
            household.Members.Add(new GraphHouseholdMember { Name = Name, Note = Note, Household = household });
        }

        return household;
    }

    private static GraphLink Chain(int length)
    {
        GraphLink? next = null;
        for (int i = 0; i < length; i++)
        {
            next = new GraphLink { Name = Name, Note = Note, Next = next };
        }

        return next!;
    }

    private static List<GraphLink> Links(GraphLink first)
    {
        var links = new List<GraphLink>();
        for (GraphLink? link = first; link is not null; link = link.Next)
        {
            links.Add(link);
        }

        return links;
    }

    private static void AssertRedacted(string? name, string? note)
    {
        Assert.Equal(MaskedName, name);
        Assert.Equal(string.Empty, note);
    }

    private static void AssertErased(string? name, string? note)
    {
        Assert.Equal(string.Empty, name);
        Assert.Equal(string.Empty, note);
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
