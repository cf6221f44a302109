using System;
using System.IO;
using Privacy.Policy.Tool.Cli;

namespace Privacy.Policy.Tool.Catalogs;

/// <summary>One service's catalog, read from the <c>*.privacy-catalog.json</c> its build wrote.</summary>
internal static class CatalogFile
{
    /// <summary>Reads the catalog at <paramref name="path"/>.</summary>
    /// <exception cref="ToolFailure">The file cannot be read or is not a catalog this version reads; the message names the file and the JSON path.</exception>
    public static PersonalDataCatalog Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ToolFailure($"Cannot read the catalog '{path}' ({(exception is FileNotFoundException or DirectoryNotFoundException ? "not found" : exception.GetType().Name)}).", exception);
        }

        try
        {
            return PersonalDataCatalog.FromJson(json);
        }
        catch (FormatException exception)
        {
            // FromJson's messages name the JSON path only, never what was found there.
            throw new ToolFailure($"The catalog '{path}' is not a Privacy.Policy catalog this tool reads: {exception.Message}", exception);
        }
    }
}
