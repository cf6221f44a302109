using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>Every diagnostic the Privacy.Policy analyzers report. Each has a page under docs/diagnostics/.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Privacy";
    private const string HelpLinkBase = "https://github.com/privacy-policy/privacy-policy/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor UnclassifiedMember = Create(
        "PRIV001",
        "Member of a type that holds personal data is not classified",
        "Member '{1}' of '{0}' is not classified: mark it [PersonalData(...)] or [NotPersonalData] ({2})",
        DiagnosticSeverity.Error,
        "Every instance field and stored property of a type that holds personal data, or of a public type in a strict namespace, must say whether it is personal data, so that nothing personal is logged, exported or kept by accident.");

    public static readonly DiagnosticDescriptor InvalidRetention = Create(
        "PRIV002",
        "Retention is not a valid positive ISO-8601 period",
        "Retention \"{2}\" of '{0}.{1}' is not a positive ISO-8601 period such as P7Y, P6M, P90D or PT48H",
        DiagnosticSeverity.Error,
        "Retention periods are ISO-8601 periods (P, then years, months, weeks and days, then T and hours, minutes and seconds) longer than zero; anything else would be unenforceable at runtime.");

    public static readonly DiagnosticDescriptor TypeNotPartial = Create(
        "PRIV003",
        "Type with personal data must be partial",
        "'{0}' must be declared partial: {1}",
        DiagnosticSeverity.Error,
        "The source generator adds redaction, export, erasure and retention code to every type with [PersonalData] members; it can only do so when the type and every type containing it are partial.");

    public static readonly DiagnosticDescriptor ConflictingClassification = Create(
        "PRIV004",
        "Conflicting classification",
        "Conflicting classification of '{0}.{1}': {2}",
        DiagnosticSeverity.Error,
        "A member is either personal data or not; a data subject id is a string, Guid or integer; a retention anchor is a date or time; and a type has at most one of each.");

    public static readonly DiagnosticDescriptor FormatDoesNotFit = Create(
        "PRIV005",
        "Format does not fit the member, or the redaction is impossible",
        "'{0}.{1}': {2}",
        DiagnosticSeverity.Warning,
        "A format names the shape of each value (an IMSI, an IBAN, an IP address) and only fits members whose type can hold it; Mask and Pseudonymize need a format and a member type they can work on.");

    public static readonly DiagnosticDescriptor LogPropertiesOnPersonalData = Create(
        "PRIV006",
        "[LogProperties] on a parameter whose type holds personal data",
        "[LogProperties] would log every member of '{0}' in clear, personal data included: use [TagProvider(typeof(PersonalDataTagProvider<{0}>), nameof(PersonalDataTagProvider<{0}>.RecordTags))]",
        DiagnosticSeverity.Warning,
        "Microsoft's logging generator does not read Privacy.Policy's attributes: [LogProperties] logs each property unredacted. The tag provider logs the same members, each personal-data member with its classification, so that EnableRedaction() redacts it.");

    public static readonly DiagnosticDescriptor LogPropertiesReachPersonalData = Create(
        "PRIV006",
        "[LogProperties] on a parameter whose type holds personal data",
        "[LogProperties] on parameter '{0}' would log '{1}' in clear: {2}; log the personal-data type through PersonalDataTagProvider<T>, or keep it out of what [LogProperties] expands",
        DiagnosticSeverity.Warning,
        "Microsoft's logging generator logs the properties an interface declares, whatever type implements it, and with Transitive = true (or [LogProperties] on a property) the properties of every complex property too. It does not read Privacy.Policy's attributes, so personal data reached that way is logged unredacted.");

    public static readonly DiagnosticDescriptor CannotCopyForRedaction = Create(
        "PRIV007",
        "Type cannot be copied for redaction",
        "'{0}' cannot be copied for redaction: {1}",
        DiagnosticSeverity.Error,
        "Redact returns a copy with every personal-data member redacted. Records and structs are copied with a with expression, so their personal-data members need a set or init accessor; classes are cloned and their personal-data members set, so those need a setter (a private one is enough), unless the class is sealed, has a parameterless constructor and every member is settable or init-only.");

    public static readonly DiagnosticDescriptor HandWrittenToString = Create(
        "PRIV008",
        "Hand-written ToString may show personal data",
        "'{0}' holds personal data and writes its own {1}, which may show it: remove it to get the generated one, or show personal-data members through PersonalDataRedactor.Display",
        DiagnosticSeverity.Warning,
        "The generator gives every type with personal data a ToString (a record's PrintMembers) that shows those members redacted. A hand-written one replaces it, and nothing checks what it shows.");

    public static readonly DiagnosticDescriptor UnclassifiedInheritedMembers = Create(
        "PRIV009",
        "Type inherits members that are not classified",
        "'{0}' inherits members nobody classified ({1}): redacted copies erase them and ToString hides them{2}",
        DiagnosticSeverity.Warning,
        "A base type outside Privacy.Policy's rules (ASP.NET Core Identity's IdentityUser, a base class without annotations) brings members that may be personal data. Generated code fails closed: it treats them as personal data, erases them in redacted copies, hides them in ToString and logs them erased. Classify them in the base type where you can; suppress this warning where erasing them is what you want.");

    public static readonly DiagnosticDescriptor NameTakenByGeneratedCode = Create(
        "PRIV010",
        "Member name is used by generated code",
        "'{0}.{1}' has a name the generated code gives to {2}: rename it",
        DiagnosticSeverity.Error,
        "The generator adds Descriptor, Redact, RecordPersonalDataTags, RedactedCopy, RedactMembers, Project, ProjectedCopy, ProjectMembers, GetRetentionAnchor, GetRetentionFrom (when a member counts its retention from another), GetDataSubject, WriteExport, WriteExportMembers, CheckExportSubjects and CheckExportSubjectMembers to every type with personal data; a member of the same name would not compile with them.");

    public static readonly DiagnosticDescriptor RetentionWithoutAnchor = Create(
        "PRIV011",
        "Retention without a retention anchor",
        "'{0}.{1}' has a retention, but '{0}' has no [RetentionAnchor] to count it from: retention and erasure keep such records forever",
        DiagnosticSeverity.Warning,
        "A retention period runs from a moment: the record's [RetentionAnchor] (a call's start, an invoice's date). Without one, retention decisions keep the record and flag it, erasure keeps nothing for a legal obligation, and nothing is ever deleted.");

    public static readonly DiagnosticDescriptor ConsentNotRecorded = Create(
        "PRIV012",
        "Consent-based processing without a record of consent",
        "'{0}.{1}' is processed for {2} on consent, but '{0}' has no [ConsentRecord] covering it: add [ConsentRecord(...)] on a bool, bool? or nullable date/time member (GDPR art. 6(1)(a), 7(1))",
        DiagnosticSeverity.Warning,
        "Processing on consent (GDPR art. 6(1)(a)) is lawful only while the person has consented, the controller must be able to show that they did (art. 7(1)), and a withdrawal stops it (art. 7(3)). A member processed for a purpose whose legal basis is consent (declared, built in, or the member's own LegalBasis) needs a [ConsentRecord] member covering that purpose on its type or a base type: a bool, bool? or nullable date/time whose false or null means no consent. Retention then erases what rests on that consent alone when the record says no. A member that holds another personal-data type is left to that type.");

    public static readonly DiagnosticDescriptor NoPurpose = Create(
        "PRIV013",
        "Personal data without a purpose",
        "'{0}.{1}' is personal data without a purpose: name what it is processed for with Purposes, or stop collecting it",
        DiagnosticSeverity.Warning,
        "Personal data may only be collected for specified purposes (GDPR art. 5(1)(b)), and no more than they need (art. 5(1)(c)). A [PersonalData] member whose Purposes is Purpose.None, written or left out, has no purpose: it cannot be disclosed, the privacy statement lists it as 'no purpose given', and it should not be collected at all.");

    public static readonly DiagnosticDescriptor AnchorTextInOneLanguage = Create(
        "PRIV014",
        "Retention anchor or moment named in one language only",
        "'{0}.{1}' names its moment in the {2} statement only: give {3} too, or neither",
        DiagnosticSeverity.Warning,
        "The Dutch and English privacy statements are written from the same annotations. [RetentionAnchor]'s Dutch and English say how each names the moment retention counts from ('1 dag na intrekking van de toestemming' / '1 day after consent is withdrawn'), and [RetentionMoment]'s the moment of the members whose RetentionFrom names it ('6 maanden na de factuurdatum' / '6 months after the invoice date'); with only one of them, neither statement uses it, and both give the period alone (GDPR art. 13(2)(a): the period, or the criteria that determine it).");

    public static readonly DiagnosticDescriptor NeverDeleted = Create(
        "PRIV015",
        "Personal data that keeps its record for ever",
        "'{0}.{1}' has no retention, so no '{0}' is ever deleted: {2} (GDPR art. 5(1)(e), storage limitation)",
        DiagnosticSeverity.Warning,
        "Personal data may be kept no longer than its purposes need (GDPR art. 5(1)(e), storage limitation). Retention deletes a record once every personal-data member has run out; a subject id or retention anchor without a retention of its own lives as long as the longest-lived member and goes with the record. Any other personal-data member without a Retention, in a type with a [RetentionAnchor], never runs out unless PrivacyPolicyOptions.RetentionDefaults gives its category a period at run time, which the build cannot see: the record is then only ever stripped, never deleted. The same holds when a subject id or anchor is the record's only personal data and has no retention.");

    public static readonly DiagnosticDescriptor DictionaryKeysKept = Create(
        "PRIV016",
        "The keys of a personal-data dictionary are kept as they are",
        "'{0}.{1}': only the values of this dictionary are redacted, erased and exported as personal data; its '{2}' keys are copied as they are, so do not key it by personal data such as a phone number or an e-mail address (GDPR art. 5(1)(f), integrity and confidentiality)",
        DiagnosticSeverity.Warning,
        "Generated Redact, Erase and Disclose copy a dictionary entry by entry and apply the member's rule to each value; a key is what finds the entry, and is copied unchanged. A dictionary keyed by text (or by a personal-data type) may carry personal data in its keys, which would then leave in every redacted log line, erased record and disclosure (GDPR art. 5(1)(f), integrity and confidentiality). Key it by an id that is not personal data, or keep the personal data in the values; where the keys are known not to be personal data (invoice numbers, tariff codes), suppress the warning there and say why.");

    public static readonly DiagnosticDescriptor UnsupportedMemberShape = Create(
        "PRIV017",
        "Member shape not supported",
        "'{0}.{1}' {2}",
        DiagnosticSeverity.Error,
        "Generated Redact, Erase, ToString and the subject-access export name every stored member of a type with personal data. A value held where they cannot name it would be copied in clear or left out: a primary-constructor parameter that a member reads (kept in a hidden field), an explicit interface implementation (IHasEmail.Email), or a property that hides an inherited one with new. Each is an error naming the member.");

    public static readonly DiagnosticDescriptor NotPersonalDataHoldsPersonalData = Create(
        "PRIV018",
        "[NotPersonalData] member holds personal data",
        "'{0}.{1}' is [NotPersonalData], but its values hold personal data: {2}; mark it [PersonalData(...)] so that its values are redacted, erased, disclosed and exported by their own type's rules (GDPR art. 25(1), data protection by design; art. 5(1)(f), integrity and confidentiality)",
        DiagnosticSeverity.Error,
        "Generated ToString, Redact, Erase and Disclose copy a [NotPersonalData] member as it is. A member whose type holds personal data (a type with [PersonalData] members or generated code, here or in a referenced assembly; a nullable, array, collection, dictionary or other generic type of one; or a type whose members hold one at any depth) would carry that personal data in clear into every redacted log line, erased record and disclosure. The diagnostic names the path to the personal data.");

    public static readonly DiagnosticDescriptor OpenNotPersonalDataUnchecked = Create(
        "PRIV019",
        "[NotPersonalData] member of an open type cannot be checked at run time",
        "'{0}.{1}' is [NotPersonalData] and may hold a personal-data value at run time, but {2} (GDPR art. 25(1), data protection by design; art. 5(1)(f), integrity and confidentiality)",
        DiagnosticSeverity.Error,
        "Generated Redact, Erase and Disclose check each value of a [NotPersonalData] member typed object, dynamic, an interface, a class that may be derived from or a type parameter, and of an array, list, read-only list or dictionary of such values, and send a personal-data value through its own generated code. A member the generated copy cannot set, or a collection of such values it cannot copy element by element, would be copied in clear. The diagnostic names the member and what stands in the way.");

    public static readonly DiagnosticDescriptor UndeclaredPurpose = Create(
        "PRIV020",
        "Purpose neither built in nor declared",
        "'{0}.{1}' names {2}, which is neither a built-in purpose nor declared with [assembly: ProcessingPurpose(...)] here or in a referenced assembly (GDPR art. 5(1)(b), 13(1)(c))",
        DiagnosticSeverity.Error,
        "Personal data is collected for specified, explicit purposes (GDPR art. 5(1)(b)), and the privacy statement names each purpose with its legal basis (art. 13(1)(c)). A Purpose value outside the built-in flags is a company purpose: it needs an [assembly: ProcessingPurpose(purpose, basis, Name = ...)] declaration in the compilation or an assembly it references, or the statement, the export and the record of processing could not name it or its basis.");

    public static readonly DiagnosticDescriptor InterestMissing = Create(
        "PRIV021",
        "Legitimate interest without the interest",
        "{0} rests on legitimate interest but does not say which interest: set Interest (GDPR art. 6(1)(f), 13(1)(d))",
        DiagnosticSeverity.Error,
        "Processing on legitimate interest (GDPR art. 6(1)(f)) requires the controller to tell the person which interest it pursues (art. 13(1)(d)); the privacy statement prints it. Every [assembly: ProcessingPurpose(..., LegalBasis.LegitimateInterest)] and every [PersonalData(LegalBasis = LegalBasis.LegitimateInterest)] gives Interest.");

    public static readonly DiagnosticDescriptor InvalidPurposeDeclaration = Create(
        "PRIV022",
        "Purpose declaration is invalid or contradicts another",
        "[assembly: ProcessingPurpose] of {0}: {1} (GDPR art. 5(1)(b), 13(1)(c))",
        DiagnosticSeverity.Error,
        "A purpose is declared once, with one legal basis and one wording, so that every service's statement, export and record of processing says the same (GDPR art. 5(1)(b), 13(1)(c)). A declaration names exactly one Purpose flag: a built-in one, or a company one in bits 16 to 30 with a Name; its legal basis is one of art. 6(1)'s. Two declarations of one purpose, in this compilation or the assemblies it references, must agree.");

    public static readonly DiagnosticDescriptor InvalidRetentionFrom = Create(
        "PRIV023",
        "RetentionFrom does not name a date or time member of the type",
        "'{0}.{1}' counts its retention from '{2}', which {3}: name a DateTime, DateTimeOffset, Instant, LocalDate, LocalDateTime, ZonedDateTime or OffsetDateTime member (nullable or not) of '{0}' with nameof (GDPR art. 5(1)(e), storage limitation)",
        DiagnosticSeverity.Error,
        "A member's retention may count from another member of its record instead of the [RetentionAnchor]: the invoice date, the contract's end, the last collection of a direct debit. That member must exist on the type or a base type and hold a moment retention can count from: the date and time types a [RetentionAnchor] takes, nullable or not (empty = the data is still in use). Otherwise no retention could be counted and the data would be kept for ever (GDPR art. 5(1)(e)).");

    public static readonly DiagnosticDescriptor TrafficDataOutlivesCommunication = Create(
        "PRIV024",
        "Traffic data kept past the communication",
        "'{0}.{1}' is traffic data processed only to carry the communication ({2}), which Telecommunicatiewet art. 11.5(1) has erased or anonymised once it is no longer needed for that: {3}",
        DiagnosticSeverity.Warning,
        "Traffic data (verkeersgegevens: a communication record's Usage members, and its TechnicalIdentifier and Location members such as the IMSI, IMEI, IP address or cell) is erased or made anonymous as soon as it is no longer needed to carry the communication (Telecommunicatiewet art. 11.5(1)), unless it is kept for billing (art. 11.5(2)) or with consent (art. 11.5(3)). A member processed for ServiceDelivery and for no purpose that may keep traffic data (Billing, or a purpose that rests on consent) therefore has a Retention of at most P1D, counted from the record's anchor (or its RetentionFrom member) at the moment itself or the end of its day.");

    public static readonly DiagnosticDescriptor TrafficDataForBookkeeping = Create(
        "PRIV025",
        "Traffic data kept for bookkeeping",
        "'{0}.{1}' is traffic data kept for Bookkeeping, but the invoice is the fiscal record (AWR art. 52(4)), not the call detail behind it, and Telecommunicatiewet art. 11.5(2) keeps traffic data for billing only until the bill can no longer be contested: drop Bookkeeping from this member, keep the invoice for it, and keep this member for Billing with RetentionFrom = nameof(<the invoice's date>)",
        DiagnosticSeverity.Warning,
        "The 7-year fiscal retention (AWR art. 52(4), BW 2:10(3)) covers the books and the invoices in them; the traffic data behind an invoice may be kept for billing only until the end of the period in which the bill can lawfully be contested or payment pursued (Telecommunicatiewet art. 11.5(2)), and longer only with consent (art. 11.5(3)). Traffic data processed for Bookkeeping is kept for years that no article allows.");

    public static readonly DiagnosticDescriptor BillingTrafficNotFromInvoice = Create(
        "PRIV025",
        "Billing traffic data not counted from the invoice",
        "'{0}.{1}' is traffic data kept for Billing {2}, but Telecommunicatiewet art. 11.5(2) keeps it only until the bill can no longer be contested, counted from the invoice: {3}",
        DiagnosticSeverity.Warning,
        "Traffic data processed for billing may be kept until the end of the period in which the bill can lawfully be contested or payment pursued (Telecommunicatiewet art. 11.5(2)): a period that starts at the invoice, not at the call. Name the invoice's date with RetentionFrom and leave Retention out, so that PrivacyPolicyOptions.BillDisputeWindow (default P2Y) applies from it. A Retention counted from the communication that is no longer than P2Y, the default window, cannot outlast the invoice's window and is not reported; neither is one counted from the invoice that is no longer than P2Y. Without RetentionFrom and without Retention, the category's default counts from the communication, and is reported.");

    public static readonly DiagnosticDescriptor LocationWithoutConsent = Create(
        "PRIV026",
        "Location data without consent",
        "'{0}.{1}' is location data {2}: Telecommunicatiewet art. 11.5a allows that only with the person's consent (a purpose that rests on consent, and a [ConsentRecord] for it on '{0}'), or anonymised (then it is no personal data: mark it [NotPersonalData])",
        DiagnosticSeverity.Warning,
        "Location data other than traffic data may be processed only anonymised or with the consent of the person it is about, for as long as a value-added service needs it (Telecommunicatiewet art. 11.5a). Location on a communication record, processed to carry or bill the communication, is traffic data (art. 11.5); location anywhere else, or on a communication record for another purpose, needs a purpose that rests on consent and a [ConsentRecord] member recording that consent.");

    public static readonly DiagnosticDescriptor KeptTooLongAfterWithdrawal = Create(
        "PRIV027",
        "Data resting on consent kept more than 30 days after the withdrawal",
        "'{0}.{1}' rests on consent alone and keeps its data for Retention \"{2}\" from '{3}', the withdrawal of that consent; that period {4}, and erasure after a withdrawal is due without undue delay (GDPR art. 7(3), 17(1)(b)): give it a Retention of at most P30D, in weeks, days or hours, or it is erased at once when consent is withdrawn",
        DiagnosticSeverity.Error,
        "A withdrawal of consent stops the processing at once (GDPR art. 7(3)) and the data resting on that consent alone is then erased without undue delay (art. 17(1)(b)). A member may declare a short period after the withdrawal (RetentionFrom naming the member that holds its instant) in which the withdrawal reaches every system; the runtime honours at most 30 days, counted in weeks, days or hours, and erases a member with a longer period, or one in years or months, at once. Declare what will happen.");

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md");
}
