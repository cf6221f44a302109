using System.Collections.Generic;

namespace Privacy.Policy;

/// <summary>What erasing one value produced: the copy, what was kept and why, and what was erased.</summary>
/// <typeparam name="T">The personal-data type.</typeparam>
public sealed class ErasureResult<T>
{
    internal ErasureResult(T value, IReadOnlyList<RetainedMember> retained, IReadOnlyList<string> erased)
    {
        Value = value;
        Retained = retained;
        Erased = erased;
    }

    /// <summary>A copy in which every personal-data member is erased except those in <see cref="Retained"/>.</summary>
    public T Value { get; }

    /// <summary>The members a running legal obligation keeps, with the purpose, legal basis and end of each.</summary>
    public IReadOnlyList<RetainedMember> Retained { get; }

    /// <summary>The personal-data members that were erased, by name (paths for nested values).</summary>
    public IReadOnlyList<string> Erased { get; }

    /// <inheritdoc />
    public override string ToString() => $"ErasureResult<{typeof(T).Name}> ({Erased.Count} erased, {Retained.Count} retained)";
}
