using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Privacy.Policy.Tests.Text;

/// <summary>The invariants of <see cref="IPrivacyPolicy.Scrub(string)"/> over valid identifiers in Dutch and English filler.</summary>
public sealed class FreeTextProperties
{
    private static readonly IPrivacyPolicy Policy = TestPolicies.Create();

    [Property(MaxTest = 1000)]
    public Property An_embedded_valid_identifier_is_found_where_it_is()
        => Prop.ForAll(TextIdentifiers.Embedded.ToArbitrary(), sample =>
            Policy.FindPersonalData(sample.Text).Contains(sample.Expected).Label($"\"{sample.Text}\": {string.Join(", ", Policy.FindPersonalData(sample.Text))}"));

    [Property(MaxTest = 1000)]
    public Property Scrubbing_never_returns_a_valid_identifier_it_found()
        => Prop.ForAll(TextIdentifiers.Embedded.ToArbitrary(), sample =>
        {
            string scrubbed = Policy.Scrub(sample.Text);
            string value = sample.Text.Substring(sample.Expected.Start, sample.Expected.Length);
            string digits = new(value.Where(char.IsLetterOrDigit).ToArray());
            bool gone = !scrubbed.Contains(value) && !new string(scrubbed.Where(char.IsLetterOrDigit).ToArray()).Contains(digits);
            bool notFoundAgain = Policy.FindPersonalData(scrubbed).All(f => f.Format != sample.Expected.Format);
            return (gone && notFoundAgain).Label($"\"{sample.Text}\" -> \"{scrubbed}\"");
        });

    [Property(MaxTest = 1000)]
    public Property Scrubbing_is_idempotent()
        => Prop.ForAll(Gen.OneOf(TextIdentifiers.Embedded.Select(s => s.Text), ArbMap.Default.ArbFor<string>().Generator.Where(t => t is not null)).ToArbitrary(), text =>
        {
            string once = Policy.Scrub(text);
            string twice = Policy.Scrub(once);
            return (twice == once).Label($"\"{text}\" -> \"{once}\" -> \"{twice}\"");
        });

    [Property(MaxTest = 1000)]
    public Property Text_without_a_finding_is_returned_unchanged()
        => Prop.ForAll(Gen.OneOf(TextIdentifiers.Filler, ArbMap.Default.ArbFor<string>().Generator.Where(t => t is not null)).ToArbitrary(), text =>
            (Policy.FindPersonalData(text).Count > 0 || ReferenceEquals(Policy.Scrub(text), text)).Label($"\"{text}\""));

    [Property(MaxTest = 500)]
    public Property Filler_of_look_alikes_has_no_finding()
        => Prop.ForAll(TextIdentifiers.Filler.ToArbitrary(), text =>
            (Policy.FindPersonalData(text).Count == 0).Label($"\"{text}\": {string.Join(", ", Policy.FindPersonalData(text))}"));
}
