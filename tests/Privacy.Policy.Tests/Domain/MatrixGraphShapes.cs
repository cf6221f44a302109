using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

// The second slice of issue 12's matrix shapes: cycles, a shared reference, each collection kind the generator
// copies element by element, a struct nested in a class, a record overriding its base's member from a positional
// parameter and a primary constructor that only initialises properties. Same members as MatrixShapes.cs: an
// erasable support e-mail, an IBAN kept seven years under the bookkeeping obligation, a not-personal note.

/// <summary>Matrix base record: the anchor and a virtual e-mail a derived positional record overrides.</summary>
public partial record MatrixRecordBase
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; init; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public virtual string Email { get; init; } = string.Empty;
}

/// <summary>Matrix shape: a positional record whose <c>Email</c> parameter initialises a stored override of the base's.</summary>
public sealed partial record MatrixPositionalOverride(
    string Email,
    [property: PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)] string Iban,
    [property: NotPersonalData("A product code.")] string Note) : MatrixRecordBase
{
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public override string Email { get; init; } = Email;
}

/// <summary>Matrix shape: a primary constructor whose parameters only initialise properties (no PRIV017).</summary>
public sealed partial class MatrixPrimaryConstructor(Instant? contractEnded, string email, string iban, string note)
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; } = contractEnded;

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string Email { get; set; } = email;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban { get; set; } = iban;

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = note;
}

/// <summary>
/// Matrix shape: a class deriving from <see cref="Privacy.Policy.Tests.ExternalBase.FieldAccount"/>, compiled in another
/// assembly (the e-mail, the IBAN as a field, the anchor), with a personal-data member of its own.
/// </summary>
public sealed partial class MatrixExternalWithOwn : Privacy.Policy.Tests.ExternalBase.FieldAccount
{
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string WorkEmail { get; set; } = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a record that can be its own partner (a self-reference).</summary>
public sealed partial record MatrixSelfReference
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; init; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string Email { get; init; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban { get; init; } = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; init; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support)]
    public MatrixSelfReference? Partner { get; set; }
}

/// <summary>Matrix shape: a customer whose account points back to it (a cycle between two classes).</summary>
public sealed partial class MatrixCycleCustomer
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string Email { get; set; } = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;

    // No obligation on the navigation itself: the account's own rules (and anchor) decide for its members.
    [PersonalData(Category.Payment, Retention = "P1Y", Purposes = Purpose.Support | Purpose.Billing)]
    public MatrixCycleAccount? Account { get; set; }
}

/// <summary>The account of a <see cref="MatrixCycleCustomer"/>, with its owner: the back-reference.</summary>
public sealed partial class MatrixCycleAccount
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support)]
    public MatrixCycleCustomer? Owner { get; set; }
}

// The containers below hold no anchor of their own: the matrix checks what the nested type's own rules (and its
// anchor) decide for the nested members, not the container's retention, which PRIV011 is about.
#pragma warning disable PRIV011

/// <summary>Matrix shape: one nested value under two members (a shared reference, not a cycle).</summary>
public sealed partial class MatrixShared
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public MatrixClass? Billing { get; set; }

    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public MatrixClass? Delivery { get; set; }

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a personal-data struct nested in a class.</summary>
public sealed partial class MatrixStructInClass
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public MatrixStruct Contact { get; set; } = new();

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: an array of nested personal-data values.</summary>
public sealed partial class MatrixArray
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public MatrixClass[] Contacts { get; set; } = [];

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a read-only list of nested personal-data values.</summary>
public sealed partial class MatrixReadOnlyList
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public IReadOnlyList<MatrixClass> Contacts { get; set; } = [];

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a dictionary (keyed by a line number, not personal data) of nested personal-data values.</summary>
public sealed partial class MatrixDictionary
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public Dictionary<int, MatrixClass> Contacts { get; set; } = [];

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a read-only dictionary keyed by a Guid (not personal data) of nested personal-data records.</summary>
public sealed partial class MatrixGuidDictionary
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public IReadOnlyDictionary<System.Guid, MatrixRecord> Contacts { get; set; } = new Dictionary<System.Guid, MatrixRecord>();

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a dictionary keyed by text, which may be personal data: erasure empties it whole.</summary>
public sealed partial class MatrixTextKeyedDictionary
{
#pragma warning disable PRIV016 // the shape under test: a text key that erasure cannot keep
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public Dictionary<string, MatrixClass> Contacts { get; set; } = [];
#pragma warning restore PRIV016

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}
/// <summary>Matrix shape: a list of nested personal-data records.</summary>
public sealed partial class MatrixRecordList
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public List<MatrixRecord> Contacts { get; set; } = [];

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: an array of nested personal-data structs.</summary>
public sealed partial class MatrixStructArray
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public MatrixStruct[] Contacts { get; set; } = [];

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}
#pragma warning restore PRIV011
