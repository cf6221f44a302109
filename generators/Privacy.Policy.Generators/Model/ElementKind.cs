namespace Privacy.Policy.Generators.Model;

/// <summary>What one element of a member is, which decides the redaction code emitted for it.</summary>
internal enum ElementKind
{
    /// <summary>Not personal data: copied unchanged.</summary>
    Unchanged,

    /// <summary>Text: masked, pseudonymised or erased by the format rules.</summary>
    Text,

    /// <summary>A date-time type, masked to its day.</summary>
    Timestamp,

    /// <summary>A number or pair of numbers of degrees, rounded to about 1 km.</summary>
    Coordinate,

    /// <summary>An <c>IPAddress</c>, masked to its network.</summary>
    IpAddress,

    /// <summary>A type with personal data of its own, redacted by its own generated code.</summary>
    Nested,

    /// <summary>Personal data that cannot be masked in its type: erased to the type's neutral value.</summary>
    Neutral,

    /// <summary>
    /// Not personal data by its declaration, but of a type whose values may be a personal-data type at run time
    /// (<c>object</c>, an interface, a class that may be derived from, a type parameter): such a value is redacted and
    /// erased by its own generated code, any other kept as it is.
    /// </summary>
    RuntimeChecked,
}
