using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Privacy.Policy.CatalogWriter;

/// <summary>Writes a catalog's JSON to its file, indented for review in a pull request.</summary>
internal static class CatalogFile
{
    /// <summary>Writes <paramref name="json"/> indented to <paramref name="path"/>, creating its folder.</summary>
    /// <param name="json">The compact catalog JSON.</param>
    /// <param name="path">The output file.</param>
    /// <exception cref="CatalogInputException">The text is not JSON.</exception>
    public static void Write(string json, string path)
    {
        string indented;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
            {
                Indented = true,

                // The Dutch wording stays readable (é, ë) instead of \u escapes; the file is no HTML page.
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }))
            {
                document.WriteTo(writer);
            }

            indented = Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        }
        catch (JsonException exception)
        {
            throw new CatalogInputException($"the catalog the assembly carries is not JSON ({exception.Message}); it was written by a different generator.", exception);
        }

        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        // UTF-8 without a byte order mark, "\n" line ends: the same bytes on every machine.
        File.WriteAllText(path, indented.Replace("\r\n", "\n", System.StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
