using Privacy.Policy.Erasure;
using Privacy.Policy.Generated;

namespace Privacy.Policy.Export;

/// <summary>
/// Copies a record for a subject-access export with its shielded members (other people's data, GDPR art. 15(4))
/// emptied, so that the clear value of a shielded member is never serialised, not even into a scratch buffer; the
/// export writes the member's redacted value in its place.
/// </summary>
internal sealed class ShieldSelector : MemberSelector
{
    private readonly ShieldedMembers _shielded;

    public ShieldSelector(ShieldedMembers shielded) => _shielded = shielded;

    /// <summary>A member not shielded keeps what it holds as it is: the export writes it as it would without shields.</summary>
    public override bool KeepsNestedWhole => true;

    public override int Mark => 0;

    /// <summary>The record's own members are kept unless shielded; nothing under a shielded member is kept.</summary>
    public override bool[] Select<T>(T value, string prefix, int[] reportedAt)
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        bool[] keep = new bool[descriptor.Members.Count];
        if (prefix.Length == 0)
        {
            for (int i = 0; i < keep.Length; i++)
            {
                keep[i] = _shielded.ReasonFor(descriptor.Members[i].Name) is null;
            }
        }

        return keep;
    }

    public override void Rewind(int mark)
    {
    }
}
