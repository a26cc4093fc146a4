namespace Luoshi.Bench.Ledger;

/// <summary>Where the ledger benchmarks keep their generated files: the temporary directory, never the repository.</summary>
internal static class BenchFiles
{
    /// <summary>A path in the temporary directory named <c>luoshi-bench-…</c>, so the scripts can clear them.</summary>
    public static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"luoshi-bench-{name}");

    /// <summary>Deletes a SQLite database with its journal files.</summary>
    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }
}
