using System.ComponentModel;
using Privacy.Policy.Erasure;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Generated;

/// <summary>
/// A value of a personal-data type, whatever it is held as. Generated code implements it beside
/// <see cref="IPersonalData{TSelf}"/>, so that a <c>[NotPersonalData]</c> member typed <see cref="object"/>, an
/// interface or a class that may be derived from, whose value turns out at run time to be a personal-data type, is
/// redacted and erased by that value's own generated code instead of being copied in clear. No reflection: one
/// interface check per such member. Do not implement it by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPersonalDataValue
{
    /// <summary>Redacts this value with its own type's generated code, as a nested value.</summary>
    /// <param name="redactor">The redactor of the redaction in progress.</param>
    /// <returns>The redacted copy, or <see langword="null"/> where the redaction cuts it (a back-reference, too deep).</returns>
    object? RedactNested(PersonalDataRedactor redactor);

    /// <summary>Projects this value (for an erasure or a disclosure) with its own type's generated code, as a nested value.</summary>
    /// <param name="context">The projection in progress.</param>
    /// <param name="member">The name of the member that holds it, for the paths in the result.</param>
    /// <returns>The projected copy, or <see langword="null"/> where the projection cuts it (a back-reference, too deep).</returns>
    object? ProjectNested(MemberProjection context, string member);

    /// <summary>
    /// Passes this value to <paramref name="visitor"/> as its own type: the most derived type whose generated code
    /// implements this interface. Held as a base type, <see cref="object"/> or an interface, a value is thus described
    /// (descriptor, retention anchor, data subject, logging tags) by its own type, never by the type it is held as.
    /// </summary>
    /// <param name="visitor">What receives the value.</param>
    void Accept(IPersonalDataValueVisitor visitor);
}
