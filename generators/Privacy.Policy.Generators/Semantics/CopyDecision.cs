using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// How a redacted copy of a type is made, and, when it cannot be (<see cref="CopyStrategy.None"/>), why: the member in
/// the way, if one is, and the reason PRIV007 reports. <see cref="Member"/> and <see cref="Reason"/> are
/// <see langword="null"/> whenever a copy can be made.
/// </summary>
/// <param name="Strategy">How the generated code copies the type.</param>
/// <param name="Member">The member a copy cannot set, when that is what stops it.</param>
/// <param name="Reason">Why no copy can be made, saying how to fix it.</param>
internal readonly record struct CopyDecision(CopyStrategy Strategy, ISymbol? Member, string? Reason)
{
    /// <summary>A copy made by <paramref name="strategy"/>.</summary>
    public static CopyDecision By(CopyStrategy strategy) => new(strategy, null, null);

    /// <summary>No copy can be made, because of <paramref name="member"/> (if any) for <paramref name="reason"/>.</summary>
    public static CopyDecision Impossible(ISymbol? member, string reason) => new(CopyStrategy.None, member, reason);
}
