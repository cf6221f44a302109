using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Generators.Classification;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Classification;

/// <summary>
/// PRIV002 must accept exactly the retention periods the runtime can use: those NodaTime parses as ISO-8601 and
/// that are longer than zero.
/// </summary>
public class IsoPeriodTests
{
    private static readonly char[] Alphabet = "PTYMWDHS0123456789.,-+ ".ToCharArray();

    private static bool RuntimeAccepts(string text)
    {
        ParseResult<Period> result = PeriodPattern.NormalizingIso.Parse(text);
        if (!result.Success)
        {
            return false;
        }

        Period p = result.Value;
        long[] components = [p.Years, p.Months, p.Weeks, p.Days, p.Hours, p.Minutes, p.Seconds, p.Milliseconds, p.Ticks, p.Nanoseconds];
        return components.All(c => c >= 0) && components.Any(c => c > 0);
    }

    /// <summary>Strings over the period alphabet, most of them nearly valid.</summary>
    private static Arbitrary<string> PeriodLikeStrings()
    {
        Gen<string> noise = Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars));
        Gen<string> unit = Gen.Elements("Y", "M", "W", "D", "H", "S", "T");
        Gen<string> number = Gen.OneOf(
            Gen.Choose(0, 400).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("0", "00", "2147483647", "2147483648", "9223372036854775807", "1.5", "0.000000001", "0,5", "1.0000000001"));
        Gen<string> Part(string unit) => Gen.Frequency(
            (2, Gen.Constant(string.Empty)),
            (3, number.Select(n => n + unit)));
        Gen<string> datePart = Gen.Zip(Gen.Zip(Part("Y"), Part("M")), Gen.Zip(Part("W"), Part("D")))
            .Select(t => t.Item1.Item1 + t.Item1.Item2 + t.Item2.Item1 + t.Item2.Item2);
        Gen<string> timePart = Gen.Zip(Gen.Zip(Part("H"), Part("M")), Part("S"))
            .Select(t => t.Item1.Item1 + t.Item1.Item2 + t.Item2);
        Gen<string> wellFormed = Gen.Zip(datePart, Gen.Zip(Gen.Elements(true, false), timePart))
            .Select(t => "P" + t.Item1 + (t.Item2.Item1 ? "T" + t.Item2.Item2 : string.Empty));

        // Near misses: a well-formed period with one character of the alphabet inserted somewhere.
        Gen<string> nearMiss = Gen.Zip(wellFormed, Gen.Zip(Gen.Elements(Alphabet), Gen.Choose(0, 40)))
            .Select(t => t.Item1.Insert(System.Math.Min(t.Item2.Item2, t.Item1.Length), t.Item2.Item1.ToString()));
        return Gen.Frequency((1, noise), (4, wellFormed), (2, nearMiss)).ToArbitrary();
    }

    [Property(MaxTest = 5000)]
    public Property Analyzer_accepts_exactly_what_the_runtime_accepts()
        => Prop.ForAll(PeriodLikeStrings(), text => (IsoPeriod.IsPositive(text) == RuntimeAccepts(text)).Label($"\"{text}\": analyzer {IsoPeriod.IsPositive(text)}, runtime {RuntimeAccepts(text)}"));

    [Theory]
    [InlineData("P7Y")]
    [InlineData("P1Y2M3W4DT5H6M7.5S")]
    [InlineData("PT48H")]
    [InlineData("P2147483647D")]
    [InlineData("P-0Y360D")]
    public void Typical_periods_are_valid_for_both(string text)
    {
        Assert.True(RuntimeAccepts(text));
        Assert.True(IsoPeriod.IsPositive(text));
    }

    [Theory]
    [InlineData("7 years")]
    [InlineData("P0D")]
    [InlineData("P-1D")]
    [InlineData("P2147483648D")]
    [InlineData("PT19223372036854775807S")]
    [InlineData("PT9223372036854775808S")]
    [InlineData("P")]
    [InlineData(null)]
    public void Invalid_or_empty_periods_are_rejected(string? text)
        => Assert.False(IsoPeriod.IsPositive(text));
}
