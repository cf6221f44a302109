using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>Which export calls write synchronously, and what happens on a stream that refuses it.</summary>
public sealed class SynchronousWriteTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public async Task A_synchronous_Add_on_a_stream_that_refuses_it_fails_before_the_first_byte_even_for_one_record()
    {
        var stream = new AsyncOnlyStream();
        SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234");

        var failure = Assert.Throws<InvalidOperationException>(() => export.Add([GeneratedRedactTests.Call()]));
        await export.DisposeAsync();
        export.Dispose();

        Assert.Contains("refuses synchronous writes", failure.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was written", failure.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Equal(0, stream.Length);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await export.AddAsync([GeneratedRedactTests.Call()]));
    }

    [Fact]
    public async Task AddAsync_CompleteAsync_and_DisposeAsync_never_write_synchronously()
    {
        var stream = new AsyncOnlyStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234"))
        {
            await export.AddAsync(Enumerable.Repeat(GeneratedRedactTests.Call(), 500).ToList());
            await export.AddAsync(new BothEnumerable(Enumerable.Repeat(GeneratedRedactTests.Call(), 500)));
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        JsonElement types = document.RootElement.GetProperty("recordTypes");
        Assert.Equal([500, 500], types.EnumerateArray().Select(type => type.GetProperty("records").GetArrayLength()));
        Assert.True(stream.AsyncWrites > 1, "the records are written as they come, not gathered");
    }

    [Fact]
    public void A_closed_stream_is_reported_as_closed_not_as_refusing_synchronous_writes()
    {
        var stream = new MemoryStream();
        SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234");
        stream.Dispose();

        var failure = Assert.Throws<ObjectDisposedException>(() => export.Add([GeneratedRedactTests.Call()]));

        Assert.DoesNotContain("refuses synchronous writes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_an_export_that_was_not_completed_writes_nothing_more()
    {
        using var stream = new MemoryStream();
        SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234");
        export.Add([GeneratedRedactTests.Call()]);
        long written = stream.Length;
        await export.AddAsync([GeneratedRedactTests.Call()]);

        await export.DisposeAsync();

        Assert.True(written > 0, "a synchronous Add writes before it returns");
        Assert.Equal(written, stream.Length);
    }

    /// <summary>Like an ASP.NET Core response body: synchronous writes and flushes throw, before writing anything.</summary>
    private sealed class AsyncOnlyStream : MemoryStream
    {
        public int AsyncWrites { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => throw Refused();

        public override void Write(ReadOnlySpan<byte> buffer) => throw Refused();

        public override void WriteByte(byte value) => throw Refused();

        public override void Flush() => throw Refused();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            AsyncWrites++;
            base.Write(buffer.ToArray(), 0, buffer.Length); // MemoryStream's own, not the override above
            return default;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private static InvalidOperationException Refused() => new("Synchronous operations are disallowed. Call WriteAsync or set AllowSynchronousIO to true instead.");
    }

    /// <summary>Like an Entity Framework Core <c>DbSet</c>: enumerable both ways; enumerating it synchronously is the mistake.</summary>
    private sealed class BothEnumerable(IEnumerable<CallRecord> records) : IEnumerable<CallRecord>, IAsyncEnumerable<CallRecord>
    {
        public IEnumerator<CallRecord> GetEnumerator() => throw new InvalidOperationException("enumerated synchronously");

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public async IAsyncEnumerator<CallRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            foreach (CallRecord record in records)
            {
                await Task.Yield();
                yield return record;
            }
        }
    }
}
