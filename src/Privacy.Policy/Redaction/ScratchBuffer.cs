using System;
using System.Buffers;

namespace Privacy.Policy.Redaction;

/// <summary>
/// The working buffer of one redaction: the caller's stack space when the value is small, else a rented array that
/// is cleared before it goes back to the pool, because it held a copy of the value.
/// </summary>
internal ref struct ScratchBuffer
{
    private readonly char[]? _rented;

    public ScratchBuffer(Span<char> stack, int capacity)
    {
        if (capacity <= stack.Length)
        {
            Span = stack;
            _rented = null;
        }
        else
        {
            _rented = ArrayPool<char>.Shared.Rent(capacity);
            Span = _rented;
        }
    }

    public Span<char> Span { get; }

    public readonly void Dispose()
    {
        if (_rented is not null)
        {
            Span.Clear();
            ArrayPool<char>.Shared.Return(_rented);
        }
    }
}
