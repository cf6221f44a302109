using NodaTime;

namespace Privacy.Policy.Processing;

/// <summary>One personal-data member as the record and the statement see it: where it is, and how long it is kept.</summary>
internal sealed record ProcessedMember(PersonalDataDescriptor Type, PersonalDataMember Member, Period? Retention)
{
    public string Path => Type.TypeName + "." + Member.Name;
}
