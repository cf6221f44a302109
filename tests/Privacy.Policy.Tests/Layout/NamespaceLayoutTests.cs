using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.Tests.Layout;

/// <summary>
/// The namespace rule of docs/building.md: a name a service writes (the contract's, and what the façade, the options
/// and the descriptors hand it) lives in <c>Privacy.Policy</c>, whatever its folder; the plumbing only generated code
/// calls lives in <c>Privacy.Policy.Generated</c>; every other type, internal ones included, lives in the namespace
/// of its folder.
/// </summary>
public partial class NamespaceLayoutTests
{
    private static readonly string[] Projects = ["Privacy.Policy", "Privacy.Policy.EntityFrameworkCore"];

    public static TheoryData<string> SourceFiles() => new(Files());

    private static IEnumerable<string> Files()
    {
        foreach (string project in Projects)
        {
            string root = RepositoryPaths.Combine("src", project);
            foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                         .Where(file => !IsBuildOutput(root, file))
                         .Order(StringComparer.Ordinal))
            {
                yield return Path.GetRelativePath(RepositoryPaths.Combine("src"), file).Replace('\\', '/');
            }
        }
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void A_file_is_in_its_folders_namespace_unless_it_declares_service_facing_names(string file)
    {
        string source = RuntimeSource(File.ReadAllText(RepositoryPaths.Combine("src", file)));
        string folderNamespace = FolderNamespace(file);
        string declared = RuntimeNamespace(source);
        if (declared == folderNamespace)
        {
            return;
        }

        // Only public types may leave their folder, and only for the namespace a service imports (or, for the
        // AddPrivacyPolicy extension, the one Microsoft's own Add* methods use).
        Assert.True(
            declared is "Privacy.Policy" or "Microsoft.Extensions.DependencyInjection",
            $"{file} declares namespace {declared}; a type that is not service-facing belongs in {folderNamespace}");
        Assert.False(
            NonPublicTopLevelType().IsMatch(source),
            $"{file} declares an internal type in {declared}; internal types belong in their folder's namespace, {folderNamespace}");
    }

    [Fact]
    public void The_rule_sees_every_folder()
    {
        // Guards the theory: an empty or truncated file list would make it pass on nothing.
        string[] files = Files().ToArray();
        Assert.Contains("Privacy.Policy/Retention/RetentionPeriods.cs", files);
        Assert.Contains("Privacy.Policy/DependencyInjection/PrivacyPolicy.cs", files);
        Assert.Contains("Privacy.Policy.EntityFrameworkCore/KeyBatches.cs", files);
        Assert.DoesNotContain(files, file => file.Contains("/obj/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Privacy.Policy/Retention/RetentionPeriods.cs", "Privacy.Policy.Retention")]
    [InlineData("Privacy.Policy/IPrivacyPolicy.cs", "Privacy.Policy")]
    [InlineData("Privacy.Policy.EntityFrameworkCore/KeyBatches.cs", "Privacy.Policy.EntityFrameworkCore")]
    public void Folder_namespaces_follow_the_path(string file, string expected) => Assert.Equal(expected, FolderNamespace(file));

    [Fact]
    public void An_internal_type_in_the_root_namespace_outside_the_root_folder_is_caught()
    {
        const string Source = "namespace Privacy.Policy;\n\ninternal static class RetentionPeriods\n{\n}\n";
        Assert.Equal("Privacy.Policy", RuntimeNamespace(Source));
        Assert.Matches(NonPublicTopLevelType(), Source);
    }

    [Fact]
    public void The_generators_copy_of_the_vocabulary_is_not_the_runtime_namespace()
    {
        const string Source = "#if PRIVACY_POLICY_GENERATOR\nnamespace Privacy.Policy.Generators.Vocabulary;\n#else\nnamespace Privacy.Policy.Vocabulary;\n#endif\n";
        Assert.Equal("Privacy.Policy.Vocabulary", RuntimeNamespace(Source));
    }

    private static string FolderNamespace(string file)
    {
        string[] parts = file.Split('/');
        return string.Join('.', parts.Take(parts.Length - 1));
    }

    /// <summary>The namespace the runtime compiles the file into.</summary>
    private static string RuntimeNamespace(string source)
    {
        Match match = FileScopedNamespace().Match(RuntimeSource(source));
        Assert.True(match.Success, "no file-scoped namespace");
        return match.Groups[1].Value;
    }

    /// <summary>The source as the runtime compiles it: a vocabulary file shared with the generator without its generator-only branches.</summary>
    private static string RuntimeSource(string source)
    {
        string runtime = GeneratorBranch().Replace(source, string.Empty);
        return AccessibilityAlone().Replace(EndIf().Replace(runtime, string.Empty), "$1 "); // "public\n#endif\nenum Purpose" is "public enum Purpose"
    }

    private static bool IsBuildOutput(string root, string file)
    {
        string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^#if PRIVACY_POLICY_GENERATOR\b.*?^#else\b", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex GeneratorBranch();

    [GeneratedRegex(@"^#endif\b[^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex EndIf();

    [GeneratedRegex(@"^(public|internal)\r?\n", RegexOptions.Multiline)]
    private static partial Regex AccessibilityAlone();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();

    [GeneratedRegex(@"^(internal |file )?(sealed |static |abstract |readonly |partial )*(class|record|struct|interface|enum) ", RegexOptions.Multiline)]
    private static partial Regex NonPublicTopLevelType();
}
