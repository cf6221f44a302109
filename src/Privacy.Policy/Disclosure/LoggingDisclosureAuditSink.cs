using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Privacy.Policy.Disclosure;

/// <summary>
/// The default <see cref="IDisclosureAuditSink"/>: one structured log event per disclosure (information) or refusal
/// (warning), in the category <c>Privacy.Policy.Disclosure</c>. It logs member names and the pseudonymised subject,
/// never values; for a subject's request it logs the request reference instead of the recipient, who may be a person.
/// </summary>
internal sealed class LoggingDisclosureAuditSink : IDisclosureAuditSink
{
    public const string Category = "Privacy.Policy.Disclosure";

    private static readonly EventId Disclosed = new(7001, "PersonalDataDisclosed");
    private static readonly EventId Refused = new(7002, "PersonalDataDisclosureRefused");

    private readonly ILogger _logger;

    public LoggingDisclosureAuditSink(ILoggerFactory loggerFactory)
    {
        _logger = loggerFactory.CreateLogger(Category);
    }

    public void Record(DisclosureAuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        LogLevel level = record.Allowed ? LogLevel.Information : LogLevel.Warning;
        if (_logger.IsEnabled(level))
        {
            _logger.Log(level, record.Allowed ? Disclosed : Refused, new State(record), null, static (state, _) => state.ToString());
        }
    }

    /// <summary>The event's properties, and its message built from them.</summary>
    private sealed class State : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] _properties;

        public State(DisclosureAuditRecord record)
        {
            string recipient = record.Basis == DisclosureBasis.SubjectRequest ? "(chosen by the subject)" : record.Recipient;
            _properties =
            [
                new("At", record.At.ToString()),
                new("Recipient", recipient),
                new("Purpose", record.Purpose.ToString()),
                new("Basis", record.Basis.ToString()),
                new("LegalBasis", record.LegalBasis?.ToString()),
                new("Type", record.TypeName),
                new("Members", string.Join(",", record.Members)),
                new("Subject", record.Subject),
                new("Refusal", record.Refusal?.ToString()),
                new("RequestReference", record.RequestReference),
                new("{OriginalFormat}", record.Allowed
                    ? "Disclosed {Type} members {Members} of subject {Subject} to {Recipient} for {Purpose} ({Basis})"
                    : "Refused disclosure of {Type} of subject {Subject} to {Recipient} for {Purpose} ({Basis}): {Refusal}"),
            ];
        }

        public int Count => _properties.Length;

        public KeyValuePair<string, object?> this[int index] => _properties[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_properties).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString()
        {
            string type = (string)_properties[5].Value!;
            string members = (string)_properties[6].Value!;
            string subject = (string?)_properties[7].Value ?? "(none)";
            string recipient = (string)_properties[1].Value!;
            return _properties[8].Value is string refusal
                ? $"Refused disclosure of {type} of subject {subject} to {recipient} for {_properties[2].Value} ({_properties[3].Value}): {refusal}"
                : $"Disclosed {type} members {members} of subject {subject} to {recipient} for {_properties[2].Value} ({_properties[3].Value})";
        }
    }
}
