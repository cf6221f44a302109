namespace Privacy.Policy.Redaction;

/// <summary>
/// The values on the current path of one walk over an object graph (a copy, a <c>ToString</c>, an export), compared
/// by reference: what lets a walk cut a back-reference instead of following a cycle until the stack or the memory
/// runs out, and stop at <see cref="MaxDepth"/> levels so that a long acyclic chain (a linked list of a hundred
/// thousand entities) cannot overflow the stack either. A walk owns its path (or a thread does), so it needs no lock.
/// </summary>
internal sealed class GraphPath
{
    /// <summary>
    /// How many values a path holds, the root included: a value nested deeper is cut (erased, or shown and exported
    /// as cut off). Deep enough for any domain model, shallow enough for a thread pool thread's stack.
    /// </summary>
    public const int MaxDepth = 64;

    private readonly object?[] _values = new object?[MaxDepth];

    /// <summary>The number of values on the path.</summary>
    public int Count { get; private set; }

    /// <summary>Whether one more value would be nested deeper than <see cref="MaxDepth"/>.</summary>
    public bool IsFull => Count >= MaxDepth;

    /// <summary>
    /// How many levels up the path <paramref name="value"/> already is: 1 for the value on top (the holder of the
    /// member being walked), 0 when it is not on the path.
    /// </summary>
    public int LevelsUpTo(object value)
    {
        for (int i = Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_values[i], value))
            {
                return Count - i;
            }
        }

        return 0;
    }

    /// <summary>Enters a value; <see langword="null"/> for a value type, which has no identity but takes a level.</summary>
    public void Push(object? value) => _values[Count++] = value;

    /// <summary>Leaves the value on top, and lets it go.</summary>
    public void Pop() => _values[--Count] = null;
}
