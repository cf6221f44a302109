namespace Privacy.Policy.Tests.Domain;

/// <summary>
/// A view model as MVVM Toolkit's <c>[ObservableProperty]</c> writes it (C# 13 partial properties): the annotated
/// declaring part here, the implementing part, which stores the value in <c>field</c>, below.
/// </summary>
public sealed partial class ContactViewModel
{
    [PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public partial string? Email { get; set; }

    [NotPersonalData]
    public partial int Revision { get; set; }
}

/// <summary>The implementing parts, as a source generator writes them.</summary>
public sealed partial class ContactViewModel
{
    public partial string? Email
    {
        get => field;
        set => field = value;
    }

    public partial int Revision
    {
        get => field;
        set => field = value;
    }
}
