using System.ComponentModel;

namespace Privacy.Policy.Generated;

/// <summary>
/// Receives a value of a personal-data type as its own runtime type, with that type's generated static members in
/// reach: what <see cref="IPersonalDataValue.Accept"/> calls. The export and the logging tag provider use it to
/// describe and log a value held as its base type, <see cref="object"/> or an interface by its own type's descriptor,
/// with no reflection. Do not implement it outside this package.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPersonalDataValueVisitor
{
    /// <summary>Receives the value as the most derived personal-data type its generated code knows.</summary>
    /// <typeparam name="T">The value's own personal-data type.</typeparam>
    /// <param name="value">The value.</param>
    void Visit<T>(T value)
        where T : IPersonalData<T>;
}
