namespace Privacy.Policy.Generators.Model;

/// <summary>How generated code makes the redacted copy of a value.</summary>
internal enum CopyStrategy
{
    /// <summary>A <c>with</c> expression: records and structs.</summary>
    With,

    /// <summary><c>MemberwiseClone</c>, then each personal-data member set: classes whose personal members are settable.</summary>
    Clone,

    /// <summary>An object initializer copying every member: classes with init-only members and a parameterless constructor.</summary>
    Initializer,

    /// <summary>No copy can be made; PRIV007 says why and the generated method throws.</summary>
    None,
}
