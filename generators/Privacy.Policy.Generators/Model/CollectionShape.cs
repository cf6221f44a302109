namespace Privacy.Policy.Generators.Model;

/// <summary>The collection shapes whose elements generated code redacts one by one.</summary>
internal enum CollectionShape
{
    /// <summary>A single value.</summary>
    None,

    /// <summary><c>T[]</c>: a new array.</summary>
    Array,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c>: read by index into a new array.</summary>
    ReadOnlyList,

    /// <summary><c>List&lt;T&gt;</c> and the other collection interfaces a new list satisfies.</summary>
    List,

    /// <summary><c>Dictionary&lt;TKey, TValue&gt;</c> and its interfaces: the values are redacted, the keys kept.</summary>
    Dictionary,
}
