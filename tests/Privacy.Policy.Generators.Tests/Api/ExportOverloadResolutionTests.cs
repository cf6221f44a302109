using System.Linq;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Tests.Generation;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Api;

/// <summary>
/// Calls a consumer writes against the net8.0 build of the package, compiled as C# 12 (net8.0's default language):
/// a source enumerable both ways (an Entity Framework Core <c>DbSet</c> or query) must bind to one <c>AddAsync</c>.
/// </summary>
public class ExportOverloadResolutionTests
{
    [Fact]
    public void AddAsync_binds_a_dbset_like_source_and_a_list_without_ambiguity_in_csharp_12()
    {
        Compilation compilation = GeneratorHarness.Compile("""
            using System.Collections;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Privacy.Policy;

            public sealed class Rows<T> : IEnumerable<T>, IAsyncEnumerable<T>
            {
                public IEnumerator<T> GetEnumerator() => throw null!;
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw null!;
            }

            public static class Export
            {
                public static async Task WriteAsync<T>(SubjectAccessExport export, Rows<T> rows, List<T> list, CancellationToken token)
                    where T : IPersonalData<T>
                {
                    await export.AddAsync(rows);
                    await export.AddAsync(rows, token);
                    await export.AddAsync(list);
                    await export.AddAsync(list.ToArray(), token);
                    export.Add(rows);
                }
            }
            """);

        Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }
}
