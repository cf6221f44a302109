using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Classification;

/// <summary>Which privacy attributes one field or property carries.</summary>
internal readonly struct MemberAttributes
{
    public MemberAttributes(AttributeData? personalData, bool notPersonalData, bool dataSubject, bool retentionAnchor, AttributeData? consentRecord = null)
    {
        ConsentRecord = consentRecord;
        PersonalData = personalData;
        IsNotPersonalData = notPersonalData;
        IsDataSubject = dataSubject;
        IsRetentionAnchor = retentionAnchor;
    }

    /// <summary>The <c>[PersonalData]</c> attribute, if the member has one.</summary>
    public AttributeData? PersonalData { get; }

    public bool IsPersonalData => PersonalData is not null;

    /// <summary>Whether generated code treats the member as personal data: <c>[PersonalData]</c> or <c>[DataSubject]</c>.</summary>
    public bool IsPersonal => IsPersonalData || IsDataSubject;

    public bool IsNotPersonalData { get; }

    public bool IsDataSubject { get; }

    public bool IsRetentionAnchor { get; }

    /// <summary>The <c>[ConsentRecord]</c> attribute, if the member has one.</summary>
    public AttributeData? ConsentRecord { get; }

    /// <summary>The purposes a <c>[ConsentRecord]</c> covers; 0 when the member is none.</summary>
    public int ConsentPurposes
        => ConsentRecord is { ConstructorArguments.Length: > 0 } attribute && attribute.ConstructorArguments[0].Value is int value ? value : 0;

    /// <summary>Whether the member makes its type one that holds personal data.</summary>
    public bool MarksPersonalData => IsPersonalData || IsDataSubject || IsRetentionAnchor;

    /// <summary>
    /// Whether PRIV001 considers the member classified. A data subject id and a retention anchor are classified by
    /// their own attribute: the first is personal data by definition, the second is when the record is. A
    /// <c>[ConsentRecord]</c> is too: it is the controller's proof of consent (GDPR art. 7(1)), kept with the record.
    /// </summary>
    public bool IsClassified => IsPersonalData || IsNotPersonalData || IsDataSubject || IsRetentionAnchor || ConsentRecord is not null;

    public TypedConstant NamedArgument(string name)
    {
        if (PersonalData is not null)
        {
            foreach (var argument in PersonalData.NamedArguments)
            {
                if (argument.Key == name)
                {
                    return argument.Value;
                }
            }
        }

        return default;
    }

    public int CategoryValue
        => PersonalData is { ConstructorArguments.Length: > 0 } attribute && attribute.ConstructorArguments[0].Value is int value
            ? value
            : 0;
}
