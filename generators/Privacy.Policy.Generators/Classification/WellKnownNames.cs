namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// Metadata names and enum values of the runtime library, which the analyzers see only as symbols and constants.
/// A test compares every value here with the runtime assembly, so the two cannot drift apart.
/// </summary>
internal static class WellKnownNames
{
    public const string PersonalDataAttribute = "Privacy.Policy.PersonalDataAttribute";
    public const string NotPersonalDataAttribute = "Privacy.Policy.NotPersonalDataAttribute";
    public const string DataSubjectAttribute = "Privacy.Policy.DataSubjectAttribute";
    public const string RetentionAnchorAttribute = "Privacy.Policy.RetentionAnchorAttribute";
    public const string RetentionMomentAttribute = "Privacy.Policy.RetentionMomentAttribute";
    public const string ConsentRecordAttribute = "Privacy.Policy.ConsentRecordAttribute";
    public const string ServiceAreaAttribute = "Privacy.Policy.ServiceAreaAttribute";
    public const string Category = "Privacy.Policy.Category";
    public const string DataFormat = "Privacy.Policy.DataFormat";
    public const string RedactionKind = "Privacy.Policy.RedactionKind";

    public const string RetentionProperty = "Retention";
    public const string FormatProperty = "Format";
    public const string RetentionFromProperty = "RetentionFrom";
    public const string RetentionFromStartProperty = "RetentionFromStart";
    public const string RedactionProperty = "Redaction";

    /// <summary>The MSBuild property listing namespaces whose public types must classify every member.</summary>
    public const string StrictNamespacesProperty = "build_property.PrivacyPolicyStrictNamespaces";

    /// <summary>
    /// The analyzer-config key of the opt-in <c>PrivacyPolicyTelecommunications</c> MSBuild property: <c>true</c> in a
    /// provider of public electronic communications, whom the Telecommunicatiewet's traffic-data rules bind.
    /// </summary>
    public const string TelecommunicationsProperty = "build_property.PrivacyPolicyTelecommunications";
}
