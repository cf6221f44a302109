namespace Privacy.Policy.Generators.Model;

/// <summary>How one member's value is redacted: its collection shape and what each element is.</summary>
/// <param name="Collection">Whether the value is a single element, an array, a list or a dictionary.</param>
/// <param name="Element">What an element is and so which redaction applies to it.</param>
/// <param name="ElementType">The element type, fully qualified with nullable annotations.</param>
/// <param name="ElementIsNullableValue">Whether the element is a <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="ElementIsReference">Whether the element is a reference type, so may be null.</param>
/// <param name="NestedType">
/// For nested personal data whose own type has no generated code, the base type whose generated code redacts it
/// (through <c>PersonalDataRedactor.Redact&lt;TBase&gt;</c>, so cycles are cut there too);
/// <see langword="null"/> when the element's own type redacts it.
/// </param>
/// <param name="KeyType">For dictionaries, the key type.</param>
/// <param name="CollectionType">The collection type to build, fully qualified.</param>
/// <param name="Json">How an element is written into a subject-access export.</param>
/// <param name="IsTooDeep">Whether personal data lies deeper than generated code follows, so the value is erased whole.</param>
/// <param name="KeyMayBePersonal">
/// For dictionaries, whether the key may be personal data (text, a personal-data type, or a type whose values may be
/// one at run time): erasure then empties the dictionary whole, since it cannot erase a key and keep the entry.
/// </param>
internal sealed record ValueShape(
    CollectionShape Collection,
    ElementKind Element,
    string ElementType,
    bool ElementIsNullableValue,
    bool ElementIsReference,
    string? NestedType,
    string? KeyType,
    string? CollectionType,
    JsonWrite Json,
    bool IsTooDeep,
    bool KeyMayBePersonal = false);
