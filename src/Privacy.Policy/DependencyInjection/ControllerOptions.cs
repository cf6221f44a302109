namespace Privacy.Policy;

/// <summary>Who is responsible for the processing (the GDPR's controller), as a subject-access export names them.</summary>
public sealed class ControllerOptions
{
    /// <summary>The controller's name, such as the company's legal name.</summary>
    public string? Name { get; set; }

    /// <summary>How to reach the controller or its data protection officer: an address, e-mail or web page.</summary>
    public string? Contact { get; set; }

    /// <summary>The supervisory authority a data subject may complain to. Default: the Dutch Autoriteit Persoonsgegevens.</summary>
    public string SupervisoryAuthority { get; set; } = "Autoriteit Persoonsgegevens";
}
