using System;

namespace Privacy.Policy;

/// <summary>
/// Another writer changed a data subject's request between reading and writing it: the write is refused so that two
/// writers never both move one request. Read the request again and decide again. The message names the request's id
/// and versions, never the data subject.
/// </summary>
public sealed class SubjectRequestConcurrencyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="requestId">The request's id.</param>
    /// <param name="expectedVersion">The version the writer read.</param>
    /// <param name="actualVersion">The version stored; <see langword="null"/> when the request is not stored at all.</param>
    public SubjectRequestConcurrencyException(Guid requestId, long expectedVersion, long? actualVersion)
        : base(actualVersion is { } actual
            ? $"Subject request {requestId} was changed by another writer: expected version {expectedVersion}, found {actual}. Read it again."
            : $"Subject request {requestId} is not stored: it cannot be updated.")
    {
        RequestId = requestId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The request's id.</summary>
    public Guid RequestId { get; }

    /// <summary>The version the writer read and expected to replace.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version stored; <see langword="null"/> when the request is not stored.</summary>
    public long? ActualVersion { get; }
}
