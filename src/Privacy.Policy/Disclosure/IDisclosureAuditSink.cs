namespace Privacy.Policy;

/// <summary>
/// Receives one <see cref="DisclosureAuditRecord"/> for every disclosure, allowed or refused, before the caller
/// gets the data or the refusal. <c>AddPrivacyPolicy</c> registers one that writes structured log events; register
/// your own (a database table, an append-only store) to keep the record of disclosures elsewhere.
/// </summary>
/// <remarks>
/// An exception from <see cref="Record"/> fails the disclosure: no data leaves without its record.
/// </remarks>
public interface IDisclosureAuditSink
{
    /// <summary>Records one disclosure or refusal.</summary>
    /// <param name="record">What was disclosed to whom, why; it holds no personal data values.</param>
    void Record(DisclosureAuditRecord record);
}
