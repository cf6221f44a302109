using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Generated;
using Privacy.Policy.Retention;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy;

/// <summary>
/// One subject-access export (GDPR articles 15 and 20), written as UTF-8 JSON to a stream as records are added: a
/// header naming the subject, the controller and the subject's rights; per record type the meaning of each member
/// (category, purposes, legal bases, retention) and every record's exportable values with the date each is kept
/// until; and the legal basis of each purpose present. Memory stays flat however many records are added. The format
/// is described in <c>docs/export-format.md</c> with a JSON Schema. Start one with
/// <see cref="IPrivacyPolicy.BeginExport(Stream, string)"/>, add records, then call <see cref="CompleteAsync"/>. To have
/// the export refuse to complete while a type of the subject's is missing (GDPR art. 15(1)), name the catalogs it must
/// cover with <see cref="MustCover(IEnumerable{PersonalDataCatalog})"/> and declare each type the subject has none of
/// with <see cref="NotHeld{T}(string)"/>; the document's <c>coverage</c> section lists both.
/// </summary>
/// <remarks>
/// Written to a stream that refuses synchronous writes (an ASP.NET Core response body), add records with the
/// <c>AddAsync</c> overloads: they write asynchronously, as <see cref="CompleteAsync"/> does.
/// <see cref="Add{T}(IEnumerable{T})"/> writes synchronously before it returns; on such a
/// stream it fails before the first byte with a message that says so. Disposing never writes: an export that was
/// not completed leaves its output cut off where the last write ended.
/// Each record is listed under its own type, however it was added: a record of a derived type added as its base type
/// is described by the derived type's descriptor (its members, an override's purposes and retention, its
/// <c>keptUntil</c>), and a new record type entry begins each time the type changes.
/// </remarks>
public sealed partial class SubjectAccessExport : IAsyncDisposable, IDisposable
{
    /// <summary>The format name written into every export.</summary>
    public const string FormatName = "privacy-policy/subject-access-export";

    /// <summary>The format version written into every export.</summary>
    public const int FormatVersion = 1;

    private const int FlushThreshold = 32 * 1024;

    private static readonly (string Right, string Article)[] Rights =
    [
        ("access", "GDPR art. 15"),
        ("rectification", "GDPR art. 16"),
        ("erasure", "GDPR art. 17"),
        ("restriction", "GDPR art. 18"),
        ("portability", "GDPR art. 20"),
        ("objection", "GDPR art. 21"),
        ("complaint", "GDPR art. 77"),
    ];

    private readonly Stream _output;

    private readonly string _subjectId;

    private readonly PrivacyPolicyOptions _options;

    /// <summary>The policy's redactor: pseudonymises the subject to find its disclosures, and redacts shielded members.</summary>
    private readonly Redaction.PersonalDataRedactor _redactor;

    private readonly Guid? _subjectGuid;

