using System;
using System.Collections.Generic;

namespace Privacy.Policy.Tool.Cli;

/// <summary>The arguments of <c>privacy-policy merge</c>, parsed by hand: the command has five options and needs no library for them.</summary>
internal sealed class MergeArguments
{
    public const string Usage = """
        Usage: privacy-policy merge [--settings FILE]... [--published DIR] [--check] --out DIR CATALOG...

        Merges the catalogs of several services (each service's build writes <Assembly>.privacy-catalog.json) into the
        company's privacy statement and record of processing activities.

          CATALOG            a *.privacy-catalog.json file; one per service, at least one
          --settings FILE    an appsettings-style JSON file whose "PrivacyPolicy" section holds a service's settings
                             (controller, recipients, ...); repeat it for each service; the files are merged
          --published DIR    the folder holding the last published output; changes.md compares against it
          --check            exit 1 when any output differs from the one in --published (for CI)
          --out DIR          where to write privacy-statement.nl.md, privacy-statement.en.md,
                             record-of-processing.md, record-of-processing.json and changes.md

        Exit codes: 0 written (and, with --check, unchanged); 1 the services disagree, or --check found a change;
        2 a usage error, an unreadable file or a setting that is not valid.
        """;

    public List<string> SettingsFiles { get; } = [];

    public List<string> CatalogFiles { get; } = [];

    public string? PublishedDirectory { get; private set; }

    public string OutputDirectory { get; private set; } = string.Empty;

    public bool Check { get; private set; }

    /// <summary>Parses the arguments after <c>merge</c>.</summary>
    /// <exception cref="ToolFailure">They are not arguments of the command.</exception>
    public static MergeArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new MergeArguments();
        string? output = null;
        bool onlyCatalogs = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (onlyCatalogs || !arg.StartsWith('-') || arg == "-")
            {
                parsed.CatalogFiles.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    onlyCatalogs = true;
                    break;
                case "--settings":
                    parsed.SettingsFiles.Add(Value(args, ref i));
                    break;
                case "--published":
                    parsed.PublishedDirectory = Once(parsed.PublishedDirectory, Value(args, ref i), arg);
                    break;
                case "--out":
                    output = Once(output, Value(args, ref i), arg);
                    break;
                case "--check":
                    parsed.Check = true;
                    break;
                default:
                    throw new ToolFailure($"Unknown option '{arg}'.");
            }
        }

        if (output is null)
        {
            throw new ToolFailure("--out DIR is required: the folder to write the statement, the record and changes.md to.");
        }

        if (parsed.CatalogFiles.Count == 0)
        {
            throw new ToolFailure("At least one CATALOG (a *.privacy-catalog.json file) is required.");
        }

        if (parsed.Check && parsed.PublishedDirectory is null)
        {
            throw new ToolFailure("--check needs --published DIR: the output it compares against.");
        }

        parsed.OutputDirectory = output;
        return parsed;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        string option = args[i];
        if (i + 1 >= args.Count || args[i + 1].Length == 0)
        {
            throw new ToolFailure($"{option} needs a value.");
        }

        return args[++i];
    }

    private static string Once(string? current, string value, string option)
        => current is null ? value : throw new ToolFailure($"{option} is given twice.");
}
