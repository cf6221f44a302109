using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Privacy.Policy.Testing;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.DependencyInjection;

/// <summary>
/// <c>AddPrivacyPolicy(configurationSection)</c>: an appsettings.json binds every setting, and every key it cannot use
/// fails start-up naming the key, never the value.
/// </summary>
public sealed class ConfigurationBindingTests
{
    private static readonly string ValidKey = Convert.ToBase64String(TestRedactors.Key);

    private static readonly string ValidJson = $$"""
        {
          "Privacy": {
            "TimeZone": "Europe/Brussels",
            "Controller": {
              "Name": "MisterVoip B.V.",
              "Brands": [ "HostedPBX", "Mister Voip" ],
              "PostalAddress": "Postbus 1, 1000 AA Amsterdam",
              "Contact": "privacy@mistervoip.example",
              "DataProtectionOfficer": "dpo@mistervoip.example",
              "JointControllers": [ "Partner BV, partner@example.nl" ],
              "Representative": "none",
              "TransferSafeguards": "EU standard contractual clauses (GDPR art. 46(2)(c))",
              "AutomatedDecisionMaking": "none",
              "DataSource": "Het gebelde nummer komt uit ons netwerk.",
              "EnglishDataSource": "The called number comes from our network.",
              "StatementVersion": "3",
              "StatementDate": "2026-11-30",
              "SupervisoryAuthority": "Gegevensbeschermingsautoriteit"
            },
            "Pseudonymization": { "KeyId": "2026-11", "Key": "{{ValidKey}}" },
            "RetentionDefaults": { "Marketing": "P2Y", "usage": "P1Y" },
            "Recipients": [
              { "Name": "Reparatiedienst BV", "Role": "Processor", "Purposes": "Support", "ProcessingAgreementUntil": "2027-12-31", "Description": "Repairs handsets" },
              { "Name": "Belastingdienst", "Role": "authority", "Purposes": "Bookkeeping, billing" },
              { "Name": "CloudCo Inc.", "Role": "IndependentController", "Purposes": "ServiceDelivery", "ThirdCountry": "US" }
            ],
            "DataSubjectCategories": [ "Customers (consumers and businesses)", "Callers and called parties" ],
            "DataSubjectsByPurpose": { "Support": "People who contact us" },
            "DeclaredActivities": [ { "Name": "Mailbox", "LegalBasis": "Contract", "DataSubjects": "People who e-mail us", "PersonalData": "E-mail", "Recipients": "none", "Transfers": "none", "Retention": "1 year" } ],
            "SecurityMeasures": "TLS on every connection; files encrypted at rest.",
            "EnglishSecurityMeasures": "TLS everywhere.",
            "DefaultCountryCallingCode": "32",
            "BookYearEnd": "06-30",
            "BillDisputeWindow": "P13M"
          }
        }
        """;

    [Fact]
    public void A_valid_appsettings_file_binds_every_setting_as_the_code_only_form_does()
    {
        PrivacyPolicyOptions bound = Resolve(services => services.AddPrivacyPolicy(Section(ValidJson)));
        PrivacyPolicyOptions coded = Resolve(services => services.AddPrivacyPolicy(options =>
        {
            options.TimeZone = "Europe/Brussels";
            options.Controller.Name = "MisterVoip B.V.";
            options.Controller.Brands.Add("HostedPBX");
            options.Controller.Brands.Add("Mister Voip");
            options.Controller.PostalAddress = "Postbus 1, 1000 AA Amsterdam";
            options.Controller.Contact = "privacy@mistervoip.example";
            options.Controller.DataProtectionOfficer = "dpo@mistervoip.example";
            options.Controller.JointControllers.Add("Partner BV, partner@example.nl");
            options.Controller.Representative = ControllerOptions.None;
            options.Controller.TransferSafeguards = "EU standard contractual clauses (GDPR art. 46(2)(c))";
            options.Controller.AutomatedDecisionMaking = ControllerOptions.None;
            options.Controller.DataSource = "Het gebelde nummer komt uit ons netwerk.";
            options.Controller.EnglishDataSource = "The called number comes from our network.";
            options.Controller.StatementVersion = "3";
            options.Controller.StatementDate = new LocalDate(2026, 11, 30);
            options.Controller.SupervisoryAuthority = "Gegevensbeschermingsautoriteit";
            options.Pseudonymization.KeyId = "2026-11";
            options.Pseudonymization.Key = ValidKey;
            options.RetentionDefaults[Category.Marketing] = "P2Y";
            options.RetentionDefaults[Category.Usage] = "P1Y";
            options.Recipients.Add(new RecipientDeclaration("Reparatiedienst BV", RecipientRole.Processor, Purpose.Support)
            {
                ProcessingAgreementUntil = new LocalDate(2027, 12, 31),
                Description = "Repairs handsets",
            });
            options.Recipients.Add(new RecipientDeclaration("Belastingdienst", RecipientRole.Authority, Purpose.Bookkeeping | Purpose.Billing));
            options.Recipients.Add(new RecipientDeclaration("CloudCo Inc.", RecipientRole.IndependentController, Purpose.ServiceDelivery) { ThirdCountry = "US" });
            options.DataSubjectCategories.Add("Customers (consumers and businesses)");
            options.DataSubjectCategories.Add("Callers and called parties");
            options.DataSubjectsByPurpose[Purpose.Support] = "People who contact us";
            options.DeclaredActivities.Add(new ProcessingActivityDeclaration("Mailbox") { LegalBasis = LegalBasis.Contract, DataSubjects = "People who e-mail us", PersonalData = "E-mail", Recipients = "none", Transfers = "none", Retention = "1 year" });
            options.SecurityMeasures = "TLS on every connection; files encrypted at rest.";
            options.EnglishSecurityMeasures = "TLS everywhere.";
            options.DefaultCountryCallingCode = "32";
            options.BookYearEnd = "06-30";
            options.BillDisputeWindow = "P13M";
        }));

        Assert.Equal(Describe(coded), Describe(bound));
        Assert.Equal(3, bound.Recipients.Count); // and not, as before, silently fewer
    }

