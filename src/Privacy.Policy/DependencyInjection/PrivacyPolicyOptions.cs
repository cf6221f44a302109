using System.Collections.Generic;

namespace Privacy.Policy;

/// <summary>
/// Settings of <see cref="IPrivacyPolicy"/>, given to <c>services.AddPrivacyPolicy(options =&gt; ...)</c> or bound
/// from configuration with <c>services.AddPrivacyPolicy(configuration.GetSection("Privacy"))</c>. They are validated
/// at start-up; an invalid setting, and in configuration an unknown key or a value that cannot be read, stops the
/// application with a message that names it.
/// </summary>
public sealed class PrivacyPolicyOptions
{
    /// <summary>
    /// The IANA time zone id (<c>Europe/Amsterdam</c>) in which retention anchors are moved to the end of their day,
    /// month or year.
    /// </summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>Who is responsible for the processing; named in every subject-access export.</summary>
    public ControllerOptions Controller { get; } = new();

    /// <summary>The key that makes pseudonyms. Required when any member is redacted with <see cref="RedactionKind.Pseudonymize"/>.</summary>
    public PseudonymizationOptions Pseudonymization { get; } = new();

    /// <summary>
    /// Retention periods (ISO-8601, such as <c>P2Y</c>) for members of a category whose <c>[PersonalData]</c> gives
    /// none.
    /// </summary>
    public IDictionary<Category, string> RetentionDefaults { get; } = new Dictionary<Category, string>();

    /// <summary>
    /// The recipients personal data may be disclosed to, each with its role and purposes: processors with the last day
    /// of their processing agreement, independent controllers, authorities. A disclosure to anyone else, or for
    /// another purpose, is refused. Declaring any requires a pseudonymisation key: disclosure audit records carry
    /// the data subject pseudonymised.
    /// </summary>
    public IList<RecipientDeclaration> Recipients { get; } = new List<RecipientDeclaration>();

    /// <summary>
    /// Whose data the services process (GDPR art. 30(1)(c)), for the record of processing activities:
    /// <c>Customers (consumers and businesses)</c>, <c>Callers and called parties</c>.
    /// </summary>
    public IList<string> DataSubjectCategories { get; } = new List<string>();

    /// <summary>
    /// Whose data one purpose processes, where that differs from <see cref="DataSubjectCategories"/> (GDPR art.
    /// 30(1)(c)): for <see cref="Purpose.Billing"/>, <c>Customers; called and calling parties</c>. The record prints it
    /// under that purpose's activity, and <see cref="DataSubjectCategories"/> under the others.
    /// </summary>
    public IDictionary<Purpose, string> DataSubjectsByPurpose { get; } = new Dictionary<Purpose, string>();

    /// <summary>
    /// Processing that no code of the catalogs performs (mailboxes, call recordings, the website), which the record of
    /// processing activities lists after the activities from code (GDPR art. 30(1)).
    /// </summary>
    public IList<ProcessingActivityDeclaration> DeclaredActivities { get; } = new List<ProcessingActivityDeclaration>();

    /// <summary>
    /// The technical and organisational security measures (GDPR art. 32), in a few sentences, for the record of
    /// processing activities: <c>TLS on every connection; files encrypted at rest; processors bound by agreements.</c>
    /// </summary>
    public string? SecurityMeasures { get; set; }

    /// <summary>
    /// <see cref="SecurityMeasures"/> in English, for the English privacy statement; without it, the English statement
    /// leaves the security section out rather than print the other language's text.
    /// </summary>
    public string? EnglishSecurityMeasures { get; set; }

    /// <summary>
    /// The country calling code, one to three digits, of phone numbers written without one (<c>06 12345678</c>).
    /// Masking and pseudonymising use it to write every number in E.164 form. Default: 31.
    /// </summary>
    public string DefaultCountryCallingCode { get; set; } = NetherlandsCallingCode;

    /// <summary>
    /// The last day of the book year, as month and day (<c>MM-dd</c>: <c>12-31</c>, <c>06-30</c>). An anchor with
    /// <see cref="RetentionStart.EndOfYear"/> counts from the end of the book year it falls in: fiscal retention starts
    /// when the data leaves the current administration (AWR art. 52(4), BW 2:10(3)). Default: <c>12-31</c>, the
    /// calendar year.
    /// </summary>
    public string BookYearEnd { get; set; } = "12-31";

    /// <summary>
    /// How long traffic data kept for billing stays after its invoice: the period in which the bill can lawfully be
    /// contested or payment pursued (Telecommunicatiewet art. 11.5(3)), as an ISO-8601 period. It is the retention of
    /// a <see cref="Category.Usage"/> member processed for <see cref="Purpose.Billing"/> that counts from another member
    /// (<c>RetentionFrom</c>, the invoice date) and gives no <c>Retention</c> of its own; a hold keeps it longer while a
    /// dispute is open. Default: <c>P2Y</c>; set it to what your terms and Dutch law allow.
    /// </summary>
    public string BillDisputeWindow { get; set; } = "P2Y";

    /// <summary>
    /// What could not be bound from configuration: unknown keys and unreadable values, each naming its configuration
    /// path. Validation at start-up reports them with its own failures.
    /// </summary>
    internal List<string> ConfigurationFailures { get; } = [];

    /// <summary>The country calling code of the Netherlands.</summary>
    internal const string NetherlandsCallingCode = "31";
}
