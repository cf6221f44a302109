using System.IO;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Generated;

namespace Privacy.Policy.Tests.Export;

/// <summary>The fast paths of the export's value writers agree with NodaTime's own ISO patterns.</summary>
public sealed class PersonalDataJsonTests
{
    [Property(MaxTest = 2000)]
    public Property Instants_are_written_as_nodatime_writes_them()
        => Prop.ForAll(Gen.Choose(-2_000_000_000, 2_000_000_000).Two().ToArbitrary(), pair =>
        {
            int fraction = System.Math.Abs(pair.Item2);
            Duration subsecond = (fraction % 4) switch
            {
                0 => Duration.Zero,
                1 => Duration.FromMilliseconds(fraction % 1000),
                2 => Duration.FromTicks(fraction % NodaConstants.TicksPerSecond),
                _ => Duration.FromNanoseconds(fraction % NodaConstants.NanosecondsPerSecond),
            };
            Instant instant = Instant.FromUnixTimeSeconds((long)pair.Item1 * 16 + pair.Item2 % 16) + subsecond;
            string written = Write(writer => PersonalDataJson.WriteValue(writer, instant));
            return (written == InstantPattern.ExtendedIso.Format(instant)).Label($"{written} vs {InstantPattern.ExtendedIso.Format(instant)}");
        });

    [Property(MaxTest = 2000)]
    public Property Durations_are_written_as_normalised_iso_periods()
        => Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seconds =>
        {
            Duration duration = Duration.FromSeconds(seconds);
            string expected = PeriodPattern.NormalizingIso.Format(Period.FromTicks(duration.BclCompatibleTicks).Normalize());
            string written = Write(writer => PersonalDataJson.WriteValue(writer, duration));
            return (written == expected).Label($"{seconds}: {written} vs {expected}");
        });

    private static string Write(System.Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.GetString()!;
    }
}
