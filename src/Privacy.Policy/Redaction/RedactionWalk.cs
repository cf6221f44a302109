using System.Collections.Generic;

namespace Privacy.Policy.Redaction;

/// <summary>
/// One redaction in progress on one thread: the values being copied (a back-reference to one of them is cut) and
/// the copies done (a shared reference gets the same copy, so the copy has the original's shape and a graph of
/// shared values costs one copy per value, not one per path).
/// </summary>
internal sealed class RedactionWalk
{
    public GraphPath Path { get; } = new();

    public PersonalDataRedactor? Redactor { get; set; }

    // Made only when a value holds a nested one: a flat record's redaction allocates nothing here.
    private Dictionary<object, object?>? _copies;

    public T Redact<T>(T value)
        where T : IPersonalData<T>
    {
        // A value type has no identity to meet again, and is never a cycle by itself.
        object? key = typeof(T).IsValueType ? null : value;
        if (key is not null)
        {
            if (Path.LevelsUpTo(key) > 0)
            {
                return default!;
            }

            if (_copies is not null && _copies.TryGetValue(key, out object? done) && done is T copy)
            {
                return copy;
            }
        }

        if (Path.IsFull)
        {
            return default!;
        }

        Path.Push(key);
        try
        {
            T copy = T.Redact(value, Redactor!);
            if (key is not null && Path.Count > 1)
            {
                (_copies ??= new Dictionary<object, object?>(ReferenceEqualityComparer.Instance))[key] = copy;
            }

            return copy;
        }
        finally
        {
            Path.Pop();
            if (Path.Count == 0)
            {
                // Nothing of one redaction is kept for the next: neither the originals nor their copies.
                _copies = null;
                Redactor = null;
            }
        }
    }
}
