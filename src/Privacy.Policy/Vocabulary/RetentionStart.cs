#if PRIVACY_POLICY_GENERATOR
// The generator compiles this file too (linked in its project), as an internal copy in its own namespace.
#pragma warning disable CS1574 // crefs to runtime-only types
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy;
#endif

/// <summary>
/// Where retention periods start relative to a <see cref="RetentionAnchorAttribute">retention anchor</see>,
/// in the configured time zone.
/// </summary>
#if PRIVACY_POLICY_GENERATOR
internal
#else
public
#endif
enum RetentionStart
{
    /// <summary>At the anchor itself.</summary>
    AtAnchor = 0,

    /// <summary>At the end of the anchor's day (the start of the next day).</summary>
    EndOfDay = 1,

    /// <summary>At the end of the anchor's month (the start of the next month).</summary>
    EndOfMonth = 2,

    /// <summary>
    /// At the end of the anchor's year (the start of the next year). Dutch fiscal retention counts seven
    /// years from the end of the year in which a record was booked.
    /// </summary>
    EndOfYear = 3,
}
