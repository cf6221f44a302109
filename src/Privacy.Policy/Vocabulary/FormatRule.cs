#if !PRIVACY_POLICY_GENERATOR
using System;

namespace Privacy.Policy.Vocabulary;

/// <summary>
/// A format's rule for one value: writes the masked or normalised form of <paramref name="input"/>; false when the value
/// cannot be read (it is then erased whole) or <paramref name="destination"/> is too small.
/// </summary>
internal delegate bool FormatRule(ReadOnlySpan<char> input, Span<char> destination, ReadOnlySpan<char> countryCode, out int written);
#endif
