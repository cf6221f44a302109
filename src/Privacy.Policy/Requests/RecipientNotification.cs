using System;
using System.Collections.Generic;

namespace Privacy.Policy;

/// <summary>
/// One notification to send (GDPR art. 19): a recipient the disclosure audit says received members of the subject's
/// data that were since rectified, erased or restricted. It names members, never their values, and not the subject:
/// the sender adds what the recipient needs to find the record.
/// </summary>
public sealed class RecipientNotification
{
    /// <summary>Describes one notification; <see cref="RecipientNotifications"/> creates these.</summary>
    /// <param name="recipient">Who to tell.</param>
    /// <param name="typeName">The full name of the type whose members changed.</param>
    /// <param name="members">The affected members the recipient received, as the audit names them.</param>
    /// <param name="reason">What happened to them.</param>
    public RecipientNotification(string recipient, string typeName, IReadOnlyList<string> members, RecipientNotificationReason reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipient);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(members);
        Recipient = recipient;
        TypeName = typeName;
        Members = members;
        Reason = reason;
    }

    /// <summary>Who to tell: a recipient of an allowed disclosure of the subject's data.</summary>
    public string Recipient { get; }

    /// <summary>The full name of the type whose members changed.</summary>
    public string TypeName { get; }

    /// <summary>The affected members the recipient received (<c>Email</c>, <c>RecentCalls.ForwardedTo</c>), ordinal order.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>What happened to the members: rectification, erasure or restriction.</summary>
    public RecipientNotificationReason Reason { get; }

    /// <summary>The articles the notification rests on: the subject's right and art. 19, such as <c>GDPR art. 16, art. 19</c>.</summary>
    public string Article => $"GDPR art. {(int)Reason}, art. 19";

    /// <inheritdoc />
    public override string ToString() => $"Notify {Recipient}: {Reason} of {TypeName} [{string.Join(", ", Members)}] ({Article})";
}
