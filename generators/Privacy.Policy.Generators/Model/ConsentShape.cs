namespace Privacy.Policy.Generators.Model;

/// <summary>How a <c>[ConsentRecord]</c> member says "no consent", by its type.</summary>
internal enum ConsentShape
{
    /// <summary>Not a consent record, or one of a type that cannot say no (PRIV004): generated code ignores it.</summary>
    None,

    /// <summary>A <see cref="bool"/>: <see langword="false"/>.</summary>
    Boolean,

    /// <summary>A nullable <see cref="bool"/>: anything but <see langword="true"/>.</summary>
    NullableBoolean,

    /// <summary>A nullable date or time: <see langword="null"/>.</summary>
    NullableMoment,
}
