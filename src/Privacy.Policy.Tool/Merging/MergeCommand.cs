using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Privacy.Policy.Tool.Catalogs;
using Privacy.Policy.Tool.Cli;
using Privacy.Policy.Tool.Output;
using Privacy.Policy.Tool.Settings;

namespace Privacy.Policy.Tool.Merging;

/// <summary>
/// <c>privacy-policy merge</c>: reads every catalog and settings file, merges them, and stops with every disagreement
/// listed when the services disagree; otherwise writes the company's statement (Dutch and English), its record of
/// processing (Markdown and JSON) and changes.md to the output folder.
/// </summary>
internal sealed class MergeCommand(TextWriter output, TextWriter error)
{
    /// <summary>Runs the merge.</summary>
    /// <returns>The exit code.</returns>
    /// <exception cref="ToolFailure">A file cannot be read or its settings are not valid.</exception>
    public int Run(MergeArguments arguments)
    {
        List<PersonalDataCatalog> catalogs = [.. arguments.CatalogFiles.Select(CatalogFile.Load)];
        foreach (IGrouping<string, PersonalDataCatalog> twice in catalogs.GroupBy(catalog => catalog.AssemblyName).Where(group => group.Count() > 1))
        {
            throw new ToolFailure($"The catalog of {twice.Key} is given {twice.Count()} times.");
        }

        List<SettingsFile> settings = [.. arguments.SettingsFiles.Select(SettingsFile.Load)];

        var disagreements = new List<Disagreement>();
        IReadOnlyList<PersonalDataCatalog> merged = CatalogMerger.Merge(catalogs, disagreements);
        IReadOnlyList<string> failures = SettingsFile.Validate(
            services => services.AddPrivacyPolicy(options =>
            {
                SettingsMerger.Merge(settings, options, disagreements);
                SettingsFile.ForStatement(options);
            }),
            out PrivacyPolicyOptions options);

        // Each file was valid on its own; together they may not be (a recipient abroad from one service, no transfer
        // safeguards in another's controller settings): that is the services disagreeing too.
        if (disagreements.Count == 0)
        {
            disagreements.AddRange(failures.Select(failure => new Disagreement("The merged settings are not valid: " + failure)));
        }

        if (disagreements.Count > 0)
        {
            error.WriteLine($"privacy-policy: the services disagree ({disagreements.Count}); nothing was written:");
            foreach (Disagreement disagreement in disagreements)
            {
                error.WriteLine("  " + disagreement.Message);
            }

            return ExitCodes.Disagreement;
        }

        IReadOnlyList<(string File, string Text)> documents = CompanyDocuments.Render(merged, options);
        var changed = new List<string>();
        string changes = ChangeReport.Write(documents, arguments.PublishedDirectory, changed);
        try
        {
            Directory.CreateDirectory(arguments.OutputDirectory);
            foreach ((string file, string text) in documents)
            {
                File.WriteAllText(Path.Combine(arguments.OutputDirectory, file), text);
            }

            File.WriteAllText(Path.Combine(arguments.OutputDirectory, CompanyDocuments.Changes), changes);
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
        {
            throw new ToolFailure($"Cannot write to '{arguments.OutputDirectory}' ({exception.GetType().Name}).", exception);
        }

        output.WriteLine($"privacy-policy: merged {catalogs.Count} catalogs ({string.Join(", ", catalogs.Select(c => c.AssemblyName))}) and {settings.Count} settings files into {arguments.OutputDirectory}.");
        output.WriteLine(
            arguments.PublishedDirectory is null ? "No published version was given: every file is new."
            : changed.Count == 0 ? "No changes against the published version."
            : $"Changed against the published version: {string.Join(", ", changed)} (see {CompanyDocuments.Changes}).");
        if (arguments.Check && changed.Count > 0)
        {
            error.WriteLine($"privacy-policy: --check: {changed.Count} files differ from the published version: {string.Join(", ", changed)}. Review {Path.Combine(arguments.OutputDirectory, CompanyDocuments.Changes)} and publish them.");
            return ExitCodes.Disagreement;
        }

        return ExitCodes.Success;
    }
}