    // The writer fills this buffer and only this type moves its bytes to the stream, so it decides when a write is
    // synchronous; a Utf8JsonWriter on the stream itself writes synchronously whenever it is flushed or disposed.
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold + (FlushThreshold / 2));

    private readonly Utf8JsonWriter _writer;

    private readonly DateTimeZone _zone;

    /// <summary>The instant the export is produced at: a member kept until before it is past its retention.</summary>
    private readonly Instant _producedAt;

    /// <summary>The members of the record being written whose retention has run out; reused per record.</summary>
    private readonly List<string> _pastRetention = [];

    private readonly EffectiveRetention _retention;

    private readonly Period?[] _periods = new Period?[4];

    private readonly Instant[] _ends = new Instant[4];

    private ExportSubjectCheck? _subjectCheck;

    private RuntimeTypeRecordWriter? _asRuntimeType;

    // The descriptor of the record type entry being written, or null between entries.
    private PersonalDataDescriptor? _open;

    private Purpose _purposes;

    /// <summary>Each purpose with each basis it has in the members exported, in the order first met.</summary>
    private readonly List<PurposeDeclaration> _declarations = [];

    private bool _completed;

    private bool _failed;

    private bool _written;

    internal SubjectAccessExport(Stream output, string subjectId, Instant producedAt, PrivacyPolicyOptions options, DateTimeZone zone, EffectiveRetention retention, Redaction.PersonalDataRedactor redactor, ISubjectProcessingLimits? limits = null)
    {
        _output = output;
        _limits = limits;
        _subjectId = subjectId;
        _options = options;
        _redactor = redactor;
        _subjectGuid = Guid.TryParse(subjectId, out Guid subjectGuid) ? subjectGuid : null;
        _zone = zone;
        _producedAt = producedAt;
        _retention = retention;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false });
        _writer.WriteStartObject();
        _writer.WriteString("format", FormatName);
        _writer.WriteNumber("version", FormatVersion);
        _writer.WriteString("subject", subjectId);
        _writer.WriteString("producedAt", InstantPattern.ExtendedIso.Format(producedAt));
        _writer.WriteStartObject("controller");
        WriteNullable("name", options.Controller.Name);
        WriteNullable("contact", options.Controller.Contact);
        _writer.WriteEndObject();
        _writer.WriteStartArray("rights");
        foreach ((string right, string article) in Rights)
        {
            _writer.WriteStartObject();
            _writer.WriteString("right", right);
            _writer.WriteString("article", article);
            if (right == "complaint")
            {
                _writer.WriteString("authority", options.Controller.SupervisoryAuthority);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("recordTypes");
    }

    /// <summary>
    /// Adds the records of one type, writing each as it comes, synchronously: for a stream that allows synchronous
    /// writes, such as a file. Before it returns, everything it produced has been written to the stream.
    /// </summary>
    /// <typeparam name="T">The records' personal-data type.</typeparam>
    /// <param name="records">The records of the subject.</param>
    /// <exception cref="InvalidOperationException">
    /// A record, or a record nested in it at any depth, names another data subject in its <c>[DataSubject]</c> member: nothing of it is written, and the export
    /// is void. Or the stream refuses synchronous writes (ASP.NET Core's response body does): when this is the
    /// export's first write, nothing reached the stream; use <see cref="AddAsync{T}(IReadOnlyCollection{T}, CancellationToken)"/>
    /// instead. Either way the export is void.
    /// </exception>
    public void Add<T>(IEnumerable<T> records)
        where T : IPersonalData<T>
    {
        ArgumentNullException.ThrowIfNull(records);
        ThrowIfCompleted();
        try
        {
            _open = null;
            foreach (T record in records)
            {
                WriteRecord(record);
                if (Pending > FlushThreshold)
                {
                    WritePending();
                }
            }

            EndType<T>();

            // Writing here, even a small export, makes a stream that refuses synchronous writes fail on the first
            // call, in development, rather than only once some subject has more than FlushThreshold bytes of data.
            WritePending();
        }
        catch
        {
            _failed = true; // the document is cut off mid-way: nothing more may be written into it
            throw;
        }
    }

    /// <summary>
    /// Adds records of one type that are already in memory, writing them asynchronously: for a stream that refuses
    /// synchronous writes, such as an ASP.NET Core response body. Records still to be read from a database come through
    /// <see cref="AddAsync{T}(IAsyncEnumerable{T}, CancellationToken)"/> instead, so that nothing is read synchronously.
    /// </summary>
    /// <typeparam name="T">The records' personal-data type.</typeparam>
    /// <param name="records">The records of the subject.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>A task that completes when the records are written or buffered.</returns>
    /// <exception cref="InvalidOperationException">A record, or a record nested in it at any depth, names another data subject in its <c>[DataSubject]</c> member; nothing of it is written, and the export is void.</exception>
    /// <remarks>
    /// The parameter is a collection rather than any <see cref="IEnumerable{T}"/> on purpose: an Entity Framework Core
    /// <c>DbSet</c> or query is enumerable both ways, and with two such overloads a C# 12 compiler (the default for
    /// net8.0) could not choose between them.
    /// </remarks>
    public async ValueTask AddAsync<T>(IReadOnlyCollection<T> records, CancellationToken cancellationToken = default)
        where T : IPersonalData<T>
    {
        ArgumentNullException.ThrowIfNull(records);
        ThrowIfCompleted();
        try
        {
            _open = null;
            foreach (T record in records)
            {
                await WriteRecordAsync(record, cancellationToken).ConfigureAwait(false);
            }

            EndType<T>();
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    /// <summary>
    /// Adds the records of one type from an asynchronous source (an Entity Framework Core query's
    /// <c>AsAsyncEnumerable()</c>, or the <c>DbSet</c> itself), writing each as it comes, asynchronously.
    /// </summary>
    /// <typeparam name="T">The records' personal-data type.</typeparam>
    /// <param name="records">The records of the subject.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>A task that completes when the records are written or buffered.</returns>
    /// <exception cref="InvalidOperationException">A record, or a record nested in it at any depth, names another data subject in its <c>[DataSubject]</c> member; nothing of it is written, and the export is void.</exception>
    public async ValueTask AddAsync<T>(IAsyncEnumerable<T> records, CancellationToken cancellationToken = default)
        where T : IPersonalData<T>
    {
        ArgumentNullException.ThrowIfNull(records);
        ThrowIfCompleted();
        try
        {
            _open = null;
            await foreach (T record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await WriteRecordAsync(record, cancellationToken).ConfigureAwait(false);
            }

            EndType<T>();
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    /// <summary>Writes one record into the buffer, and the buffer to the stream, asynchronously, once it is full.</summary>
    private ValueTask WriteRecordAsync<T>(T record, CancellationToken cancellationToken)
        where T : IPersonalData<T>
    {
        WriteRecord(record);
        return Pending > FlushThreshold ? WritePendingAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>
    /// Writes which types the export covers and the legal basis of each purpose present, and closes the document.
    /// </summary>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="InvalidOperationException">
    /// The export must cover catalogs (<see cref="MustCover(IEnumerable{PersonalDataCatalog})"/>) and a type with a
    /// <c>[DataSubject]</c> in them was neither added nor declared not held: the message names the types, nothing is
    /// written, and the export stays open. Or the export is complete, or an earlier add failed.
    /// </exception>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfCompleted();
        ThrowIfIncomplete();
        _completed = true;
        _writer.WriteEndArray();
        WriteCoverage();
        _writer.WriteStartArray("purposes");
        for (int bit = 0; bit < 31; bit++)
        {
            var purpose = (Purpose)(1 << bit);
            if ((_purposes & purpose) == 0)
            {
                continue;
            }

            // One entry per basis the purpose has here: a member's own basis (soft opt-in marketing on legitimate
            // interest beside consent-based marketing) is listed beside the declared one, never folded into it.
            foreach (PurposeDeclaration declaration in _declarations)
            {
                if (declaration.Purpose != purpose)
                {
                    continue;
                }

                _writer.WriteStartObject();
                _writer.WriteString("purpose", declaration.Name);
                _writer.WriteString("legalBasis", declaration.LegalBasis.ToString());
                if (declaration.LegalBasis == LegalBasis.LegitimateInterest && declaration.Interest is { } interest)
                {
                    _writer.WriteString("interest", interest);
                }

                if (PurposeRows.Of(purpose)?.FideslangDataUse is { } dataUse)
                {
                    _writer.WriteString("fideslangDataUse", dataUse);
                }

                _writer.WriteEndObject();
            }
        }

        _writer.WriteEndArray();
        WriteControllerStatements(_options);
        WriteDisclosures();
        WriteMode();
        WriteRestriction();
        _writer.WriteEndObject();
        await WritePendingAsync(cancellationToken).ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the export's buffer. Writes nothing: finish with <see cref="CompleteAsync"/> first.</summary>
    public void Dispose()
    {
        _writer.Dispose(); // flushes into the buffer only
        _buffer.Clear();   // no personal data lingers in the buffer
    }

    /// <summary>Releases the export's buffer. Writes nothing: finish with <see cref="CompleteAsync"/> first.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }

    /// <inheritdoc />
    public override string ToString() => "SubjectAccessExport";

    /// <summary>The bytes produced and not yet written to the stream.</summary>
    private long Pending => _buffer.WrittenCount + _writer.BytesPending;

    private void WritePending()
    {
        _writer.Flush();
        try
        {
            _output.Write(_buffer.WrittenSpan);
        }
        catch (InvalidOperationException refused) when (!_written && refused is not ObjectDisposedException)
        {
            // ASP.NET Core's response bodies (Kestrel, IIS, HTTP.sys, TestHost) throw this before they write anything
            // unless AllowSynchronousIO is set; this being the first write, the client has received nothing.
            throw new InvalidOperationException(
                "The export's output stream refuses synchronous writes (as an ASP.NET Core response body does), so nothing was written and the export is void. Use AddAsync instead of Add, then CompleteAsync.",
                refused);
        }

        _written = true;
        _buffer.Clear();
    }

    private async ValueTask WritePendingAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        await _output.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _written = true;
        _buffer.Clear();
    }

    private void ThrowIfCompleted()
    {
        if (_failed)
        {
            throw new InvalidOperationException("An earlier Add failed part-way, so this export is incomplete: discard its output and start another with IPrivacyPolicy.BeginExport.");
        }

        if (_completed)
        {
            throw new InvalidOperationException("The export is complete; start another with IPrivacyPolicy.BeginExport.");
        }
    }

    /// <summary>Receives a record added as its base type as its own type, and writes it so.</summary>
    private sealed class RuntimeTypeRecordWriter(SubjectAccessExport export) : IPersonalDataValueVisitor
    {
        public void Visit<T>(T value)
            where T : IPersonalData<T>
            => export.WriteRecordOf(value);
    }
}
