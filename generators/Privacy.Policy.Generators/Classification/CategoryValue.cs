namespace Privacy.Policy.Generators.Classification;

/// <summary>Mirror of <c>Privacy.Policy.Category</c>; values must match the runtime enum.</summary>
internal enum CategoryValue
{
    Identity = 1,
    Contact = 2,
    NationalIdentifier = 3,
    TechnicalIdentifier = 4,
    Credentials = 5,
    Usage = 6,
    Location = 7,
    Payment = 8,
    Marketing = 9,
    Correspondence = 10,
}
