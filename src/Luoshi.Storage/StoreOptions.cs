namespace Luoshi.Storage;

/// <summary>Which database a ledger opens and how to reach it.</summary>
public sealed record StoreOptions(StoreProvider Provider, string ConnectionString)
{
    /// <summary>A SQLite ledger in the file at <paramref name="path"/>; its directory is created when missing.</summary>
    public static StoreOptions SqliteFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new StoreOptions(StoreProvider.Sqlite, $"Data Source={full}");
    }
}