    [Fact]
    public void Code_given_with_the_section_overrides_configuration()
    {
        PrivacyPolicyOptions options = Resolve(services => services.AddPrivacyPolicy(Section(ValidJson), options => options.TimeZone = "Europe/Amsterdam"));

        Assert.Equal("Europe/Amsterdam", options.TimeZone);
        Assert.Equal("MisterVoip B.V.", options.Controller.Name);
    }

    [Theory]
    [InlineData("""{ "Controller": { "TransferSafeguards": " " } }""", "PrivacyPolicyOptions.Controller.TransferSafeguards is required when a recipient has a ThirdCountry", null)]
    [InlineData("""{ "Controller": { "TransferSafeguards": "none" } }""", "PrivacyPolicyOptions.Controller.TransferSafeguards is required when a recipient has a ThirdCountry", null)]
    [InlineData("""{ "Controller": { "StatementDate": "30-11-2026" } }""", "Privacy:Controller:StatementDate is not a date", "30-11-2026")]
    [InlineData("""{ "Recipients": [ { "Name": "Reparatiedienst BV", "Role": "Processor", "Purposes": "Support", "ProcessingAgreementUntil": "31-12-2027" } ] }""", "Privacy:Recipients:0:ProcessingAgreementUntil is not a date", "31-12-2027")]
    [InlineData("""{ "Recipients": [ { "Name": "Reparatiedienst BV", "Role": "Processor", "Purposes": "Support", "ProcessingAgreementUntil": "2027-02-30" } ] }""", "Privacy:Recipients:0:ProcessingAgreementUntil is not a date", "2027-02-30")]
    [InlineData("""{ "RetentionDefaults": { "Usagee": "P1Y" } }""", "Privacy:RetentionDefaults:Usagee is not a category", "P1Y")]
    [InlineData("""{ "Pseudonymisation": { "KeyId": "2026-12" } }""", "Privacy:Pseudonymisation is not a setting of PrivacyPolicyOptions", "2026-12")]
    [InlineData("""{ "Recipients": [ { "Name": "Reparatiedienst BV", "Role": "Verwerker", "Purposes": "Support", "ProcessingAgreementUntil": "2027-12-31" } ] }""", "Privacy:Recipients:0:Role is not a recipient role", "Verwerker")]
    [InlineData("""{ "Recipients": [ { "Name": "Reparatiedienst BV", "Role": "1", "Purposes": "Support", "ProcessingAgreementUntil": "2027-12-31" } ] }""", "Privacy:Recipients:0:Role is not a recipient role", null)]
    [InlineData("""{ "Recipients": [ { "Name": "Reparatiedienst BV", "Role": "Processor", "Purposes": "Support, Shiping", "ProcessingAgreementUntil": "2027-12-31" } ] }""", "Privacy:Recipients:0:Purposes must be purpose names", "Shiping")]
    [InlineData("""{ "Recipients": [ { "Name": "Reparatiedienst BV", "Role": "Processor", "Purposes": "128", "ProcessingAgreementUntil": "2027-12-31" } ] }""", "Privacy:Recipients:0:Purposes must be purpose names", "128")]
    [InlineData("""{ "Recipients": [ { "Name": "Reparatiedienst BV", "Role": "Processor", "Purposes": "Support", "Agreement": "2027-12-31" } ] }""", "Privacy:Recipients:0:Agreement is not a setting of RecipientDeclaration", "2027-12-31")]
    [InlineData("""{ "Recipients": [ { "Name": "Reparatiedienst BV", "Purposes": "Support" } ] }""", "Privacy:Recipients:0:Role is required", null)]
    [InlineData("""{ "Recipients": { "first": { "Name": "Belastingdienst", "Role": "Authority", "Purposes": "Bookkeeping" } } }""", "Privacy:Recipients:first is not a list index", "Belastingdienst")]
    [InlineData("""{ "Controller": "MisterVoip B.V." }""", "Privacy:Controller must be a section", "MisterVoip")]
    [InlineData("""{ "Controller": { "Naam": "MisterVoip B.V." } }""", "Privacy:Controller:Naam is not a setting of ControllerOptions", "MisterVoip")]
    [InlineData("""{ "TimeZone": { "Id": "Europe/Amsterdam" } }""", "Privacy:TimeZone must be a value, not a section", "Europe/Amsterdam")]
    [InlineData("""{ "DataSubjectCategories": "Customers" }""", "Privacy:DataSubjectCategories must be a section", "Customers")]
    [InlineData("""{ "DeclaredActivities": [ { "Name": "Mailbox", "LegalBasis": "Contrakt" } ] }""", "Privacy:DeclaredActivities:0:LegalBasis is not a legal basis", "Contrakt")]
    [InlineData("""{ "DeclaredActivities": [ { "LegalBasis": "Contract", "Retention": "1 year" } ] }""", "Privacy:DeclaredActivities:0:Name is required", null)]
    [InlineData("""{ "DataSubjectsByPurpose": { "Shiping": "Parcel recipients" } }""", "Privacy:DataSubjectsByPurpose:Shiping is not a purpose", "Parcel recipients")]
    [InlineData("""{ "BookYearEnd": "31-12" }""", "PrivacyPolicyOptions.BookYearEnd must be the last day of the book year as MM-dd", "31-12")]
    [InlineData("""{ "BillDisputeWindow": "2 jaar" }""", "PrivacyPolicyOptions.BillDisputeWindow must be a positive ISO-8601 period", "2 jaar")]
    [InlineData("""{ "BookYearEnd": { "Month": 6 } }""", "Privacy:BookYearEnd must be a value, not a section", null)]
    [InlineData("""{ "Pseudonymization": { "KeyIdd": "2026-12" } }""", "Privacy:Pseudonymization:KeyIdd is not a setting of PseudonymizationOptions", "2026-12")]
    [InlineData("""{ "Pseudonymization": "c2VjcmV0IGtleSBtYXRlcmlhbCB0aGF0IG11c3Qgbm90IGxlYWs=" }""", "Privacy:Pseudonymization must be a section", "c2VjcmV0IGtleSBtYXRlcmlhbCB0aGF0IG11c3Qgbm90IGxlYWs=")]
    public void A_key_that_cannot_be_bound_fails_at_start_up_naming_the_key_not_the_value(string privacy, string expected, string? value)
    {
        // The valid file's key is there too (unless the case replaces the section), so every message is checked for it.
        JsonNodeMerge merged = JsonNodeMerge.Of(ValidJson, privacy);
        using ServiceProvider services = new ServiceCollection().AddPrivacyPolicy(Section(merged.Json)).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(exception.Failures, failure => failure.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(ValidKey, exception.Message, StringComparison.Ordinal);
        if (value is not null)
        {
            Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Empty_optional_recipient_settings_purposes_as_an_array_and_a_lower_case_country_bind()
    {
        PrivacyPolicyOptions options = Resolve(services => services.AddPrivacyPolicy(Section(JsonNodeMerge.Of(ValidJson, """
            { "Recipients": [
                { "Name": "Belastingdienst", "Role": "Authority", "Purposes": [ "Bookkeeping", "billing" ], "ProcessingAgreementUntil": null, "ThirdCountry": "", "Description": " " },
                { "Name": "CloudCo Inc.", "Role": "IndependentController", "Purposes": "ServiceDelivery", "ThirdCountry": "us" }
            ] }
            """).Json)));

        RecipientDeclaration authority = options.Recipients.Single(recipient => recipient.Name == "Belastingdienst");
        Assert.Equal(Purpose.Bookkeeping | Purpose.Billing, authority.Purposes);
        Assert.Null(authority.ProcessingAgreementUntil);
        Assert.Null(authority.ThirdCountry);
        Assert.Null(authority.Description);
        Assert.Equal("US", options.Recipients.Single(recipient => recipient.Name == "CloudCo Inc.").ThirdCountry);
    }

    [Fact]
    public void An_unknown_controller_setting_holding_a_section_is_one_failure()
    {
        IReadOnlyList<string> failures = FailuresOf(Section("""{ "Privacy": { "Controller": { "Adres": { "Street": "Kerkstraat 1" } } } }"""));

        Assert.Single(failures, failure => failure.StartsWith("Privacy:Controller:Adres", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, failure => failure.Contains("must be a value", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_setting_is_answered_with_the_nearest_name()
    {
        string message = FailuresOf(Section("""{ "Privacy": { "Pseudonymisation": { "KeyId": "2026-11" } } }""")).Single(failure => failure.StartsWith("Privacy:Pseudonymisation", StringComparison.Ordinal));
        Assert.EndsWith("Did you mean Pseudonymization?", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_does_not_start_and_every_problem_is_reported_at_once()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders();
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(JsonNodeMerge.Of(ValidJson, """
            {
              "Pseudonymisation": { "KeyId": "2026-11" },
              "RetentionDefaults": { "Usagee": "P1Y" },
              "Recipients": [ { "Name": "Reparatiedienst BV", "Role": "Processor", "Purposes": "Support", "ProcessingAgreementUntil": "31-12-2027" } ]
            }
            """).Json)));
        builder.Services.AddPrivacyPolicy(builder.Configuration.GetSection("Privacy"));
        using IHost host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(exception.Failures, failure => failure.StartsWith("Privacy:Pseudonymisation ", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.StartsWith("Privacy:RetentionDefaults:Usagee ", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.StartsWith("Privacy:Recipients:0:ProcessingAgreementUntil ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_that_does_not_exist_fails_naming_it()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(ValidJson))).Build();
        Assert.Contains(FailuresOf(configuration.GetSection("PrivacyPolicy")), failure => failure.StartsWith("The configuration section PrivacyPolicy does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void The_documented_appsettings_example_binds_with_the_key_from_elsewhere()
    {
        string markdown = File.ReadAllText(RepositoryPaths.Combine("docs", "redaction.md"));
        int start = markdown.IndexOf("```json\n{\n  \"Privacy\"", StringComparison.Ordinal) + "```json\n".Length;
        string json = markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
        IConfiguration configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Privacy:Pseudonymization:Key"] = ValidKey }) // as the environment would
            .Build();

        PrivacyPolicyOptions options = Resolve(services => services.AddPrivacyPolicy(configuration.GetSection("Privacy")));

        Assert.Equal(3, options.Recipients.Count);
        Assert.Equal(new LocalDate(2027, 12, 31), options.Recipients[0].ProcessingAgreementUntil);
        Assert.Equal(Purpose.Bookkeeping | Purpose.Billing, options.Recipients[1].Purposes);
        Assert.Equal("P1Y", options.RetentionDefaults[Category.Usage]);
    }

    [Property(MaxTest = 100)]
    public Property Any_unknown_key_under_the_section_is_reported_with_its_path()
        => Prop.ForAll(
            Gen.Elements("a", "b", "e", "k", "x", "y", "Z", "_", "1").ArrayOf().Where(parts => parts.Length is > 0 and < 20).Select(string.Concat).ToArbitrary(),
            Gen.Elements("Privacy", "Privacy:Controller", "Privacy:Pseudonymization", "Privacy:Recipients:0").ToArbitrary(),
            (key, under) =>
            {
                var settings = new Dictionary<string, string?>
                {
                    ["Privacy:Pseudonymization:KeyId"] = TestRedactors.KeyId,
                    ["Privacy:Pseudonymization:Key"] = ValidKey,
                    ["Privacy:Controller:Name"] = "MisterVoip B.V.",
                    ["Privacy:Recipients:0:Name"] = "Belastingdienst",
                    ["Privacy:Recipients:0:Role"] = "Authority",
                    ["Privacy:Recipients:0:Purposes"] = "Bookkeeping",
                    [$"{under}:{key}"] = "some value",
                };
                IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
                string[] known = ["TimeZone", "Controller", "Pseudonymization", "RetentionDefaults", "Recipients", "DataSubjectCategories", "DataSubjectsByPurpose", "DeclaredActivities", "LegalBasis", "DataSubjects", "PersonalData", "Transfers", "Retention", "SecurityMeasures", "EnglishSecurityMeasures", "DefaultCountryCallingCode",
                    "Name", "Contact", "SupervisoryAuthority", "Brands", "PostalAddress", "DataProtectionOfficer", "JointControllers", "Representative", "TransferSafeguards", "AutomatedDecisionMaking", "DataSource", "EnglishDataSource", "StatementVersion", "StatementDate", "KeyId", "Key", "Role", "Purposes", "ProcessingAgreementUntil", "ThirdCountry", "Description"];
                IReadOnlyList<string> failures = FailuresOf(configuration.GetSection("Privacy"));
                bool reported = failures.Any(failure => failure.StartsWith($"{under}:{key} is not a setting of ", StringComparison.Ordinal));
                return (known.Contains(key, StringComparer.OrdinalIgnoreCase) || reported)
                    .Label($"{under}:{key} → {string.Join(" | ", failures)}");
            });

    private static IReadOnlyList<string> FailuresOf(IConfiguration section)
    {
        using ServiceProvider services = new ServiceCollection().AddPrivacyPolicy(section).BuildServiceProvider();
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException exception)
        {
            return exception.Failures.ToList();
        }
    }

    private static IConfigurationSection Section(string json)
        => new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("Privacy");

    private static PrivacyPolicyOptions Resolve(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.GetRequiredService<IOptions<PrivacyPolicyOptions>>().Value;
    }

    /// <summary>Every setting, as text, to compare two options objects whole.</summary>
    private static List<string> Describe(PrivacyPolicyOptions options)
    {
        List<string> lines =
        [
            $"TimeZone={options.TimeZone}",
            $"Controller={options.Controller.Name}|{string.Join(",", options.Controller.Brands)}|{options.Controller.PostalAddress}|{options.Controller.Contact}|{options.Controller.DataProtectionOfficer}|{string.Join(",", options.Controller.JointControllers)}|{options.Controller.Representative}|{options.Controller.SupervisoryAuthority}",
            $"Statement={options.Controller.TransferSafeguards}|{options.Controller.AutomatedDecisionMaking}|{options.Controller.DataSource}|{options.Controller.EnglishDataSource}|{options.Controller.StatementVersion}|{options.Controller.StatementDate}",
            $"Pseudonymization={options.Pseudonymization.KeyId}|{options.Pseudonymization.Key}",
            $"SecurityMeasures={options.SecurityMeasures}|{options.EnglishSecurityMeasures}",
            $"DefaultCountryCallingCode={options.DefaultCountryCallingCode}",
            $"BookYearEnd={options.BookYearEnd}",
            $"BillDisputeWindow={options.BillDisputeWindow}",
        ];
        lines.AddRange(options.RetentionDefaults.OrderBy(entry => entry.Key).Select(entry => $"RetentionDefaults[{entry.Key}]={entry.Value}"));
        lines.AddRange(options.Recipients.Select(recipient => $"Recipient={recipient.Name}|{recipient.Role}|{recipient.Purposes}|{recipient.ProcessingAgreementUntil}|{recipient.ThirdCountry}|{recipient.Description}"));
        lines.AddRange(options.DataSubjectCategories.Select(category => $"DataSubjectCategory={category}"));
        lines.AddRange(options.DeclaredActivities.Select(a => $"DeclaredActivity={a.Name}|{a.LegalBasis}|{a.DataSubjects}|{a.PersonalData}|{a.Recipients}|{a.Transfers}|{a.Retention}"));
        lines.AddRange(options.DataSubjectsByPurpose.OrderBy(pair => pair.Key).Select(pair => $"DataSubjectsByPurpose={pair.Key}:{pair.Value}"));
        return lines;
    }

    /// <summary>The valid file with some of its <c>Privacy</c> settings replaced or added.</summary>
    private sealed record JsonNodeMerge(string Json)
    {
        public static JsonNodeMerge Of(string json, string privacy)
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
            var section = root["Privacy"]!.AsObject();
            foreach ((string name, System.Text.Json.Nodes.JsonNode? value) in System.Text.Json.Nodes.JsonNode.Parse(privacy)!.AsObject().ToList())
            {
                section[name] = value?.DeepClone();
            }

            return new JsonNodeMerge(root.ToJsonString());
        }
    }
}
