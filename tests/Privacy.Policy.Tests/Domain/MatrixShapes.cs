using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

// The shapes of the generator-level test matrix (issue 12): each carries an erasable support e-mail, an IBAN kept
// seven years under the bookkeeping obligation, a not-personal note and the retention anchor the IBAN's hold counts
// from. The matrix fills them with canaries and checks every generated operation per member.

/// <summary>Matrix shape: a record class.</summary>
public sealed partial record MatrixRecord
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
}

/// <summary>Matrix shape: a class.</summary>
public sealed partial class MatrixClass
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string Email { get; set; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban { get; set; } = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a struct.</summary>
public partial struct MatrixStruct
{
    public MatrixStruct()
    {
    }

    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string Email { get; set; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban { get; set; } = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a record struct.</summary>
public partial record struct MatrixRecordStruct
{
    public MatrixRecordStruct()
    {
    }

    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; init; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string Email { get; init; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban { get; init; } = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; init; } = string.Empty;
}

/// <summary>Matrix base: the e-mail and the anchor, for a class deriving in the same assembly.</summary>
public partial class MatrixBase
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public virtual string Email { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a class deriving from <see cref="MatrixBase"/> in the same assembly.</summary>
public sealed partial class MatrixDerived : MatrixBase
{
    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban { get; set; } = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a derived class with a stored <c>override</c> of the base's e-mail.</summary>
public sealed partial class MatrixOverride : MatrixBase
{
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public override string Email { get; set; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban { get; set; } = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a class whose IBAN is a public field.</summary>
public sealed partial class MatrixField
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string Email { get; set; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban = string.Empty;

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a positional record.</summary>
public sealed partial record MatrixPositional(
    [property: PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)] string Email,
    [property: PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)] string Iban,
    [property: NotPersonalData("A product code.")] string Note)
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; init; }
}

/// <summary>Matrix shape: partial properties (C# 13), declared here and implemented below.</summary>
public sealed partial class MatrixPartial
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public partial Instant? ContractEnded { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public partial string Email { get; set; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public partial string Iban { get; set; }

    [NotPersonalData("A product code.")]
    public partial string Note { get; set; }
}

/// <summary>The implementing parts of <see cref="MatrixPartial"/>, as a source generator writes them.</summary>
public sealed partial class MatrixPartial
{
    public partial Instant? ContractEnded { get => field; set => field = value; }

    public partial string Email { get => field; set => field = value; } = string.Empty;

    public partial string Iban { get => field; set => field = value; } = string.Empty;

    public partial string Note { get => field; set => field = value; } = string.Empty;
}

/// <summary>
/// Matrix shape: a class deriving from <see cref="Privacy.Policy.Tests.ExternalBase.FieldAccount"/>, compiled in
/// another assembly, which holds the e-mail, the IBAN (a field) and the anchor.
/// </summary>
public sealed partial class MatrixExternal : Privacy.Policy.Tests.ExternalBase.FieldAccount
{
    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

// The containers hold no anchor of their own: the matrix checks what the nested type's own rules (and its anchor)
// decide for the nested members, not the container's retention, which PRIV011 is about.
#pragma warning disable PRIV011

/// <summary>Matrix shape: a nested personal-data member holding the e-mail and the IBAN.</summary>
public sealed partial class MatrixNested
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public MatrixClass? Contact { get; set; }

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}

/// <summary>Matrix shape: a collection of nested personal-data values.</summary>
public sealed partial class MatrixCollection
{
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public List<MatrixClass> Contacts { get; set; } = [];

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}
#pragma warning restore PRIV011
