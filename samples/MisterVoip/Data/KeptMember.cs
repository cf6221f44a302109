using Privacy.Policy;

namespace MisterVoip.Data;

/// <summary>A member an erasure request kept in one record, and the record's type.</summary>
/// <param name="Type">The record's type name, such as <c>Customer</c>.</param>
/// <param name="Member">The member kept, why and until when.</param>
public sealed record KeptMember(string Type, RetainedMember Member);
