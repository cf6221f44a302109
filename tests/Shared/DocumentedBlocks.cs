using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Privacy.Policy.Testing;

/// <summary>
/// Reads the named code blocks of a docs page or of the test code it shows, so a test can hold the page to the code
/// word for word: a block starts at a line matching <c>begin</c> (its <c>name</c> group names it) and ends at the next
/// line matching <c>end</c>; the common indentation is removed.
/// </summary>
internal static class DocumentedBlocks
{
    /// <summary>The blocks of <paramref name="lines"/> by name.</summary>
    /// <param name="lines">The file's lines.</param>
    /// <param name="begin">The pattern of a block's first marker line, with a <c>name</c> group.</param>
    /// <param name="end">The pattern of the line that ends a block.</param>
    /// <param name="skipFence">Whether the line after the marker is a Markdown fence to skip.</param>
    /// <returns>Each block's text, lines joined with <c>\n</c>.</returns>
    public static Dictionary<string, string> Read(string[] lines, string begin, string end, bool skipFence = false)
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = Regex.Match(lines[i], begin);
            if (!match.Success)
            {
                continue;
            }

            int start = skipFence ? i + 2 : i + 1;
            int stop = start;
            while (!Regex.IsMatch(lines[stop], end))
            {
                stop++;
            }

            List<string> body = lines[start..stop].ToList();
            int indent = body.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
            blocks[match.Groups["name"].Value] = string.Join("\n", body.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart()));
            i = stop;
        }

        return blocks;
    }
}
