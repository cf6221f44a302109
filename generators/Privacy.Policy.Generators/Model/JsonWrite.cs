namespace Privacy.Policy.Generators.Model;

/// <summary>How generated export code writes one element of a member.</summary>
internal enum JsonWrite
{
    /// <summary>Through the <c>PersonalDataJson.WriteValue</c> overload for its type.</summary>
    Value,

    /// <summary>By name, through <c>PersonalDataJson.WriteEnum</c>.</summary>
    Enum,

    /// <summary>As an object of its own exportable members, through <c>PersonalDataJson.WriteNested</c>.</summary>
    Nested,

    /// <summary>As its text, through <c>PersonalDataJson.WriteOther</c>.</summary>
    Other,
}
