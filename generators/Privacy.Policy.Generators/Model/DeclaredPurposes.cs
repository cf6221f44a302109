namespace Privacy.Policy.Generators.Model;

/// <summary>
/// The purposes a compilation knows, read once per compilation and compared by value. Generator models must stay
/// equatable: arrays of <see cref="DeclaredPurpose"/> only.
/// </summary>
/// <param name="InForce">Every purpose in force, in flag order: the built-in ones, each replaced by its declaration where there is one, and the company's own.</param>
/// <param name="Declared">
/// The <c>[assembly: ProcessingPurpose]</c> declarations in effect (the compilation's own and its references'), in flag
/// order, one per flag: what the catalog's <c>Declarations</c> lists.
/// </param>
internal sealed record DeclaredPurposes(EquatableArray<DeclaredPurpose> InForce, EquatableArray<DeclaredPurpose> Declared);
