using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Privacy.Policy.Tool.Output;

/// <summary>
/// changes.md: for each document, how it differs from the same file in the published folder ("No changes.", "New
/// file." or the changed lines with a little context), so a reviewer sees what a change to the code changes in the
/// statement before it is published.
/// </summary>
internal static class ChangeReport
{
    /// <summary>Writes the report for <paramref name="documents"/> against <paramref name="publishedDirectory"/>.</summary>
    /// <param name="documents">The documents just written.</param>
    /// <param name="publishedDirectory">The published folder; <see langword="null"/> when none was given (every file is new).</param>
    /// <param name="changed">The documents that differ from their published version, or have none.</param>
    /// <returns>The report's Markdown.</returns>
    public static string Write(IReadOnlyList<(string File, string Text)> documents, string? publishedDirectory, List<string> changed)
    {
        var report = new StringBuilder();
        report.Append("# Changes against the published version\n\n");
        report.Append(publishedDirectory is null
            ? "No published version was given: every file is new.\n"
            : "Each file compared with the same file in the published folder; `-` lines are removed, `+` lines added.\n");
        foreach ((string file, string text) in documents)
        {
            report.Append("\n## ").Append(file).Append("\n\n");
            string? published = publishedDirectory is null ? null : ReadPublished(Path.Combine(publishedDirectory, file));
            if (published is null)
            {
                changed.Add(file);
                report.Append("New file.\n");
                continue;
            }

            string hunks = LineDiff.Hunks(published, text, out int removed, out int added);
            if (hunks.Length == 0)
            {
                report.Append("No changes.\n");
                continue;
            }

            changed.Add(file);
            string fence = Fence(hunks);
            report.Append(removed).Append(removed == 1 ? " line removed, " : " lines removed, ").Append(added).Append(added == 1 ? " line added.\n\n" : " lines added.\n\n");
            report.Append(fence).Append("diff\n").Append(hunks).Append(fence).Append('\n');
        }

        return report.ToString();
    }

    private static string? ReadPublished(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    /// <summary>A code fence longer than any run of backticks in the diff, so Markdown in the statement cannot end it.</summary>
    private static string Fence(string content)
    {
        int longest = 0, run = 0;
        foreach (char c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longest = run > longest ? run : longest;
        }

        return new string('`', longest < 3 ? 3 : longest + 1);
    }
}
