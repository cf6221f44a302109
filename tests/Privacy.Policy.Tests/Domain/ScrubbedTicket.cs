using System.Collections.Generic;

namespace Privacy.Policy.Tests.Domain;

/// <summary>Free text that asks to be scrubbed: the identifiers in it are redacted, the rest of the text kept.</summary>
public sealed partial class ScrubbedTicket
{
    [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText, Redaction = RedactionKind.Scrub)]
    public string? Text { get; set; }

    [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText, Redaction = RedactionKind.Scrub)]
    public List<string> Replies { get; set; } = [];

    /// <summary>Free text without <c>Scrub</c>: erased whole, as before.</summary>
    [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)]
    public string? InternalNote { get; set; }

    [NotPersonalData]
    public int TicketNumber { get; set; }
}
