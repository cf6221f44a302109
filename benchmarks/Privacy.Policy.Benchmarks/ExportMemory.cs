using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// <c>--export-memory N</c>: exports N call records of one subject, generated as they are read, to a stream that
/// counts bytes, and reports the managed heap's peak and the process's peak working set. Flat memory means the peak
/// does not grow with N.
/// </summary>
public static class ExportMemory
{
    public static async Task RunAsync(int count)
    {
        IPrivacyPolicy policy = Policies.Create();
        var output = new CountingStream();
        long peakHeap = 0;
        GC.Collect();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var stopwatch = Stopwatch.StartNew();

        await using (SubjectAccessExport export = policy.BeginExport(output, "C-100234"))
        {
            export.Add(Sampled(CallRecords.Generate(count)));
            await export.CompleteAsync();
        }

        stopwatch.Stop();
        using Process process = Process.GetCurrentProcess();
        Console.WriteLine($"records: {count:N0}");
        Console.WriteLine($"bytes written: {output.Length:N0}");
        Console.WriteLine($"managed heap before: {before / 1024.0 / 1024.0:F1} MiB, peak during export: {peakHeap / 1024.0 / 1024.0:F1} MiB");
        Console.WriteLine($"process peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:F1} MiB");
        Console.WriteLine($"time: {stopwatch.Elapsed.TotalSeconds:F2} s ({count / stopwatch.Elapsed.TotalSeconds:N0} records/s, one thread, records generated on the fly)");

        IEnumerable<CallRecord> Sampled(IEnumerable<CallRecord> records)
        {
            int i = 0;
            foreach (CallRecord record in records)
            {
                if (++i % 10_000 == 0)
                {
                    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                }

                yield return record;
            }
        }
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
