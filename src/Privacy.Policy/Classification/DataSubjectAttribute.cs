using System;

namespace Privacy.Policy;

/// <summary>
/// Marks the member that identifies whose data a record is (the customer id), so that subject-access exports
/// and erasure find every record of a person.
/// </summary>
/// <remarks>
/// At most one member of a type carries it, and its type is a <see cref="string"/>, <see cref="Guid"/> or an
/// integer type (PRIV004). The member counts as classified for PRIV001; add <see cref="PersonalDataAttribute"/>
/// as well to give it a category, retention and redaction.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class DataSubjectAttribute : Attribute
{
}
