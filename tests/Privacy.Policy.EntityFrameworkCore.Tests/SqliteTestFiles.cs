using System.IO;
using Microsoft.Data.Sqlite;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>Deletes a test's SQLite database file and the files SQLite keeps beside it.</summary>
public static class SqliteTestFiles
{
    public static void Delete(string path)
    {
        // Pooled connections keep the file (and a write-ahead log) open: close them first.
        SqliteConnection.ClearAllPools();
        foreach (string suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }
}
