using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// A unique value planted in test data, with the parts the masking rules may keep. Output leaks it when it contains
/// any 6-character run of the value that does not lie inside a kept part.
/// </summary>
public sealed record Canary(string Value, params string[] Kept)
{
    public const int RunLength = 6;

    public IEnumerable<string> LeakingRuns()
    {
        for (int i = 0; i + RunLength <= Value.Length; i++)
        {
            string run = Value.Substring(i, RunLength);
            if (!Kept.Any(kept => kept.Contains(run, System.StringComparison.Ordinal)))
            {
                yield return run;
            }
        }
    }

    public static void AssertNoneIn(string output, IEnumerable<Canary> canaries, string where)
    {
        foreach (Canary canary in canaries)
        {
            string? leaked = canary.LeakingRuns().FirstOrDefault(run => output.Contains(run, System.StringComparison.Ordinal));
            Assert.True(leaked is null, $"{where} leaks \"{leaked}\" of canary \"{canary.Value}\":\n{output}");
        }
    }
}
