using System;

namespace Privacy.Policy;

/// <summary>
/// Thrown when a disclosure is not allowed. The message names the recipient, the purpose and the reason; it never
/// holds personal data. The refusal has been given to the <see cref="IDisclosureAuditSink"/> before this is thrown.
/// </summary>
public sealed class DisclosureRefusedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recipient">The recipient named by the caller; <see langword="null"/> for a data subject's request.</param>
    /// <param name="purpose">The purpose; <see cref="Purpose.None"/> for a data subject's request.</param>
    /// <param name="reason">Why the disclosure was refused.</param>
    /// <param name="message">The message.</param>
    public DisclosureRefusedException(string? recipient, Purpose purpose, DisclosureRefusal reason, string message)
        : base(message)
    {
        Recipient = recipient;
        Purpose = purpose;
        Reason = reason;
    }

    /// <summary>The declared recipient the disclosure was for; <see langword="null"/> for a data subject's request.</summary>
    public string? Recipient { get; }

    /// <summary>The purpose the disclosure was for; <see cref="Purpose.None"/> for a data subject's request.</summary>
    public Purpose Purpose { get; }

    /// <summary>Why the disclosure was refused.</summary>
    public DisclosureRefusal Reason { get; }
}
