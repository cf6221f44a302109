using System.Collections.Generic;

namespace Privacy.Policy.Tests.Domain;

// Entities as Entity Framework Core loads them: navigation properties both ways, so the object graph has cycles and
// shared references. Each holds a name (masked, disclosed for Support) and a note (erased, never disclosed for
// Support), the canaries the object-graph tests look for.

/// <summary>A customer that points to its account, which points back: a cycle between two classes.</summary>
public sealed partial class GraphCustomer
{
    [PersonalData(Category.Identity, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; set; }

    [PersonalData(Category.Correspondence, Purposes = Purpose.Billing, Format = DataFormat.FreeText)]
    public string? Note { get; set; }

    [PersonalData(Category.Payment, Purposes = Purpose.Support)]
    public GraphAccount? Account { get; set; }
}

/// <summary>An account whose owner is the customer holding it.</summary>
public sealed partial class GraphAccount
{
    [PersonalData(Category.Payment, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Holder { get; set; }

    [PersonalData(Category.Correspondence, Purposes = Purpose.Billing, Format = DataFormat.FreeText)]
    public string? Note { get; set; }

    [PersonalData(Category.Identity, Purposes = Purpose.Support)]
    public GraphCustomer? Owner { get; set; }
}

/// <summary>A record that can be its own partner: a self-reference, copied with <c>with</c>.</summary>
public sealed partial record GraphPerson
{
    [PersonalData(Category.Identity, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; init; }

    [PersonalData(Category.Correspondence, Purposes = Purpose.Billing, Format = DataFormat.FreeText)]
    public string? Note { get; init; }

    [PersonalData(Category.Identity, Purposes = Purpose.Support)]
    public GraphPerson? Partner { get; set; }
}

/// <summary>An address that two members of a shipment share.</summary>
public sealed partial record GraphAddress
{
    [PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; init; }

    [PersonalData(Category.Correspondence, Purposes = Purpose.Billing, Format = DataFormat.FreeText)]
    public string? Note { get; init; }
}

/// <summary>A shipment whose billing and delivery address are one object: a shared reference, not a cycle.</summary>
public sealed partial record GraphShipment
{
    [PersonalData(Category.Contact, Purposes = Purpose.Support)]
    public GraphAddress? Billing { get; init; }

    [PersonalData(Category.Contact, Purposes = Purpose.Support)]
    public GraphAddress? Delivery { get; init; }
}

/// <summary>A household whose members point back to it: a cycle through a collection.</summary>
public sealed partial class GraphHousehold
{
    [PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; set; }

    [PersonalData(Category.Identity, Purposes = Purpose.Support)]
    public List<GraphHouseholdMember> Members { get; set; } = [];
}

/// <summary>A member of a household, with the household it belongs to.</summary>
public sealed partial class GraphHouseholdMember
{
    [PersonalData(Category.Identity, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; set; }

    [PersonalData(Category.Correspondence, Purposes = Purpose.Billing, Format = DataFormat.FreeText)]
    public string? Note { get; set; }

    [PersonalData(Category.Contact, Purposes = Purpose.Support)]
    public GraphHousehold? Household { get; set; }
}

/// <summary>One link of a chain as long as you like: deep, without a cycle (forwarded calls, a linked history).</summary>
public sealed partial class GraphLink
{
    [PersonalData(Category.Usage, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; set; }

    [PersonalData(Category.Correspondence, Purposes = Purpose.Billing, Format = DataFormat.FreeText)]
    public string? Note { get; set; }

    [PersonalData(Category.Usage, Purposes = Purpose.Support)]
    public GraphLink? Next { get; set; }
}

/// <summary>A node that derived types extend without personal data of their own.</summary>
public partial class GraphNode
{
    [PersonalData(Category.Usage, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; set; }

    [PersonalData(Category.Usage, Purposes = Purpose.Support)]
    public GraphNode? Next { get; set; }
}

/// <summary>A node that only inherits its personal data, so it is redacted through <see cref="GraphNode"/>'s code.</summary>
public sealed class GraphLeaf : GraphNode
{
}

/// <summary>Holds a leaf: its copy comes from the base type's generated code, cast back.</summary>
public sealed partial class GraphTree
{
    [PersonalData(Category.Usage, Purposes = Purpose.Support)]
    public GraphLeaf? Leaf { get; set; }
}
