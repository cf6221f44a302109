using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// Who is responsible for the processing (the GDPR's controller), as the privacy statement, the record of processing
/// and a subject-access export name them; and what of the statement the code cannot know (GDPR art. 13 and 14).
/// </summary>
public sealed class ControllerOptions
{
    /// <summary>
    /// The value of <see cref="AutomatedDecisionMaking"/> or <see cref="TransferSafeguards"/> that says there is none:
    /// the statement then prints, in its language, that no decisions are taken by automated means alone, profiling
    /// included (GDPR art. 13(2)(f), 22), or that no data is transferred outside the EEA (art. 13(1)(f)).
    /// </summary>
    public const string None = "none";

    /// <summary>The controller's name, such as the company's legal name.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// The other legal entities and brands the controller works under, as the person knows them (GDPR art. 13(1)(a)):
    /// the statement names them with <see cref="Name"/>.
    /// </summary>
    public IList<string> Brands { get; } = new List<string>();

    /// <summary>The controller's postal address (GDPR art. 13(1)(a)).</summary>
    public string? PostalAddress { get; set; }

    /// <summary>How to reach the controller or its data protection officer: an address, e-mail or web page.</summary>
    public string? Contact { get; set; }

    /// <summary>
    /// How to reach the data protection officer (GDPR art. 13(1)(b), 37(1)(b): a provider that monitors its network
    /// regularly and systematically must have one).
    /// </summary>
    public string? DataProtectionOfficer { get; set; }

    /// <summary>
    /// The other controllers that determine purposes and means jointly with this one, each with its contact details
    /// (GDPR art. 26, 30(1)(a)): the record names them, or "none" while the list is empty.
    /// </summary>
    public IList<string> JointControllers { get; } = new List<string>();

    /// <summary>
    /// The representative in the Union of a controller established outside it, with contact details (GDPR art. 27,
    /// 30(1)(a)); or <see cref="None"/> for a controller established in the Union. The record prints "(not set)"
    /// while it is unset.
    /// </summary>
    public string? Representative { get; set; }

    /// <summary>
    /// The safeguards for recipients with a <see cref="RecipientDeclaration.ThirdCountry"/>, such as "EU standard
    /// contractual clauses (art. 46(2)(c))" (GDPR art. 13(1)(f)): required when any recipient has one; or
    /// <see cref="None"/> when no data leaves the EEA. The statement leaves the section out while it is unset and no
    /// recipient is abroad.
    /// </summary>
    public string? TransferSafeguards { get; set; }

    /// <summary>
    /// Automated decision-making, including profiling, and its logic and consequences (GDPR art. 13(2)(f)); or
    /// <see cref="None"/>. The statement leaves the section out while it is unset.
    /// </summary>
    public string? AutomatedDecisionMaking { get; set; }

    /// <summary>
    /// Where data not obtained from the person comes from, such as the number a customer calls (GDPR art. 14(2)(f)),
    /// in Dutch; the English statement prints it when <see cref="EnglishDataSource"/> is unset.
    /// </summary>
    public string? DataSource { get; set; }

    /// <summary><see cref="DataSource"/> in English.</summary>
    public string? EnglishDataSource { get; set; }

    /// <summary>The statement's version, printed under its title with <see cref="StatementDate"/>.</summary>
    public string? StatementVersion { get; set; }

    /// <summary>The date the statement's version takes effect.</summary>
    public LocalDate? StatementDate { get; set; }

    /// <summary>The supervisory authority a data subject may complain to. Default: the Dutch Autoriteit Persoonsgegevens.</summary>
    public string SupervisoryAuthority { get; set; } = "Autoriteit Persoonsgegevens";
}
