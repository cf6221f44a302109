using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Privacy.Policy.Tool.Output;
using Xunit;

namespace Privacy.Policy.Tool.Tests;

/// <summary>The line diff changes.md prints: only changed lines, with a little context, in unified-diff hunks.</summary>
public sealed class LineDiffTests
{
    [Fact]
    public void Equal_texts_have_no_hunks_whatever_their_line_endings()
        => Assert.Equal(string.Empty, LineDiff.Hunks("a\r\nb\r\n", "a\nb\n", out _, out _));

    [Fact]
    public void A_changed_line_is_removed_and_added_with_two_lines_of_context()
    {
        string before = "1\n2\n3\n4\n5\n6\n7\n";
        string after = "1\n2\n3\nfour\n5\n6\n7\n";

        string hunks = LineDiff.Hunks(before, after, out int removed, out int added);

        Assert.Equal("@@ -2,5 +2,5 @@\n 2\n 3\n-4\n+four\n 5\n 6\n", hunks);
        Assert.Equal((1, 1), (removed, added));
    }

    [Fact]
    public void Changes_far_apart_are_separate_hunks_and_an_added_line_at_the_end_has_no_old_lines()
    {
        string before = "a\nb\nc\nd\ne\nf\ng\nh\ni\n";
        string after = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";

        string hunks = LineDiff.Hunks(before, after, out int removed, out int added);

        Assert.Equal("@@ -1,3 +1,3 @@\n-a\n+A\n b\n c\n@@ -8,2 +8,3 @@\n h\n i\n+j\n", hunks);
        Assert.Equal((1, 2), (removed, added));
        Assert.Equal("@@ -0,0 +1,1 @@\n+x\n", LineDiff.Hunks(string.Empty, "x\n", out _, out _));
    }

    [Property(MaxTest = 300)]
    public Property The_hunks_hold_exactly_the_lines_that_differ()
        => Prop.ForAll(Lines().ToArbitrary(), Lines().ToArbitrary(), (a, b) =>
        {
            string hunks = LineDiff.Hunks(Text(a), Text(b), out int removed, out int added);
            string[] lines = hunks.Length == 0 ? [] : hunks.TrimEnd('\n').Split('\n');
            IEnumerable<string> old = lines.Where(line => line[0] is '-' or ' ').Select(line => line[1..]);
            IEnumerable<string> @new = lines.Where(line => line[0] is '+' or ' ').Select(line => line[1..]);
            int common = Lcs(a, b);
            return (hunks.Length == 0) == a.SequenceEqual(b)
                && removed == a.Length - common
                && added == b.Length - common
                && IsSubsequence(old, a)
                && IsSubsequence(@new, b);
        });

    private static Gen<string[]> Lines() => Gen.Elements("a", "b", "c", "d").ArrayOf();

    private static string Text(string[] lines) => lines.Length == 0 ? string.Empty : string.Join('\n', lines) + "\n";

    private static bool IsSubsequence(IEnumerable<string> part, string[] whole)
    {
        int i = 0;
        foreach (string line in part)
        {
            while (i < whole.Length && whole[i] != line)
            {
                i++;
            }

            if (i++ == whole.Length)
            {
                return false;
            }
        }

        return true;
    }

    private static int Lcs(string[] a, string[] b)
    {
        int[,] table = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
