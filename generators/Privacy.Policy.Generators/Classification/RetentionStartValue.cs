namespace Privacy.Policy.Generators.Classification;

/// <summary>Mirror of <c>Privacy.Policy.RetentionStart</c>; values must match the runtime enum.</summary>
internal enum RetentionStartValue
{
    AtAnchor = 0,
    EndOfDay = 1,
    EndOfMonth = 2,
    EndOfYear = 3,
}
