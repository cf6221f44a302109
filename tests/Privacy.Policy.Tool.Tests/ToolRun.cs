using System;
using System.Collections.Generic;
using System.IO;
using MisterVoip;
using MisterVoip.Helpdesk;
using Privacy.Policy.Testing;
using Privacy.Policy.Tool.Cli;

namespace Privacy.Policy.Tool.Tests;

/// <summary>
/// Runs <c>privacy-policy</c> in-process, through the entry method its Main calls, in a scratch folder that holds the
/// two sample services' catalogs as their builds write them (written here with <see cref="PersonalDataCatalog.ToJson"/>).
/// </summary>
internal sealed class ToolRun : IDisposable
{
    public ToolRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "privacy-policy-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        MisterVoipCatalog = Write("MisterVoip.privacy-catalog.json", MisterVoipPolicy.Catalog.ToJson());
        HelpdeskCatalog = Write("MisterVoip.Helpdesk.privacy-catalog.json", HelpdeskPolicy.Catalog.ToJson());
    }

    public static string MisterVoipSettings => RepositoryPaths.Combine("samples", "MisterVoip", "appsettings.json");

    public static string HelpdeskSettings => RepositoryPaths.Combine("samples", "MisterVoip.Helpdesk", "appsettings.json");

    public static string Published => RepositoryPaths.Combine("samples", "Company", "published");

    public string Folder { get; }

    public string MisterVoipCatalog { get; }

    public string HelpdeskCatalog { get; }

    public string Out => Path.Combine(Folder, "out");

    public string Output { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    /// <summary>Writes <paramref name="text"/> to a file in the scratch folder.</summary>
    public string Write(string file, string text)
    {
        string path = Path.Combine(Folder, file);
        File.WriteAllText(path, text);
        return path;
    }

    public string ReadOut(string file) => File.ReadAllText(Path.Combine(Out, file));

    /// <summary>Runs the tool with <paramref name="args"/>; its output and error text are kept in <see cref="Output"/> and <see cref="Error"/>.</summary>
    public int Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ToolCommand.Run(args, output, error);
        Output = output.ToString();
        Error = error.ToString();
        return exit;
    }

    /// <summary>The company's merge: both services' settings and catalogs, against <paramref name="published"/>.</summary>
    public int Merge(string? published = null, bool check = false, IEnumerable<string>? settings = null, IEnumerable<string>? catalogs = null)
    {
        var args = new List<string> { "merge" };
        foreach (string file in settings ?? [MisterVoipSettings, HelpdeskSettings])
        {
            args.Add("--settings");
            args.Add(file);
        }

        if (published is not null)
        {
            args.Add("--published");
            args.Add(published);
        }

        if (check)
        {
            args.Add("--check");
        }

        args.Add("--out");
        args.Add(Out);
        args.AddRange(catalogs ?? [MisterVoipCatalog, HelpdeskCatalog]);
        return Run([.. args]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left behind in the temp folder harms nothing.
        }
    }
}
