using System;
using System.IO;

namespace Privacy.Policy.CatalogWriter;

/// <summary>
/// <c>CatalogWriter &lt;assembly.dll&gt; &lt;output.json&gt;</c>: writes the catalog an assembly carries to a file. Exit
/// code 0 when written, and when the assembly carries none (nothing is written then); 2 when the arguments are wrong
/// or the input is missing or no .NET assembly.
/// </summary>
internal static class Program
{
    /// <summary>Exit code for a usage error or unreadable input.</summary>
    private const int BadInput = 2;

    /// <summary>Runs the writer.</summary>
    /// <param name="args">The assembly's path and the output path.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length != 2 || args[0].Length == 0 || args[1].Length == 0)
        {
            Console.Error.WriteLine("Usage: CatalogWriter <assembly.dll> <output.json>");
            return BadInput;
        }

        string? json;
        try
        {
            json = CatalogMetadata.Read(args[0]);
        }
        catch (CatalogInputException exception)
        {
            Console.Error.WriteLine($"CatalogWriter: {exception.Message}");
            return BadInput;
        }

        if (json is null)
        {
            return 0;
        }

        try
        {
            CatalogFile.Write(json, args[1]);
        }
        catch (CatalogInputException exception)
        {
            Console.Error.WriteLine($"CatalogWriter: {args[0]}: {exception.Message}");
            return BadInput;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The message names the path; the catalog holds no values, so nothing personal can be in it.
            Console.Error.WriteLine($"CatalogWriter: cannot write {args[1]}: {exception.Message}");
            return BadInput;
        }

        return 0;
    }
}
