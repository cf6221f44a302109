using System.Runtime.CompilerServices;

namespace Privacy.Policy.Retention;

/// <summary>
/// Which personal-data members of a type other members count their retention from (<see cref="PersonalDataMember.RetentionFrom"/>).
/// Such a member holds its record together as the anchor does: erased on its own, the members counted from it would
/// look still in use and be kept for ever. It goes with its record. Resolved once per descriptor.
/// </summary>
internal static class RetentionOrigins
{
    private static readonly ConditionalWeakTable<PersonalDataDescriptor, bool[]> Cache = new();

    /// <summary>For each member of <paramref name="descriptor"/>, by index, whether another member counts its retention from it.</summary>
    public static bool[] Of(PersonalDataDescriptor descriptor)
        => Cache.GetValue(descriptor, static described =>
        {
            var origins = new bool[described.Members.Count];
            foreach (PersonalDataMember member in described.Members)
            {
                int origin = member.RetentionFrom is { } name ? described.IndexOfMember(name) : -1;
                if (origin >= 0 && described.Members[origin] != member)
                {
                    origins[origin] = true;
                }
            }

            return origins;
        });
}
