namespace Privacy.Policy;

/// <summary>
/// Where <see cref="IPrivacyPolicy.FindPersonalData(string)"/> found one identifier in a text: its format and its
/// place, never the value itself, so a finding can be logged.
/// </summary>
/// <param name="Format">What was found: <see cref="DataFormat.Bsn"/>, <see cref="DataFormat.Iban"/>, ...</param>
/// <param name="Start">The index of its first character, in UTF-16 code units.</param>
/// <param name="Length">Its length, in UTF-16 code units.</param>
public readonly record struct TextFinding(DataFormat Format, int Start, int Length);
