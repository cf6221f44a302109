namespace Privacy.Policy.Generators.Classification;

/// <summary>Mirror of <c>Privacy.Policy.RedactionKind</c>; values must match the runtime enum.</summary>
internal enum RedactionKindValue
{
    Default = 0,
    Erase = 1,
    Mask = 2,
    Pseudonymize = 3,
}
