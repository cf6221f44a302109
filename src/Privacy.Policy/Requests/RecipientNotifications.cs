using System;
using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Disclosure;
using Privacy.Policy.Redaction;

namespace Privacy.Policy;

/// <summary>
/// Works out whom to tell after a subject's members were rectified, erased or restricted (GDPR art. 19: the controller
/// communicates it to each recipient to whom the data have been disclosed): from the disclosure audit, one
/// <see cref="RecipientNotification"/> per recipient that received any affected member. It sends nothing.
/// <c>AddPrivacyPolicy</c> registers it.
/// </summary>
public sealed class RecipientNotifications
{
    private readonly PersonalDataRedactor _redactor;

    /// <summary>Creates the service with the redactor whose key pseudonymised the audit records' subjects.</summary>
    /// <param name="redactor">The policy's redactor.</param>
    public RecipientNotifications(PersonalDataRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        _redactor = redactor;
    }

    /// <summary>
    /// The notifications to send after <paramref name="members"/> of <typeparamref name="T"/> of one subject were
    /// rectified, erased or restricted. A record counts when it was allowed, is of <typeparamref name="T"/>, and its
    /// <see cref="DisclosureAuditRecord.Subject"/> is the subject pseudonymised with the configured key (as
    /// <see cref="SubjectAccessExport.DisclosedTo"/> matches); a member counts when the record names it, a member under
    /// it (<c>RecentCalls</c> affects <c>RecentCalls.ForwardedTo</c>) or one it lies under.
    /// </summary>
    /// <typeparam name="T">The type whose members changed.</typeparam>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    /// <param name="members">The paths of the affected members (<c>Email</c>, <c>RecentCalls</c>).</param>
    /// <param name="reason">What happened to them.</param>
    /// <param name="records">The disclosure audit's records: the subject's, or all of them.</param>
    /// <returns>One notification per recipient, in ordinal order of recipient; empty when none received affected members.</returns>
    /// <exception cref="InvalidOperationException">No pseudonymisation key is configured, so audit records name no subject.</exception>
    public IReadOnlyList<RecipientNotification> For<T>(string subjectId, IEnumerable<string> members, RecipientNotificationReason reason, IEnumerable<DisclosureAuditRecord> records)
        where T : IPersonalData<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(records);
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a right whose exercise art. 19 requires to be communicated.");
        }

        return Select(records, AuditSubjects.Of(_redactor, subjectId), T.Descriptor.TypeName, [.. members], reason);
    }

    /// <summary>The notifications, from records whose subjects are already pseudonymised: a pure function of its arguments.</summary>
    internal static IReadOnlyList<RecipientNotification> Select(IEnumerable<DisclosureAuditRecord> records, IReadOnlySet<string> subjectPseudonyms, string typeName, IReadOnlyList<string> affected, RecipientNotificationReason reason)
    {
        var byRecipient = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (DisclosureAuditRecord record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!record.Allowed || record.Subject is not { } subject || !subjectPseudonyms.Contains(subject) || !string.Equals(record.TypeName, typeName, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (string member in record.Members)
            {
                if (affected.Any(path => Overlaps(member, path)))
                {
                    if (!byRecipient.TryGetValue(record.Recipient, out SortedSet<string>? got))
                    {
                        byRecipient[record.Recipient] = got = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    got.Add(member);
                }
            }
        }

        return [.. byRecipient.Select(pair => new RecipientNotification(pair.Key, typeName, [.. pair.Value], reason))];
    }

    /// <summary>Whether one path is the other, or lies under it.</summary>
    private static bool Overlaps(string disclosed, string affected)
        => Under(disclosed, affected) || Under(affected, disclosed);

    private static bool Under(string path, string ancestor)
        => path.StartsWith(ancestor, StringComparison.Ordinal) && (path.Length == ancestor.Length || path[ancestor.Length] == '.');
}
