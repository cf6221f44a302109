using System;
using System.IO;

namespace Privacy.Policy.Testing;

/// <summary>
/// Finds files checked in to the repository from a running test. The search walks up from the test assembly's
/// folder to the one holding Privacy.Policy.sln, because source paths recorded at compile time are mapped to
/// <c>/_/</c> in continuous-integration builds and do not exist on disk.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository's top folder.</summary>
    public static string Root => s_root.Value;

    /// <summary>A path under the repository's top folder, from its parts.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Privacy.Policy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Privacy.Policy.sln was not found above " + AppContext.BaseDirectory);
    }
}
