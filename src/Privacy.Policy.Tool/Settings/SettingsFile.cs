using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Privacy.Policy.Tool.Cli;

namespace Privacy.Policy.Tool.Settings;

/// <summary>
/// One service's settings: the <c>"PrivacyPolicy"</c> section of an appsettings-style JSON file, bound with the
/// package's own strict binder (<c>AddPrivacyPolicy(IConfiguration)</c>) and validated as the service's start-up
/// validates it, so a file the service would refuse is refused here too.
/// </summary>
internal sealed class SettingsFile
{
    /// <summary>The configuration section the services read their settings from.</summary>
    public const string SectionName = "PrivacyPolicy";

    private SettingsFile(string path, IConfigurationSection section, PrivacyPolicyOptions options)
    {
        Path = path;
        Section = section;
        Options = options;
    }

    /// <summary>The file as given on the command line.</summary>
    public string Path { get; }

    /// <summary>Its <c>"PrivacyPolicy"</c> section: which settings the file sets at all.</summary>
    public IConfigurationSection Section { get; }

    /// <summary>The settings, bound and validated.</summary>
    public PrivacyPolicyOptions Options { get; }

    /// <summary>Whether the file sets <paramref name="key"/> (a path under the section, such as <c>Controller:Name</c>) to a non-empty value.</summary>
    public bool Sets(string key) => !string.IsNullOrEmpty(Section[key]);

    /// <summary>Reads, binds and validates <paramref name="path"/>.</summary>
    /// <exception cref="ToolFailure">The file cannot be read, has no section, or a setting in it is not valid; the message names the file and the setting.</exception>
    public static SettingsFile Load(string path)
    {
        IConfigurationRoot configuration;
        try
        {
            string full = System.IO.Path.GetFullPath(path);
            configuration = new ConfigurationBuilder()
                .SetBasePath(System.IO.Path.GetDirectoryName(full)!)
                .AddJsonFile(System.IO.Path.GetFileName(full), optional: false, reloadOnChange: false)
                .Build();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or ArgumentException)
        {
            // The parser's message may quote the text it stopped at: only the kind of failure is shown.
            throw new ToolFailure($"Cannot read the settings file '{path}' ({Describe(exception)}).", exception);
        }

        IConfigurationSection section = configuration.GetSection(SectionName);
        if (!section.Exists())
        {
            throw new ToolFailure($"The settings file '{path}' has no \"{SectionName}\" section.");
        }

        IReadOnlyList<string> failures = Validate(services => services.AddPrivacyPolicy(section, ForStatement), out PrivacyPolicyOptions options);
        if (failures.Count > 0)
        {
            throw new ToolFailure($"The settings file '{path}' is not valid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures));
        }

        return new SettingsFile(path, section, options);
    }

    /// <summary>
    /// Binds options through the package's own registration and runs its start-up validation on them.
    /// </summary>
    /// <returns>The validation failures, each naming its setting; empty when the options are valid.</returns>
    public static IReadOnlyList<string> Validate(Action<IServiceCollection> register, out PrivacyPolicyOptions options)
    {
        var services = new ServiceCollection();
        register(services);
        using ServiceProvider provider = services.BuildServiceProvider();
        try
        {
            options = provider.GetRequiredService<IOptions<PrivacyPolicyOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException exception)
        {
            options = new PrivacyPolicyOptions();
            return [.. exception.Failures];
        }
    }

    /// <summary>
    /// The pseudonymisation key is a secret each service reads from its secret store, never from a file under review,
    /// and the statement and the record do not use it. Start-up requires one once recipients are declared; here a
    /// throwaway key stands in for it, so every other setting is validated as at start-up. A key the file does set is
    /// validated as it is.
    /// </summary>
    public static void ForStatement(PrivacyPolicyOptions options)
    {
        if (string.IsNullOrEmpty(options.Pseudonymization.Key))
        {
            options.Pseudonymization.Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            options.Pseudonymization.KeyId ??= "merge";
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException => "not found",
        DirectoryNotFoundException => "its folder was not found",
        UnauthorizedAccessException => "access denied",
        FormatException or InvalidDataException => "not valid JSON",
        _ => exception.GetType().Name,
    };
}
