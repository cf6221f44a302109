using System.Collections.Immutable;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// The names generated code declares on a personal-data type and the runtime types it calls. The emitters write them
/// from here and PRIV010 reserves them from here, so a member added to the generated code cannot be left out of the
/// analyzer; a test compiles the samples and checks every generated member against <see cref="Reserved"/>.
/// </summary>
internal static class GeneratedNames
{
    public const string Descriptor = "Descriptor";
    public const string Redact = "Redact";
    public const string RedactedCopy = "RedactedCopy";
    public const string RedactMembers = "RedactMembers";
    public const string Project = "ProjectPersonalData";
    public const string ProjectedCopy = "ProjectedCopy";
    public const string ProjectMembers = "ProjectMembers";
    public const string RecordPersonalDataTags = "RecordPersonalDataTags";
    public const string GetRetentionAnchor = "GetRetentionAnchor";
    public const string GetRetentionFrom = "GetRetentionFrom";
    public const string GetDataSubject = "GetDataSubject";
    public const string GetPurposesWithoutConsent = "GetPurposesWithoutConsent";
    public const string WriteExport = "WriteExport";
    public const string WriteExportMembers = "WriteExportMembers";
    public const string CheckExportSubjects = "CheckExportSubjects";
    public const string CheckExportSubjectMembers = "CheckExportSubjectMembers";
    public const string OverridesPersonalDataMember = "OverridesPersonalDataMember";
    public const string ProjectAsRuntimeType = "ProjectAsRuntimeType";

    /// <summary>
    /// The methods of <see cref="Runtime.MemberProjection"/> that generated <see cref="Project"/> code calls: a nested
    /// value, a value held as its base type and a runtime-checked value. <see cref="ProjectNested"/> is also the
    /// <c>IPersonalDataValue</c> member generated code implements.
    /// </summary>
    public const string ProjectNested = "ProjectNested";
    public const string ProjectAs = "ProjectAs";
    public const string ProjectRuntimeValue = "ProjectRuntimeValue";

    /// <summary>A record's <c>PrintMembers</c>: written only when the record has none by hand (PRIV009 rules on that).</summary>
    public const string PrintMembers = "PrintMembers";

    /// <summary>The file-local class beside the type that holds the export's encoded property names.</summary>
    public const string JsonNames = "PersonalDataJsonNames";

    /// <summary>
    /// The generated members (and the one generated class the type's code names) a hand-written member of the same name
    /// clashes with (PRIV010), and what the generated code uses each for. <c>ToString</c> and <c>PrintMembers</c> are not here: the generator leaves them out when written by
    /// hand.
    /// </summary>
    public static ImmutableArray<ReservedMember> Reserved { get; } = ImmutableArray.Create(
        new ReservedMember(Descriptor, null, "the static descriptor property"),
        new ReservedMember(Redact, 2, "the static method that returns a redacted copy"),
        new ReservedMember(RecordPersonalDataTags, 2, "the logging tag provider"),
        new ReservedMember(RedactedCopy, 1, "the method that lets derived records redact their members"),
        new ReservedMember(RedactMembers, 1, "the method that lets derived classes redact their members"),
        new ReservedMember(Project, 2, "the static method that returns an erased copy or a disclosure's projection"),
        new ReservedMember(ProjectedCopy, 1, "the method that lets derived records project (erase or disclose) their members"),
        new ReservedMember(ProjectMembers, 1, "the method that lets derived classes project (erase or disclose) their members"),
        new ReservedMember(GetRetentionAnchor, 2, "the static method that reads the retention anchor"),
        new ReservedMember(GetRetentionFrom, 3, "the static method that reads the member a member's retention counts from"),
        new ReservedMember(GetDataSubject, 1, "the static method that reads the data subject's id"),
        new ReservedMember(GetPurposesWithoutConsent, 1, "the static method that reads which purposes the [ConsentRecord] members withhold consent from"),
        new ReservedMember(WriteExport, 2, "the static method that writes a subject-access export"),
        new ReservedMember(WriteExportMembers, 1, "the method that lets derived types export their members"),
        new ReservedMember(CheckExportSubjects, 2, "the static method that checks an export's nested records name its subject"),
        new ReservedMember(CheckExportSubjectMembers, 1, "the method that lets derived types check their nested records"),
        new ReservedMember(OverridesPersonalDataMember, 2, "the method that tells a base type's code which members a derived type overrides"),
        new ReservedMember(ProjectAsRuntimeType, 2, "the method that projects (erases or discloses) a value held as its base type with its own type's code"),
        // Not a member but a file-local class beside the type, which the export reads by its simple name: a member of
        // the same name, of any kind, would hide it from the generated code.
        new ReservedMember(JsonNames, null, "the class of the export's encoded property names, which a member of this name would hide"));

    /// <summary>The runtime library's types generated code calls, fully qualified; a test finds each in the runtime assembly.</summary>
    public static class Runtime
    {
        public const string IPersonalData = "global::Privacy.Policy.IPersonalData";
        public const string IPersonalDataValue = "global::Privacy.Policy.Generated.IPersonalDataValue";
        public const string IPersonalDataValueVisitor = "global::Privacy.Policy.Generated.IPersonalDataValueVisitor";
        public const string PersonalDataDescriptor = "global::Privacy.Policy.PersonalDataDescriptor";
        public const string PersonalDataMember = "global::Privacy.Policy.PersonalDataMember";
        public const string PersonalDataCatalog = "global::Privacy.Policy.PersonalDataCatalog";
        public const string Category = "global::Privacy.Policy.Category";
        public const string DataFormat = "global::Privacy.Policy.DataFormat";
        public const string RedactionKind = "global::Privacy.Policy.RedactionKind";
        public const string Purpose = "global::Privacy.Policy.Purpose";
        public const string PurposeDeclaration = "global::Privacy.Policy.PurposeDeclaration";
        public const string LegalBasis = "global::Privacy.Policy.LegalBasis";
        public const string ProvisionRequirement = "global::Privacy.Policy.ProvisionRequirement";
        public const string RetentionStart = "global::Privacy.Policy.RetentionStart";
        public const string ServiceArea = "global::Privacy.Policy.ServiceArea";
        public const string RetentionAnchorText = "global::Privacy.Policy.RetentionAnchorText";
        public const string PersonalDataRedactor = "global::Privacy.Policy.Redaction.PersonalDataRedactor";
        public const string ValueMasks = "global::Privacy.Policy.Generated.ValueMasks";
        public const string RedactionClassifications = "global::Privacy.Policy.Redaction.RedactionClassifications";
        public const string MemberProjection = "global::Privacy.Policy.Generated.MemberProjection";
        public const string PersonalDataJson = "global::Privacy.Policy.Generated.PersonalDataJson";
        public const string ExportSubjectCheck = "global::Privacy.Policy.Generated.ExportSubjectCheck";
        public const string PersonalDataTagProvider = "global::Privacy.Policy.Logging.PersonalDataTagProvider";
        public const string RetentionAnchors = "global::Privacy.Policy.Generated.RetentionAnchors";
    }
}
