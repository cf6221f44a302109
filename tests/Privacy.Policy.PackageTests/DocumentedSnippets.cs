using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Privacy.Policy.PackageTests;

/// <summary>
/// The fenced blocks of a Markdown page that carry a marker comment on the line before them,
/// <c>&lt;!-- tag: what --&gt;</c>, with the list indentation taken off.
/// </summary>
internal sealed class DocumentedSnippets
{
    private static readonly Regex Marker = new(@"^\s*<!--\s*(?<tag>[\w-]+):\s*(?<what>[^>]*?)\s*-->\s*$", RegexOptions.Compiled);

    private DocumentedSnippets(IReadOnlyList<Snippet> snippets) => All = snippets;

    public IReadOnlyList<Snippet> All { get; }

    /// <summary>Reads the marked blocks of <paramref name="path"/> with marker <paramref name="tag"/>, in the order they appear.</summary>
    public static DocumentedSnippets Read(string path, string tag)
    {
        string[] lines = File.ReadAllLines(path);
        var snippets = new List<Snippet>();
        for (int i = 0; i < lines.Length; i++)
        {
            Match marker = Marker.Match(lines[i]);
            if (!marker.Success || marker.Groups["tag"].Value != tag)
            {
                continue;
            }

            int fence = i + 1;
            string opening = fence < lines.Length ? lines[fence].TrimStart() : string.Empty;
            if (!opening.StartsWith("```", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {i + 1}: the marker must stand right above a fenced block.");
            }

            int indent = lines[fence].Length - opening.Length;
            var body = new List<string>();
            int line = fence + 1;
            for (; line < lines.Length && lines[line].Trim() != "```"; line++)
            {
                body.Add(lines[line].Length >= indent && string.IsNullOrWhiteSpace(lines[line][..indent]) ? lines[line][indent..] : lines[line].TrimStart());
            }

            if (line == lines.Length)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {fence + 1}: the fenced block is not closed.");
            }

            snippets.Add(new Snippet(marker.Groups["what"].Value, opening[3..].Trim(), body));
            i = line;
        }

        return new DocumentedSnippets(snippets);
    }

    /// <summary>The blocks marked exactly <paramref name="what"/>.</summary>
    public IEnumerable<Snippet> Marked(string what) => All.Where(s => s.What == what);

    /// <summary>
    /// The <c>PackageReference</c> elements of the blocks marked <c>packages</c>, with our own packages pointed at
    /// <paramref name="ownVersion"/>; each must name the version the repository builds (<paramref name="documentedVersion"/>).
    /// </summary>
    public IReadOnlyList<XElement> PackageReferences(string ownVersion, string documentedVersion)
    {
        var references = new List<XElement>();
        foreach (Snippet block in Marked("packages"))
        {
            XElement group = XElement.Parse("<ItemGroup>" + block.Text + "</ItemGroup>");
            foreach (XElement reference in group.Elements("PackageReference"))
            {
                string id = (string?)reference.Attribute("Include") ?? throw new InvalidDataException("A PackageReference without Include.");
                if (id.StartsWith("Privacy.Policy", StringComparison.Ordinal))
                {
                    string documented = (string?)reference.Attribute("Version") ?? string.Empty;
                    if (documented != documentedVersion)
                    {
                        throw new InvalidDataException($"The page names {id} {documented}; the repository builds {documentedVersion}.");
                    }

                    reference.SetAttributeValue("Version", ownVersion);
                }

                references.Add(reference);
            }
        }

        return references;
    }

    /// <summary>A project file for an executable that references exactly <paramref name="references"/>.</summary>
    public static string ConsumerProject(IEnumerable<XElement> references)
        => new XElement(
            "Project",
            new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement(
                "PropertyGroup",
                new XElement("OutputType", "Exe"),
                new XElement("TargetFramework", "net10.0"),
                new XElement("Nullable", "enable"),
                new XElement("ImplicitUsings", "disable"),
                new XElement("TreatWarningsAsErrors", "true")),
            new XElement("ItemGroup", references)).ToString();

    /// <summary>One marked block: its marker, its info string and its lines.</summary>
    public sealed record Snippet(string What, string Info, IReadOnlyList<string> Lines)
    {
        public string Text => string.Join("\n", Lines) + "\n";
    }
}
