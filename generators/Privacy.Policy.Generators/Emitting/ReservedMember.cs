namespace Privacy.Policy.Generators.Emitting;

/// <summary>A member name generated code declares on a personal-data type, which PRIV010 keeps free.</summary>
/// <param name="Name">The generated member's name.</param>
/// <param name="Parameters">
/// The generated method's number of parameters: a hand-written method with another number is an overload, not a clash.
/// <see langword="null"/> when any member of the name clashes.
/// </param>
/// <param name="Use">What the generated code uses the name for, as PRIV010's message says it.</param>
internal sealed record ReservedMember(string Name, int? Parameters, string Use)
{
    /// <summary>Whether a hand-written member called <see cref="Name"/> clashes: <paramref name="parameters"/> is its number of parameters when it is a method.</summary>
    public bool ClashesWith(int? parameters) => parameters is null || Parameters is null || parameters == Parameters;
}
