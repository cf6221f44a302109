using System;
using System.Collections.Generic;
using System.Linq;

namespace Privacy.Policy;

/// <summary>
/// A data subject's explicit request that some of their data goes to a recipient they choose: the basis
/// <see cref="DisclosureBasis.SubjectRequest"/>. Only the members it names are disclosed.
/// </summary>
public sealed class SubjectDisclosureRequest
{
    /// <summary>Records a request.</summary>
    /// <param name="recipient">Who the subject wants the data to go to; it need not be a declared recipient.</param>
    /// <param name="members">
    /// The members the subject asked for, by C# member name (<c>CalledNumber</c>). A member holding nested personal
    /// data may be named whole (<c>Device</c>) or by path (<c>Device.Imei</c>).
    /// </param>
    /// <param name="reference">Where the request is kept (a ticket or letter number), for the audit record.</param>
    public SubjectDisclosureRequest(string recipient, IEnumerable<string> members, string reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipient);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentException.ThrowIfNullOrEmpty(reference);
        Recipient = recipient;
        Members = members.ToArray();
        Reference = reference;
        if (Members.Count == 0 || Members.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A subject's request names at least one member, and no empty names.", nameof(members));
        }
    }

    /// <summary>Who the subject wants the data to go to.</summary>
    public string Recipient { get; }

    /// <summary>The members the subject asked for.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>Where the request is kept, such as a ticket number.</summary>
    public string Reference { get; }

    /// <summary>Names the request by its reference and members only: the recipient may be a person.</summary>
    /// <returns>The reference and the member names.</returns>
    public override string ToString() => $"Subject request {Reference}: {string.Join(", ", Members)}";
}
