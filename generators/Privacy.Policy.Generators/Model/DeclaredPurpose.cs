namespace Privacy.Policy.Generators.Model;

/// <summary>
/// One purpose as declared: built in (<c>PurposeRows</c>) or by <c>[assembly: ProcessingPurpose]</c> in the compilation
/// or an assembly it references; or as resolved for one member, whose own legal basis replaces the declared one.
/// Generator models must stay equatable: numbers and strings only.
/// </summary>
/// <param name="Purpose">The purpose flag's value.</param>
/// <param name="Name">Its name: the enum name of a built-in purpose, the declared <c>Name</c> of a company one.</param>
/// <param name="LegalBasis">The legal basis's value.</param>
/// <param name="Interest">For a legitimate interest, the interest pursued (the Dutch statement's text).</param>
/// <param name="EnglishInterest">The interest in English, where it is given apart (the built-in rows); else null.</param>
/// <param name="Dutch">The Dutch wording, if any.</param>
/// <param name="English">The English wording, if any.</param>
/// <param name="Requirement">The provision requirement's value (GDPR art. 13(2)(e)).</param>
internal sealed record DeclaredPurpose(
    int Purpose,
    string Name,
    int LegalBasis,
    string? Interest,
    string? EnglishInterest,
    string? Dutch,
    string? English,
    int Requirement);
