using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>Redaction: each personal-data member by its own rule, with the configured redactor.</summary>
internal sealed class RedactOperation : CopyOperation
{
    public override string Name => GeneratedNames.Redact;

    public override string NestedMethod => GeneratedNames.Redact;

    public override string RuntimeValueMethod => "RedactRuntimeValue";

    public override string Past => "redacted";

    public override string Parameter => "redactor";

    public override string ParameterType => GeneratedNames.Runtime.PersonalDataRedactor;

    public override string ParameterDoc => "The redactor with the configured key.";

    public override string CopyMethod => GeneratedNames.RedactedCopy;

    public override string MembersMethod => GeneratedNames.RedactMembers;

    public override string Summary => "Returns a copy in which every personal-data member is redacted and every other member is unchanged.";

    public override string MembersSummary => "Redacts this instance's personal-data members in place; called on a fresh copy only.";

    /// <inheritdoc />
    /// <remarks>Redaction has no per-member decision: a member is redacted as its own declaration classifies it.</remarks>
    public override bool DecidesByDescriptor => false;

    public override string Text(DataMember member, string access)
        => $"{Parameter}.{GeneratedNames.Redact}({access}, {VocabularyCode.Format(member.Format)}, {VocabularyCode.Redaction(member.Redaction)})";
}
