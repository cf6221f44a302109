using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Processing;

namespace MisterVoip;

/// <summary>The sample's command line.</summary>
public sealed class Options
{
    public int Customers { get; private set; } = 50;

    public LocalDate AsOf { get; private set; } = new(2026, 11, 29);

    public string Out { get; private set; } = "out";

    public int Seed { get; private set; } = 20261129;

    public bool Help { get; private set; }

    public bool Statement { get; private set; }

    public bool Record { get; private set; }

    public StatementLanguage Language { get; private set; } = StatementLanguage.Dutch;

    public static bool TryParse(string[] args, [NotNullWhen(true)] out Options? options, [NotNullWhen(false)] out string? error)
    {
        options = new Options();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                options.Help = true;
                continue;
            }

            if (name is "--statement" or "--record")
            {
                options.Statement |= name == "--statement";
                options.Record |= name == "--record";
                continue;
            }

            if (name is not ("--customers" or "--as-of" or "--out" or "--seed" or "--language"))
            {
                error = $"Unknown option '{name}'.";
                options = null;
                return false;
            }

            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value.";
                options = null;
                return false;
            }

            string value = args[++i];
            switch (name)
            {
                case "--customers" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int customers) && customers is >= 1 and <= 100_000:
                    options.Customers = customers;
                    break;
                case "--customers":
                    error = $"--customers must be a whole number from 1 to 100000, not '{value}'.";
                    break;
                case "--as-of" when LocalDatePattern.Iso.Parse(value) is { Success: true } date:
                    options.AsOf = date.Value;
                    break;
                case "--as-of":
                    error = $"--as-of must be a date as yyyy-MM-dd, not '{value}'.";
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int seed):
                    options.Seed = seed;
                    break;
                case "--seed":
                    error = $"--seed must be a whole number, not '{value}'.";
                    break;
                case "--language" when value is "nl" or "en":
                    options.Language = value == "nl" ? StatementLanguage.Dutch : StatementLanguage.English;
                    break;
                case "--language":
                    error = $"--language must be nl or en, not '{value}'.";
                    break;
                default:
                    options.Out = value;
                    break;
            }

            if (error is not null)
            {
                options = null;
                return false;
            }
        }

        return true;
    }
}
